import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import { pseudonym } from '../ingest/message.models.js';
import type { DataKeys } from '../keys/subkeys.js';
import { mailboxErrors } from '../mailboxes/mailboxes.errors.js';
import { listMailboxRows } from '../mailboxes/mailboxes.repository.js';
import { loadSettings } from '../settings/settings.usecases.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { listUsers } from '../users/users.repository.js';
import {
  type AgentFigures,
  agentFigures,
  replyAgents,
  type SegmentAgents,
  userByPseudonym,
} from './agents.models.js';
import { type MailboxFigures, mailboxFigures } from './aggregate.models.js';
import { threadsOfMailbox } from './analytics.repository.js';
import { type AnalyticsReport, analyticsReport } from './analytics.usecases.js';
import { type Backlog, backlog } from './backlog.models.js';
import { createCalendar, dateOfDay, dayOfDate, instantOfWall, zoneOffsetFn } from './calendar.models.js';
import { type Coverage, type CoverageRow, coverage } from './coverage.models.js';
import { coverageRows } from './coverage.repository.js';
import { addArrivals, emptyHeatmap, type Heatmap } from './heatmap.models.js';
import { calendarKey } from './mailbox-calendar.models.js';
import {
  BACKLOG_LIMIT,
  memoGroups,
  type PageContext,
  type PageExtras,
  pageFromRollups,
  rollupsAsOf,
  rollupsBuiltFor,
} from './page-rollups.usecases.js';
import { rebuildProgress } from './rebuild.usecases.js';
import { buildCalendar, calendarOfMailbox, defaultCalendar, yearsBetween } from './rollups.usecases.js';
import { type Segment, segmentThread, type ThreadMessage } from './segments.models.js';
import { type TrendPoint, type TrendUnit, trend, trendUnitFor } from './trend.models.js';
import { figureCellPaths, trendCellPaths, withholdTotal } from './withheld.models.js';

const DAY = 86_400_000;

/**
 * The console's Analytics page: the report of `analyticsReport` for the mailboxes the reader may
 * see, and the figures only the page shows (arrivals heatmap, trend, waiting mail, draft
 * coverage, and per-agent figures when that mode is on). Those come from the same daily rollups
 * as the report (page-rollups.usecases.ts), or from a walk over the period's threads where the
 * rollups cannot serve; both give the same figures.
 */

export interface AnalyticsPageDeps {
  db: Db;
  clock: Clock;
  keys: Pick<DataKeys, 'audit' | 'pseudonym'>;
}

export interface AnalyticsPageRequest {
  /** One mailbox, or every mailbox the reader may see. */
  mailboxId: number | null;
  from: string;
  to: string;
  /** null: every mailbox (admins, auditors); else a reviewer's assigned mailboxes. */
  visibleMailboxIds: readonly number[] | null;
  /** VEILDRAFT_ANALYTICS_PER_AGENT: set at start-up, never from the console. */
  perAgent: boolean;
  /** Compute the page's figures from the messages even where the rollups could serve them. */
  fromMessages?: boolean;
  actor: AuditActor;
}

export interface AnalyticsPage {
  options: { id: number; name: string }[];
  /** The chosen mailbox, or null for all the reader may see. */
  mailbox: { id: number; name: string } | null;
  report: AnalyticsReport;
  /** The cards' figures: the one mailbox's, or all segments of the visible mailboxes together. */
  figures: MailboxFigures;
  heatmap: Heatmap;
  trendUnit: TrendUnit;
  trend: TrendPoint[];
  backlog: Backlog;
  coverage: Coverage;
  /** null unless per-agent mode is on. */
  agents: AgentFigures[] | null;
  /**
   * Mailboxes whose rollups are being rebuilt, with how far: their figures are the previous
   * complete rollups, or, after a calendar change, computed from the messages meanwhile.
   */
  rebuilding: { name: string; doneDays: number; totalDays: number }[];
  /** When the rollups read were last refreshed (the oldest of several mailboxes); null: none read. */
  asOf: number | null;
}

/** Today's local date in the business-hours time zone: the end of the preset periods. */
export function analyticsToday(deps: Pick<AnalyticsPageDeps, 'db' | 'clock'>): string {
  const offsetAt = zoneOffsetFn(String(loadSettings({ db: deps.db }).businessHours.timeZone));
  const now = deps.clock.now();
  return dateOfDay(Math.floor((now + offsetAt(now)) / DAY));
}

/** The mailboxes the reader may choose from. */
export function analyticsMailboxes(
  deps: Pick<AnalyticsPageDeps, 'db'>,
  visible: readonly number[] | null,
): { id: number; name: string }[] {
  return listMailboxRows(deps.db)
    .filter((m) => visible === null || visible.includes(m.id))
    .map((m) => ({ id: m.id, name: m.name }));
}

