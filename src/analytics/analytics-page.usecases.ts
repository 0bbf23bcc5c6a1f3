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
import { buildCalendar, calendarOfMailbox, yearsBetween } from './rollups.usecases.js';
import { type Segment, segmentThread } from './segments.models.js';
import { type TrendPoint, type TrendUnit, trend, trendUnitFor } from './trend.models.js';
import { figureCellPaths, trendCellPaths, withholdTotal } from './withheld.models.js';

/**
 * The console's Analytics page: the report of `analyticsReport` for the mailboxes the reader may
 * see, and the figures only the page shows (arrivals heatmap, trend, waiting mail, draft
 * coverage, and per-agent figures when that mode is on). Those come from a second walk over the
 * same threads, so the report itself stays exactly what the command line prints.
 */

const DAY = 86_400_000;
/** Waiting threads listed on the page; the counts cover all of them. */
const BACKLOG_LIMIT = 50;

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
): {
  options: { id: number; name: string }[];
  mailbox: { id: number; name: string } | null;
  report: AnalyticsReport;
} | null {
  const options = analyticsMailboxes(deps, req.visibleMailboxIds);
  if (options.length === 0) return null;
  const mailbox = req.mailboxId === null ? null : (options.find((m) => m.id === req.mailboxId) ?? null);
  if (req.mailboxId !== null && !mailbox) throw mailboxErrors.notFound(String(req.mailboxId));
  const period = { from: req.from, to: req.to };
  if (!mailbox && req.visibleMailboxIds === null)
    return { options, mailbox, report: analyticsReport(deps, period) };
  const reports = (mailbox ? [mailbox] : options).map((m) =>
    analyticsReport(deps, { ...period, mailbox: m.name }),
  );
  return { options, mailbox, report: { ...reports[0]!, mailboxes: reports.flatMap((r) => r.mailboxes) } };
}

/** null when the reader sees no mailbox (none added yet, or a reviewer without assignments). */
export function analyticsPage(deps: AnalyticsPageDeps, req: AnalyticsPageRequest): AnalyticsPage | null {
  const scoped = analyticsScopeReport(deps, req);
  if (!scoped) return null;
  const { options, mailbox, report } = scoped;
  const scope = mailbox ? [mailbox] : options;

  const now = deps.clock.now();
  // One mailbox: its own calendar and SLA target, as its cards (from the rollups) have them;
  // all mailboxes together: the console's Business hours calendar.
  const own = mailbox ? calendarOfMailbox(deps.db, mailbox.id).def : null;
  const offsetAt = zoneOffsetFn(own?.timeZone ?? report.period.timeZone);
  const startAt = instantOfWall(offsetAt, dayOfDate(report.period.from) * DAY);
  const endAt = instantOfWall(offsetAt, (dayOfDate(report.period.to) + 1) * DAY);
  const today = dateOfDay(Math.floor((now + offsetAt(now)) / DAY));
  const endOfToday = instantOfWall(offsetAt, (dayOfDate(today) + 1) * DAY);
  const calendar = own
    ? buildCalendar(own, yearsBetween(startAt, Math.max(endAt, now)))
    : createCalendar(report.calendar);
  const agents = new Map<Segment, SegmentAgents>();
  const opts = {
    calendar,
    slaBusinessHours: own?.slaBusinessHours ?? report.slaBusinessHours,
    idleDays: report.segmentIdleDays,
    now,
    agents,
  };

  const heatmap = emptyHeatmap();
  const byMailbox: Segment[][] = [];
  const customers = new Map<number, string | null>();
  const coverageInput: CoverageRow[] = [];
  for (const mb of scope) {
    const own: Segment[] = [];
    byMailbox.push(own);
    for (const t of threadsOfMailbox(deps.db, mb.id, startAt, endAt)) {
      const inPeriod = segmentThread(t.threadId, t.messages, report.segmentIdleDays).filter(
        (s) => s.startAt >= startAt && s.startAt < endAt,
      );
      own.push(...inPeriod);
      const arrivals = t.messages.filter(
        (m) => m.direction === 'inbound' && m.skipRule === null && m.at >= startAt && m.at < endAt,
      );
      addArrivals(
        heatmap,
        arrivals.map((m) => m.at),
        offsetAt,
      );
      if (inPeriod.some((s) => s.latest && s.waitingSince !== null))
        customers.set(t.threadId, arrivals.find((m) => m.fromPseudonym)?.fromPseudonym ?? null);
      for (const [s, who] of replyAgents(t.messages, inPeriod)) agents.set(s, who);
    }
    coverageInput.push(...coverageRows(deps.db, mb.id, startAt, endAt));
  }

  const segments = byMailbox.flat();
  const trendUnit = trendUnitFor(report.period.from, report.period.to);
  const trendOpts = { ...opts, from: report.period.from, to: report.period.to, unit: trendUnit, offsetAt };
  const page: AnalyticsPage = {
    options,
    mailbox,
    report,
    figures:
      mailbox && report.mailboxes[0]
        ? report.mailboxes[0]
        : withholdTotal(
            mailboxFigures(segments, opts),
            scope.map(
              (m, i) =>
                report.mailboxes.find((r) => r.mailbox === m.name) ?? mailboxFigures(byMailbox[i]!, opts),
            ),
            (group) =>
              mailboxFigures(
                group.flatMap((i) => byMailbox[i]!),
                opts,
              ),
            figureCellPaths,
          ),
    heatmap,
    trendUnit,
    trend: mailbox ? trend(segments, trendOpts) : totalTrend(byMailbox, trendOpts),
    backlog: backlog(segments, {
      ...opts,
      endOfToday,
      customerOf: (id) => customers.get(id) ?? null,
      limit: BACKLOG_LIMIT,
    }),
    coverage: coverage(coverageInput),
    agents: req.perAgent ? agentFigures(agents, { ...opts, userOf: userOfPseudonym(deps) }) : null,
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
 * The trend of several mailboxes together, each day's (or week's) cells withheld where they
 * would give away a mailbox's hidden cell of that day, which its own page shows.
 */
function totalTrend(byMailbox: readonly Segment[][], o: Parameters<typeof trend>[1]): TrendPoint[] {
  const perMailbox = byMailbox.map((s) => trend(s, o));
  const groups = new Map<string, TrendPoint[]>();
  return trend(byMailbox.flat(), o).map((point, day) =>
    withholdTotal(
      point,
      perMailbox.map((t) => t[day]!),
      (group) => {
        const key = group.join(',');
        const points =
          groups.get(key) ??
          trend(
            group.flatMap((i) => byMailbox[i]!),
            o,
          );
        groups.set(key, points);
        return points[day]!;
      },
      trendCellPaths,
    ),
  );
}

/** Console users by the pseudonym of their e-mail address or user name. */
function userOfPseudonym(deps: AnalyticsPageDeps): (p: string) => string | null {
  return userByPseudonym(listUsers(deps.db), (a) => pseudonym(deps.keys.pseudonym, a));
}
