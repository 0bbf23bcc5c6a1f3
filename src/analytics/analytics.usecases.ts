import { mailboxErrors } from '../mailboxes/mailboxes.errors.js';
import { findMailboxByName, listMailboxRows } from '../mailboxes/mailboxes.repository.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { replyAgents } from './agents.models.js';
import { figuresOfFacts, type MailboxFigures } from './aggregate.models.js';
import { analyticsErrors } from './analytics.errors.js';
import { threadsOfMailbox } from './analytics.repository.js';
import {
  type CalendarSpec,
  dateOfDay,
  dayOfDate,
  instantOfWall,
  localDayFn,
  zoneOffsetFn,
} from './calendar.models.js';
import { type AnyFacts, factsOfSegments, type SegmentAgents } from './facts.models.js';
import {
  calendarKey,
  DEFAULT_SLA_BUSINESS_HOURS,
  type MailboxCalendarDef,
} from './mailbox-calendar.models.js';
import { rollupFacts } from './period-rollups.usecases.js';
import { rebuildProgress } from './rebuild.usecases.js';
import { findRollupState } from './rollups.repository.js';
import {
  buildCalendar,
  calendarOfMailbox,
  DEFAULT_IDLE_DAYS,
  defaultCalendar,
  refreshRollups,
  rollupsFresh,
  yearsBetween,
} from './rollups.usecases.js';
import { type Segment, segmentThread } from './segments.models.js';

export { DEFAULT_SLA_BUSINESS_HOURS } from './mailbox-calendar.models.js';
export { DEFAULT_IDLE_DAYS } from './rollups.usecases.js';
export const DEFAULT_PERIOD_DAYS = 30;
const DAY = 86_400_000;

export interface AnalyticsRequest {
  /** One mailbox by name; all mailboxes when absent. */
  mailbox?: string;
  /** Local dates `YYYY-MM-DD` in each mailbox calendar's zone, both included. */
  from?: string;
  to?: string;
  /** Overrides every mailbox's SLA target. */
  slaBusinessHours?: number;
  idleDays?: number;
  /** Public holidays by country or country-region code (`DE-BY`), instead of each mailbox's. */
  holidays?: string;
  /** Extra closed local dates, instead of each mailbox's. */
  closures?: readonly string[];
  /**
   * Read complete rollups as the last refresh left them instead of refreshing first (the
   * console's page: the refresh job catches up soon after new mail, off the request path). A
   * mailbox without rollups for its calendar is still built first.
   */
  asKept?: boolean;
}

/** One mailbox's figures, with the calendar and SLA target they were computed with. */
export type MailboxReport = { mailbox: string } & MailboxFigures & {
    calendar: {
      source: 'mailbox' | 'default';
      timeZone: string;
      week: CalendarSpec['week'];
      holidays: string | null;
      closures: readonly string[];
    };
    slaBusinessHours: number;
    /** `rollups`: read from the daily rollups; `messages`: computed from the messages (overrides given). */
    computedFrom: 'rollups' | 'messages';
  };

