import { dateOfDay, dayOfDate } from './calendar.models.js';

/**
 * The console's period picker: the last 7, 30 or 90 days up to today, or two dates. Dates are
 * local days of the business-hours time zone, both ends included, as on the command line. Bad
 * input comes back as messages per field, never as an exception.
 */

export const periodChoices = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: 'custom', label: 'From – to (dates below)' },
] as const;
export type PeriodChoice = (typeof periodChoices)[number]['value'];

/** Longest custom period: one year (and a leap day). */
export const MAX_PERIOD_DAYS = 366;

export type PeriodParse =
  | { ok: true; choice: PeriodChoice; from: string; to: string }
  | {
      ok: false;
      choice: string;
      from: string;
      to: string;
      errors: Partial<Record<'period' | 'from' | 'to', string>>;
    };

/** A real calendar date `YYYY-MM-DD` (2026-02-30 is not one). */
function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && dateOfDay(dayOfDate(s)) === s;
}

export function parsePeriod(q: { period?: string; from?: string; to?: string }, today: string): PeriodParse {
  const from = (q.from ?? '').trim().slice(0, 40);
  const to = (q.to ?? '').trim().slice(0, 40);
  const choice = (q.period ?? (from || to ? 'custom' : '30')).slice(0, 40);
  if (!periodChoices.some((c) => c.value === choice))
    return { ok: false, choice, from, to, errors: { period: 'Choose a period from the list.' } };
  if (choice !== 'custom') {
    const days = Number(choice);
    return {
      ok: true,
      choice: choice as PeriodChoice,
      from: dateOfDay(dayOfDate(today) - (days - 1)),
      to: today,
    };
  }
  const errors: Partial<Record<'from' | 'to', string>> = {};
  const example = `e.g. ${today}`;
  if (!from) errors.from = `Enter the first day as a date YYYY-MM-DD (${example}).`;
  else if (!isDate(from)) errors.from = `The first day is not a date: enter it as YYYY-MM-DD (${example}).`;
  if (!to) errors.to = `Enter the last day as a date YYYY-MM-DD (${example}).`;
  else if (!isDate(to)) errors.to = `The last day is not a date: enter it as YYYY-MM-DD (${example}).`;
  else if (to > today) errors.to = `The last day must not be after today (${today}).`;
  if (!errors.from && !errors.to) {
    if (from > to) errors.from = 'The first day must not be after the last day.';
    else if (dayOfDate(to) - dayOfDate(from) + 1 > MAX_PERIOD_DAYS)
      errors.from = `A period can be at most ${MAX_PERIOD_DAYS} days long.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, choice, from, to, errors };
  return { ok: true, choice: 'custom', from, to };
}