/**
 * The report of one mailbox or of all the reader may see (the CSV's content). A reviewer's
 * mailboxes are computed one by one: the report never computes a mailbox they may not see.
 * A mailbox the reader may not see is answered as one that does not exist.
 */
export function analyticsScopeReport(
  deps: Pick<AnalyticsPageDeps, 'db' | 'clock'>,
  req: Pick<AnalyticsPageRequest, 'mailboxId' | 'from' | 'to' | 'visibleMailboxIds'>,
  opts: { asKept?: boolean } = {},
): {
  options: { id: number; name: string }[];
  mailbox: { id: number; name: string } | null;
  report: AnalyticsReport;
} | null {
  const options = analyticsMailboxes(deps, req.visibleMailboxIds);
  if (options.length === 0) return null;
  const mailbox = req.mailboxId === null ? null : (options.find((m) => m.id === req.mailboxId) ?? null);
  if (req.mailboxId !== null && !mailbox) throw mailboxErrors.notFound(String(req.mailboxId));
  const period = { from: req.from, to: req.to, asKept: opts.asKept };
  if (!mailbox && req.visibleMailboxIds === null)
    return { options, mailbox, report: analyticsReport(deps, period) };
  const reports = (mailbox ? [mailbox] : options).map((m) =>
    analyticsReport(deps, { ...period, mailbox: m.name }),
  );
  return { options, mailbox, report: { ...reports[0]!, mailboxes: reports.flatMap((r) => r.mailboxes) } };
}

/**
 * null when the reader sees no mailbox (none added yet, or a reviewer without assignments).
 * Complete rollups are read as the last refresh left them: refreshing on the request would cost
 * the reader of a large mailbox up to seconds after new mail, and the refresh job queued by new
 * mail catches up within minutes (analytics.jobs.ts). `asOf` says how current they are.
 */
export function analyticsPage(deps: AnalyticsPageDeps, req: AnalyticsPageRequest): AnalyticsPage | null {
  const scoped = analyticsScopeReport(deps, req, { asKept: true });
  if (!scoped) return null;
  const { options, mailbox, report } = scoped;
  const scope = mailbox ? [mailbox] : options;

  const now = deps.clock.now();
  // One mailbox: its own calendar and SLA target, as its cards (from the rollups) have them;
  // all mailboxes together: the console's Business hours calendar.
  const own = mailbox ? calendarOfMailbox(deps.db, mailbox.id).def : null;
  const offsetAt = zoneOffsetFn(own?.timeZone ?? report.period.timeZone);
  const fromDay = dayOfDate(report.period.from);
  const toDay = dayOfDate(report.period.to);
  const startAt = instantOfWall(offsetAt, fromDay * DAY);
  const endAt = instantOfWall(offsetAt, (toDay + 1) * DAY);
  const today = dateOfDay(Math.floor((now + offsetAt(now)) / DAY));
  const calendar = own
    ? buildCalendar(own, yearsBetween(startAt, Math.max(endAt, now)))
    : createCalendar(report.calendar);
  const ctx: PageContext = {
    scope,
    period: { startAt, endAt, fromDay, toDay, from: report.period.from, to: report.period.to },
    endOfToday: instantOfWall(offsetAt, (dayOfDate(today) + 1) * DAY),
    offsetAt,
    unit: trendUnitFor(report.period.from, report.period.to),
    opts: {
      calendar,
      slaBusinessHours: own?.slaBusinessHours ?? report.slaBusinessHours,
      idleDays: report.segmentIdleDays,
      now,
    },
  };
  // Per-agent figures need each reply's sender, which the rollups keep only as a number.
  const key = calendarKey(own ?? defaultCalendar(deps.db), report.segmentIdleDays);
  const fromRollups =
    !req.perAgent && !req.fromMessages && scope.every((m) => rollupsBuiltFor(deps.db, m.id, key));
  const extras = fromRollups ? pageFromRollups(deps.db, key, ctx) : pageFromMessages(deps, ctx, req.perAgent);
  const page: AnalyticsPage = {
    options,
    mailbox,
    report,
    figures: mailbox && report.mailboxes[0] ? report.mailboxes[0] : totalFigures(extras, scope, report),
    heatmap: extras.heatmap,
    trendUnit: ctx.unit,
    trend: mailbox ? extras.trend : totalTrend(extras, scope.length),
    backlog: extras.backlog,
    coverage: extras.coverage,
    agents: extras.agents,
    rebuilding: scope.flatMap((m) => {
      const progress = rebuildProgress(deps, m.id);
      return progress ? [{ name: m.name, doneDays: progress.doneDays, totalDays: progress.totalDays }] : [];
    }),
    asOf: rollupsAsOf(
      deps.db,
      scope.filter((m) => report.mailboxes.find((r) => r.mailbox === m.name)?.computedFrom === 'rollups'),
    ),
  };
  if (req.perAgent) {
    // Every view of per-agent figures is on the record: who looked, at which mailboxes and period.
    deps.db.transaction((tx) =>
      emitAudit(tx, deps.keys.audit, {
        actor: req.actor,
        action: 'analytics.per_agent_view',
        target: mailbox ? `mailbox:${mailbox.id}` : 'mailbox:all',
        metadata: { mailboxIds: scope.map((m) => m.id), from: report.period.from, to: report.period.to },
        at: now,
      }),
    );
  }
  return page;
}

