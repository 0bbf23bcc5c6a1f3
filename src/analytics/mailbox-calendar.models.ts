import { createHash } from 'node:crypto';
import { validTimeZone } from '../settings/settings.models.js';
import { nonEmptyLines } from '../shared/form-fields.js';
import type { OpenInterval, Weekday } from './calendar.models.js';
import { FACTS_FORMAT } from './facts.models.js';
import { publicHolidayDates } from './holidays.models.js';

/**
 * A mailbox's business calendar and SLA target as an operator defines them. A mailbox without
 * its own uses the console's Business hours setting (one interval on the chosen days).
 */
export interface MailboxCalendarDef {
  timeZone: string;
  week: Partial<Record<Weekday, readonly OpenInterval[]>>;
  /** Public holidays by country or country-region code, or none. */
  holidays: string | null;
  closures: readonly string[];
  slaBusinessHours: number;
}

export const DEFAULT_SLA_BUSINESS_HOURS = 8;
/** The form's order: the working week first. */
export const formWeekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function defaultCalendarDef(businessHours: {
  timeZone: string;
  days: readonly Weekday[];
  start: string;
  end: string;
}): MailboxCalendarDef {
  return {
    timeZone: businessHours.timeZone,
    week: Object.fromEntries(
      businessHours.days.map((d) => [d, [{ start: businessHours.start, end: businessHours.end }]]),
    ),
    holidays: null,
    closures: [],
    slaBusinessHours: DEFAULT_SLA_BUSINESS_HOURS,
  };
}

/**
 * Names the calendar and segment rule that rollups were computed with: rows of another key are
 * never read. The SLA target is left out on purpose: it applies when the report is made.
 */
export function calendarKey(def: MailboxCalendarDef, idleDays: number): string {
  const week = Object.fromEntries(formWeekdays.map((d) => [d, def.week[d] ?? []]));
  const text = JSON.stringify([
    FACTS_FORMAT,
    def.timeZone,
    week,
    def.holidays,
    [...def.closures].sort(),
    idleDays,
  ]);
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** `08:00-12:00, 13:00-17:00` (a night shift: `22:00-06:00`). */
export function formatIntervals(list: readonly OpenInterval[] | undefined): string {
  return (list ?? []).map((iv) => `${iv.start}-${iv.end}`).join(', ');
}

const wall = /^([01]\d|2[0-3]):[0-5]\d$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export type CalendarForm = Partial<Record<'timeZone' | 'holidays' | 'closures' | 'sla' | Weekday, string>>;

/** The console form (or the CLI's options), checked field by field. */
export function parseCalendarForm(
  f: CalendarForm,
): { ok: true; value: MailboxCalendarDef } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const timeZone = (f.timeZone ?? '').trim();
  if (!validTimeZone(timeZone)) errors.timeZone = 'Use an IANA time zone such as Europe/Berlin.';
  const week: Partial<Record<Weekday, OpenInterval[]>> = {};
  for (const day of formWeekdays) {
    const text = (f[day] ?? '').trim();
    if (!text) continue;
    const list: OpenInterval[] = [];
    for (const part of text.split(',').map((p) => p.trim())) {
      const [start = '', end = '', ...rest] = part.split('-').map((p) => p.trim());
      if (!wall.test(start) || !wall.test(end) || rest.length > 0 || start === end) {
        errors[day] = 'Write intervals like 08:00-12:00, 13:00-17:00 (22:00-06:00 runs past midnight).';
        break;
      }
      list.push({ start, end });
    }
    if (list.length > 8) errors[day] = 'At most 8 intervals a day.';
    week[day] = list;
  }
  if (Object.keys(week).length === 0 && !errors.mon) errors.mon = 'Give open hours for at least one day.';
  const holidays = (f.holidays ?? '').trim().toUpperCase() || null;
  if (holidays) {
    try {
      publicHolidayDates(holidays, []);
    } catch (e) {
      errors.holidays = (e as Error).message;
    }
  }
  const closures = nonEmptyLines((f.closures ?? '').replace(/,/g, '\n'));
  const badDate = closures.find((d) => !isoDate.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)));
  if (badDate) errors.closures = `${JSON.stringify(badDate.slice(0, 40))} is not a date YYYY-MM-DD.`;
  else if (closures.length > 1000) errors.closures = 'At most 1000 closed dates.';
  const sla = Number((f.sla ?? '').trim());
  if (!(f.sla ?? '').trim() || !Number.isFinite(sla) || sla <= 0 || sla > 1000)
    errors.sla = 'The SLA target is a number of business hours between 0 and 1000, e.g. 8.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { timeZone, week, holidays, closures: [...new Set(closures)].sort(), slaBusinessHours: sla },
  };
}
