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

export interface PageExtras {
  /** The cards of all mailboxes together (one mailbox's come from its report). */
  figures: () => MailboxFigures;
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
  // Several mailboxes: their rows in day order (stable), so each trend bucket's rows are consecutive.
  const rows =
    periods.length === 1 ? periods[0]!.rows : periods.flatMap((p) => p.rows).sort((a, b) => a.day - b.day);
  const decoded = periods.length === 1 ? periods[0]!.decoded : decodeRows(rows.map((r) => r.facts));
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
    heatmap,
    trend: trendOfRows(
      decoded,
      rows.map((r) => r.day),
      { ...ctx.opts, ...ctx.period, unit: ctx.unit },
    ),
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