/**
 * The cards of several mailboxes together, each cell withheld where it would give away a
 * mailbox's hidden cell, which that mailbox's own row shows as "too few to show".
 */
function totalFigures(
  extras: PageExtras,
  scope: readonly { name: string }[],
  report: AnalyticsReport,
): MailboxFigures {
  return withholdTotal(
    extras.figures(),
    scope.map((m, i) => report.mailboxes.find((r) => r.mailbox === m.name) ?? extras.groupOf([i]).figures),
    (group) => extras.groupOf(group).figures,
    figureCellPaths,
  );
}

/**
 * The trend of several mailboxes together, each day's (or week's) cells withheld where they
 * would give away a mailbox's hidden cell of that day, which its own page shows.
 */
function totalTrend(extras: PageExtras, mailboxes: number): TrendPoint[] {
  const perMailbox = Array.from({ length: mailboxes }, (_, i) => extras.groupOf([i]).trend);
  return extras.trend.map((point, day) =>
    withholdTotal(
      point,
      perMailbox.map((t) => t[day]!),
      (group) => extras.groupOf(group).trend[day]!,
      trendCellPaths,
    ),
  );
}

/**
 * The page's own figures computed from the messages: a walk over the period's threads. Used
 * when the rollups cannot serve (per-agent mode, or a mailbox with its own calendar among all
 * mailboxes), and by the test and the bench that compare both ways.
 */
function pageFromMessages(deps: AnalyticsPageDeps, ctx: PageContext, perAgent: boolean): PageExtras {
  const { startAt, endAt } = ctx.period;
  const agents = new Map<Segment, SegmentAgents>();
  const opts = { ...ctx.opts, agents };
  const heatmap = emptyHeatmap();
  const byMailbox: Segment[][] = [];
  const customers = new Map<number, string | null>();
  const coverageInput: CoverageRow[] = [];
  for (const mb of ctx.scope) {
    const own: Segment[] = [];
    byMailbox.push(own);
    for (const t of threadsOfMailbox(deps.db, mb.id, startAt, endAt)) {
      const inPeriod = segmentThread(t.threadId, t.messages, ctx.opts.idleDays).filter(
        (s) => s.startAt >= startAt && s.startAt < endAt,
      );
      own.push(...inPeriod);
      const arrivals = t.messages.filter(
        (m) => m.direction === 'inbound' && m.skipRule === null && m.at >= startAt && m.at < endAt,
      );
      addArrivals(
        heatmap,
        arrivals.map((m) => m.at),
        ctx.offsetAt,
      );
      if (inPeriod.some((s) => s.latest && s.waitingSince !== null)) {
        // The customer who wrote first in the period.
        const first = arrivals
          .filter((m) => m.fromPseudonym)
          .reduce<ThreadMessage | null>(
            (a, m) => (!a || m.at < a.at || (m.at === a.at && m.id < a.id) ? m : a),
            null,
          );
        customers.set(t.threadId, first?.fromPseudonym ?? null);
      }
      for (const [s, who] of replyAgents(t.messages, inPeriod)) agents.set(s, who);
    }
    coverageInput.push(...coverageRows(deps.db, mb.id, startAt, endAt));
  }
  const segments = byMailbox.flat();
  const trendOpts = { ...opts, ...ctx.period, unit: ctx.unit, offsetAt: ctx.offsetAt };
  return {
    figures: () => mailboxFigures(segments, opts),
    groupOf: memoGroups((group) => {
      const own = group.flatMap((i) => byMailbox[i]!);
      return { figures: mailboxFigures(own, opts), trend: trend(own, trendOpts) };
    }),
    heatmap,
    trend: trend(segments, trendOpts),
    backlog: backlog(segments, {
      ...opts,
      endOfToday: ctx.endOfToday,
      customerOf: (id) => customers.get(id) ?? null,
      limit: BACKLOG_LIMIT,
    }),
    coverage: coverage(coverageInput),
    agents: perAgent ? agentFigures(agents, { ...opts, userOf: userOfPseudonym(deps) }) : null,
  };
}

/** Console users by the pseudonym of their e-mail address or user name. */
function userOfPseudonym(deps: AnalyticsPageDeps): (p: string) => string | null {
  return userByPseudonym(listUsers(deps.db), (a) => pseudonym(deps.keys.pseudonym, a));
}
