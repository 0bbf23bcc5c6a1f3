import type { Db } from '../store/store.js';
import type { AgentFigures } from './agents.models.js';
import { type FigureOptions, figuresOfFacts, type MailboxFigures } from './aggregate.models.js';
import { firstCustomer } from './analytics.repository.js';
import { type Backlog, backlogOfFacts } from './backlog.models.js';
import { type Coverage, type CoverageRow, coverage } from './coverage.models.js';
import { arrivalsOf } from './facts.models.js';
import { addDay, emptyHeatmap, type Heatmap } from './heatmap.models.js';
import {
  combinedRollups,
  combineRows,
  type PeriodRollups,
  periodRollups,
} from './period-rollups.usecases.js';
import { findRollupState } from './rollups.repository.js';
import { type TrendPoint, type TrendUnit, trendOfRows } from './trend.models.js';

/** Waiting threads listed on the page; the counts cover all of them. */
export const BACKLOG_LIMIT = 50;

/** What both ways of computing the page's own figures start from. */
export interface PageContext {
  scope: { id: number }[];
  /** The period as local days, and as instants in the page's zone. */
  period: { startAt: number; endAt: number; fromDay: number; toDay: number; from: string; to: string };
  endOfToday: number;
  offsetAt: (at: number) => number;
  unit: TrendUnit;
  opts: FigureOptions;
}

/** The cards and trend of some of the page's mailboxes together (indexes into its scope). */
export type GroupFigures = (mailboxes: readonly number[]) => { figures: MailboxFigures; trend: TrendPoint[] };

/** Each group computed once: withholding asks for the same group cell after cell. */
export function memoGroups(compute: GroupFigures): GroupFigures {
  const done = new Map<string, ReturnType<GroupFigures>>();
  return (group) => {
    const key = group.join(',');
    let out = done.get(key);
    if (!out) {
      out = compute(group);
      done.set(key, out);
    }
    return out;
  };
}

export interface PageExtras {
  /** The cards of all mailboxes together (one mailbox's come from its report). */
  figures: () => MailboxFigures;
  /** For withholding the totals' cells that would give away a mailbox's hidden ones. */
  groupOf: GroupFigures;
  heatmap: Heatmap;
  trend: TrendPoint[];
  backlog: Backlog;
  coverage: Coverage;
  agents: AgentFigures[] | null;
}

/** Whether the mailbox's rollups are complete for the calendar `key` (the report refreshed them). */
export function rollupsBuiltFor(db: Db, mailboxId: number, key: string): boolean {
  return findRollupState(db, mailboxId)?.calendarKey === key;
}

/** The oldest last refresh of the mailboxes' rollups: how current figures read from them are. */
export function rollupsAsOf(db: Db, mailboxes: readonly { id: number }[]): number | null {
  const at = mailboxes.flatMap((m) => findRollupState(db, m.id)?.refreshedAt ?? []);
  return at.length > 0 ? Math.min(...at) : null;
}

/**
 * The page's own figures from the daily rollups alone: the heatmap from each day's arrivals by
 * hour, the trend from the days' facts bucketed by day or week, the waiting list from the
 * unanswered segments the rows hold (with a thread's customer looked up for the listed threads
 * only), and draft coverage from each day's counts.
 */
export function pageFromRollups(db: Db, key: string, ctx: PageContext): PageExtras {
  const ids = ctx.scope.map((m) => m.id);
  const periods = ids.map((id) => periodRollups(db, id, key, ctx.period));
  const trendOpts = { ...ctx.opts, ...ctx.period, unit: ctx.unit };
  // All the page's mailboxes together are kept as one decoded period; a group of some of them
  // (asked for by withholding, rarely) is combined for this view only.
  const combine = (group: readonly number[]): PeriodRollups =>
    group.length === ids.length
      ? combinedRollups(db, ids, key, ctx.period)
      : group.length === 1
        ? periods[group[0]!]!
        : combineRows(group.map((i) => periods[i]!));
  const { rows, decoded } = combine(ids.map((_, i) => i));
  const trendOf = (c: PeriodRollups) =>
    trendOfRows(
      c.decoded,
      c.rows.map((r) => r.day),
      trendOpts,
    );
  const facts = decoded.facts;
  const heatmap = emptyHeatmap();
  for (const r of rows) addDay(heatmap, r.day, arrivalsOf(r.facts));
  const coverageInput = rows.flatMap((r) =>
    (JSON.parse(r.coverage) as [string | null, CoverageRow['status'], string | null, number][]).map(
      ([skipRule, status, failureCode, n]): CoverageRow => ({ skipRule, status, failureCode, n }),
    ),
  );
  return {
    figures: () => figuresOfFacts(facts, ctx.opts),
    groupOf: memoGroups((group) => {
      const own = combine(group);
      return { figures: figuresOfFacts(own.decoded.facts, ctx.opts), trend: trendOf(own) };
    }),
    heatmap,
    trend: trendOf({ rows, decoded }),
    backlog: backlogOfFacts(facts, {
      ...ctx.opts,
      endOfToday: ctx.endOfToday,
      customerOf: (id) => firstCustomer(db, id, ctx.period.startAt, ctx.period.endAt),
      limit: BACKLOG_LIMIT,
    }),
    coverage: coverage(coverageInput),
    agents: null,
  };
}
