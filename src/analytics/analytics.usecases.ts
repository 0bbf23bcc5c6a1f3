import { mailboxErrors } from '../mailboxes/mailboxes.errors.js';
import { findMailboxByName, listMailboxRows } from '../mailboxes/mailboxes.repository.js';
import { loadSettings } from '../settings/settings.usecases.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { replyAgents, type SegmentAgents, withAgentRule } from './agents.models.js';
import { type MailboxFigures, mailboxFigures } from './aggregate.models.js';
import { analyticsErrors } from './analytics.errors.js';
import { threadsOfMailbox } from './analytics.repository.js';
import {
  type CalendarSpec,
  createCalendar,
  dateOfDay,
  dayOfDate,
  instantOfWall,
  type Weekday,
  zoneOffsetFn,
} from './calendar.models.js';
import { publicHolidayDates } from './holidays.models.js';
import { type Segment, segmentThread } from './segments.models.js';

export const DEFAULT_SLA_BUSINESS_HOURS = 8;
export const DEFAULT_IDLE_DAYS = 7;
export const DEFAULT_PERIOD_DAYS = 30;
const DAY = 86_400_000;

export interface AnalyticsRequest {
  /** One mailbox by name; all mailboxes when absent. */
  mailbox?: string;
  /** Local dates `YYYY-MM-DD` in the calendar's zone, both included. */
  from?: string;
  to?: string;
  slaBusinessHours?: number;
  idleDays?: number;
  /** Public holidays by country or country-region code (`DE-BY`). */
  holidays?: string;
  /** Extra closed local dates. */
  closures?: readonly string[];
}

export interface AnalyticsReport {
  period: { from: string; to: string; timeZone: string };
  calendar: CalendarSpec & { holidays: string | null };
  slaBusinessHours: number;
  segmentIdleDays: number;
  mailboxes: ({ mailbox: string } & MailboxFigures)[];
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
 * The calendar of the console's Business hours setting (one interval on the chosen weekdays, in its
 * zone), with public holidays and closures for the years the period touches (and the next, for
 * segments still waiting at the turn of the year).
 */
function calendarSpec(db: Db, req: AnalyticsRequest, years: number[]): CalendarSpec {
  const bh = loadSettings({ db }).businessHours as {
    timeZone: string;
    days: Weekday[];
    start: string;
    end: string;
  };
  const holidays = req.holidays ? publicHolidayDates(req.holidays, years) : [];
  const closures = (req.closures ?? []).map((d) => checkDate('A closure', d));
  return {
    timeZone: bh.timeZone,
    week: Object.fromEntries(bh.days.map((d) => [d, [{ start: bh.start, end: bh.end }]])),
    closedDates: [...new Set([...holidays, ...closures])].sort(),
  };
}

/** Per mailbox: segments that started in the period and their figures. */
export function analyticsReport(deps: { db: Db; clock: Clock }, req: AnalyticsRequest): AnalyticsReport {
  const now = deps.clock.now();
  const timeZone = String(loadSettings({ db: deps.db }).businessHours.timeZone);
  const offsetAt = zoneOffsetFn(timeZone);
  const today = dateOfDay(Math.floor((now + offsetAt(now)) / DAY));
  const to = checkDate('--to', req.to ?? today);
  const from = checkDate('--from', req.from ?? dateOfDay(dayOfDate(to) - (DEFAULT_PERIOD_DAYS - 1)));
  if (from > to) throw analyticsErrors.invalidInput('--from must not be after --to.');
  const startAt = instantOfWall(offsetAt, dayOfDate(from) * DAY);
  const endAt = instantOfWall(offsetAt, (dayOfDate(to) + 1) * DAY);
  const idleDays = positive('The idle days', req.idleDays ?? DEFAULT_IDLE_DAYS);
  const slaBusinessHours = positive('The SLA target', req.slaBusinessHours ?? DEFAULT_SLA_BUSINESS_HOURS);
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Math.max(Number(to.slice(0, 4)), Number(today.slice(0, 4))) + 1;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const spec = calendarSpec(deps.db, req, years);
  const calendar = createCalendar(spec);

  const rows = req.mailbox ? [findMailboxByName(deps.db, req.mailbox)] : listMailboxRows(deps.db);
  if (req.mailbox && !rows[0]) throw mailboxErrors.notFound(req.mailbox);
  const mailboxes = rows.flatMap((mb) => {
    if (!mb) return [];
    const segments: Segment[] = [];
    const agents = new Map<Segment, SegmentAgents>();
    for (const t of threadsOfMailbox(deps.db, mb.id, startAt, endAt)) {
      const inPeriod = segmentThread(t.threadId, t.messages, idleDays).filter(
        (s) => s.startAt >= startAt && s.startAt < endAt,
      );
      segments.push(...inPeriod);
      for (const [s, who] of replyAgents(t.messages, inPeriod)) agents.set(s, who);
    }
    const opts = { calendar, slaBusinessHours, idleDays, now };
    return [{ mailbox: mb.name, ...withAgentRule(mailboxFigures(segments, opts), segments, agents, opts) }];
  });
  return {
    period: { from, to, timeZone },
    calendar: { ...spec, holidays: req.holidays ?? null },
    slaBusinessHours,
    segmentIdleDays: idleDays,
    mailboxes,
  };
}
