import Holidays from 'date-holidays';
import { analyticsErrors } from './analytics.errors.js';

/**
 * Public holidays offline, from date-holidays' bundled rules (no iCal feed, no network), for a
 * code like `DE`, `DE-BY` or `CH-ZH`. Only type `public` closes a business day: bank, school
 * and optional days (Christmas Eve in DE) stay open unless added as custom closures.
 */
export function publicHolidayDates(code: string, years: readonly number[]): string[] {
  const [country, region] = code.trim().toUpperCase().split('-');
  const known = new Holidays().getCountries();
  if (!country || !known[country]) throw analyticsErrors.unknownHolidayRegion(code);
  if (region && !new Holidays().getStates(country)?.[region])
    throw analyticsErrors.unknownHolidayRegion(code);
  const hd = region ? new Holidays(country, region) : new Holidays(country);
  const dates = new Set<string>();
  for (const year of years)
    for (const h of hd.getHolidays(year)) if (h.type === 'public') dates.add(h.date.slice(0, 10));
  return [...dates].sort();
}
