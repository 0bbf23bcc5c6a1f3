import type { Db } from '../store/store.js';
import type { AgentFigures } from './agents.models.js';
import { type FigureOptions, figuresOfFacts, type MailboxFigures } from './aggregate.models.js';
import { firstCustomer } from './analytics.repository.js';
import { type Backlog, backlogOfFacts } from './backlog.models.js';
import { type Coverage, type CoverageRow, coverage } from './coverage.models.js';
import { arrivalsOf, decodeRows } from './facts.models.js';
import { addDay, emptyHeatmap, type Heatmap } from './heatmap.models.js';
import { findRollupState } from './rollups.repository.js';
import { periodRollups } from './rollups.usecases.js';
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

/**
 * The page's own figures from the daily rollups alone: the heatmap from each day's arrivals by
 * hour, the trend from the days' facts bucketed by day or week, the waiting list from the
 * unanswered segments the rows hold (with a thread's customer looked up for the listed threads
 * only), and draft coverage from each day's counts.
 */
export function pageFromRollups(db: Db, key: string, ctx: PageContext): PageExtras {
  const periods = ctx.scope.map((m) => periodRollups(db, m.id, key, ctx.period));
  const trendOpts = { ...ctx.opts, ...ctx.period, unit: ctx.unit };
  // Several mailboxes: their rows in day order (stable), so each trend bucket's rows are consecutive.
  const combine = (group: readonly (typeof periods)[number][]) => {
    if (group.length === 1) return { rows: group[0]!.rows, decoded: group[0]!.decoded };
    const rows = group.flatMap((p) => p.rows).sort((a, b) => a.day - b.day);
    return { rows, decoded: decodeRows(rows.map((r) => r.facts)) };
  };
  const { rows, decoded } = combine(periods);
  const trendOf = (c: ReturnType<typeof combine>) =>
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
      const own = combine(group.map((i) => periods[i]!));
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