export interface AnalyticsReport {
  /** The period as asked; `timeZone` is the console's Business hours zone, which picks "today". */
  period: { from: string; to: string; timeZone: string };
  /** The console's Business hours calendar (the default of mailboxes without their own). */
  calendar: CalendarSpec & { holidays: string | null };
  /** The default (or overriding) SLA target; each mailbox says its own. */
  slaBusinessHours: number;
  segmentIdleDays: number;
  mailboxes: MailboxReport[];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(label: string, value: string): string {
  if (!isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw analyticsErrors.invalidInput(`${label} must be a date YYYY-MM-DD, not ${JSON.stringify(value)}.`);
  return value;
}

function positive(label: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0)
    throw analyticsErrors.invalidInput(`${label} must be a positive number.`);
  return value;
}

/**
 * The facts of the segments that started in [fromDay, toDay]: from the daily rollups when the
 * mailbox's own calendar applies (refreshed first if anything changed since, unless `asKept`
 * and they were built for that calendar), otherwise (a
 * request that overrides holidays, closures or the idle rule) from the messages themselves.
 * While a full rebuild is under way the rollups are read as they are (the previous complete
 * ones), or, when they were built for another calendar, the figures come from the messages.
 */
function periodFacts(
  deps: { db: Db; clock: Clock },
  mailboxId: number,
  def: MailboxCalendarDef,
  rollupKey: string | null,
  days: { fromDay: number; toDay: number },
  idleDays: number,
  asKept: boolean,
): { facts: AnyFacts; computedFrom: MailboxReport['computedFrom'] } {
  const rebuilding = rollupKey !== null && rebuildProgress(deps, mailboxId) !== null;
  const built = rollupKey !== null && findRollupState(deps.db, mailboxId)?.calendarKey === rollupKey;
  if (rollupKey && (!rebuilding || built)) {
    const keep = rebuilding || (asKept && built);
    if (!keep && !rollupsFresh(deps.db, mailboxId, rollupKey)) refreshRollups(deps, mailboxId);
    return {
      facts: rollupFacts(deps.db, mailboxId, rollupKey, days.fromDay, days.toDay),
      computedFrom: 'rollups',
    };
  }
  const offsetAt = zoneOffsetFn(def.timeZone);
  const startAt = instantOfWall(offsetAt, days.fromDay * DAY);
  const endAt = instantOfWall(offsetAt, (days.toDay + 1) * DAY);
  const calendar = buildCalendar(def, yearsBetween(startAt, Math.max(endAt, deps.clock.now())));
  const segments: Segment[] = [];
  const agents = new Map<Segment, SegmentAgents>();
  for (const t of threadsOfMailbox(deps.db, mailboxId, startAt, endAt)) {
    const inPeriod = segmentThread(t.threadId, t.messages, idleDays).filter(
      (s) => s.startAt >= startAt && s.startAt < endAt,
    );
    segments.push(...inPeriod);
    for (const [s, who] of replyAgents(t.messages, inPeriod)) agents.set(s, who);
  }
  return { facts: factsOfSegments(segments, calendar, agents), computedFrom: 'messages' };
}

/** Per mailbox: segments that started in the period and their figures. */
export function analyticsReport(deps: { db: Db; clock: Clock }, req: AnalyticsRequest): AnalyticsReport {
  const now = deps.clock.now();
  const idleDays = positive('The idle days', req.idleDays ?? DEFAULT_IDLE_DAYS);
  if (req.slaBusinessHours !== undefined) positive('The SLA target', req.slaBusinessHours);
  const closures = req.closures?.map((d) => checkDate('A closure', d));
  const rows = req.mailbox ? [findMailboxByName(deps.db, req.mailbox)] : listMailboxRows(deps.db);
  if (req.mailbox && !rows[0]) throw mailboxErrors.notFound(req.mailbox);

  // "Today" and the default period come from the console's Business hours zone.
  const base = defaultCalendar(deps.db);
  const todayOf = (timeZone: string) => dateOfDay(localDayFn(timeZone)(now));
  const to = checkDate('--to', req.to ?? todayOf(base.timeZone));
  const from = checkDate('--from', req.from ?? dateOfDay(dayOfDate(to) - (DEFAULT_PERIOD_DAYS - 1)));
  if (from > to) throw analyticsErrors.invalidInput('--from must not be after --to.');
  const days = { fromDay: dayOfDate(from), toDay: dayOfDate(to) };
  const overrides = (def: MailboxCalendarDef): MailboxCalendarDef => ({
    ...def,
    holidays: req.holidays ?? def.holidays,
    closures: closures ?? def.closures,
    slaBusinessHours: req.slaBusinessHours ?? def.slaBusinessHours,
  });
  const baseDef = overrides(base);
  const periodYears = yearsBetween(
    Date.parse(`${from}T00:00:00Z`),
    Math.max(now, Date.parse(`${to}T00:00:00Z`)),
  );
  // Checks a holiday code once, before any mailbox is read.
  const baseCalendar = buildCalendar(baseDef, periodYears);

  const mailboxes = rows.flatMap((mb): MailboxReport[] => {
    if (!mb) return [];
    const { def: own, source } = calendarOfMailbox(deps.db, mb.id);
    const def = overrides(own);
    const ownKey = calendarKey(own, DEFAULT_IDLE_DAYS);
    const rollupKey = calendarKey(def, idleDays) === ownKey ? ownKey : null;
    const { facts, computedFrom } = periodFacts(
      deps,
      mb.id,
      def,
      rollupKey,
      days,
      idleDays,
      req.asKept === true,
    );
    const offsetAt = zoneOffsetFn(def.timeZone);
    const today = localDayFn(def.timeZone)(now);
    const figures = figuresOfFacts(facts, {
      calendar: buildCalendar(def, periodYears),
      slaBusinessHours: def.slaBusinessHours,
      idleDays,
      now,
      endOfToday: instantOfWall(offsetAt, (today + 1) * DAY),
    });
    return [
      {
        mailbox: mb.name,
        ...figures,
        calendar: {
          source,
          timeZone: def.timeZone,
          week: def.week,
          holidays: def.holidays,
          closures: def.closures,
        },
        slaBusinessHours: def.slaBusinessHours,
        computedFrom,
      },
    ];
  });
  return {
    period: { from, to, timeZone: base.timeZone },
    calendar: { ...baseCalendar.spec, holidays: baseDef.holidays },
    slaBusinessHours: req.slaBusinessHours ?? DEFAULT_SLA_BUSINESS_HOURS,
    segmentIdleDays: idleDays,
    mailboxes,
  };
}
