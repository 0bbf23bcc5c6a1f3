import Holidays from 'date-holidays';
import { analyticsErrors } from './analytics.errors.js';

/**
 * Public holidays offline, from date-holidays' bundled rules (no iCal feed, no network), for a
 * code like `DE`, `DE-BY` or `CH-ZH`. Only type `public` closes a business day: bank, school
 * and optional days (Christmas Eve in DE) stay open unless added as custom closures.
 */
export function publicHolidayDates(code: string, years: readonly number[]): string[] {
  const key = code.trim().toUpperCase();
  // date-holidays takes tens of milliseconds per region and year; a report would pay it every time.
  const hit = memo.get(key);
  if (hit && years.every((y) => hit.years.has(y)))
    return hit.dates.filter((d) => years.includes(Number(d.slice(0, 4))));
  const [country, region] = key.split('-');
  const known = new Holidays().getCountries();
  if (!country || !known[country]) throw analyticsErrors.unknownHolidayRegion(code);
  if (region && !new Holidays().getStates(country)?.[region])
    throw analyticsErrors.unknownHolidayRegion(code);
  const hd = region ? new Holidays(country, region) : new Holidays(country);
  const entry = hit ?? { years: new Set<number>(), dates: [] };
  const dates = new Set(entry.dates);
  for (const year of years) {
    if (entry.years.has(year)) continue;
    for (const h of hd.getHolidays(year)) if (h.type === 'public') dates.add(h.date.slice(0, 10));
    entry.years.add(year);
  }
  entry.dates = [...dates].sort();
  memo.set(key, entry);
  return entry.dates.filter((d) => years.includes(Number(d.slice(0, 4))));
}

const memo = new Map<string, { years: Set<number>; dates: string[] }>();
