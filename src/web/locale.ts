/**
 * How the console writes times. The pages are rendered on the server, so the reader's
 * conventions come from the request's Accept-Language: its best-ranked locale that Intl knows
 * decides the date order and whether the clock has 12 or 24 hours. Without one (or with a bare
 * `en`, which says nothing about the country) the console uses en-GB: English like the rest of
 * the pages, a 24-hour clock and day-month order, which read unambiguously in the European
 * organisations that run the appliance. Times are shown in the organisation's time zone (the
 * business-hours setting) with its abbreviation, never in the server's zone.
 */
export const FALLBACK_LOCALE = 'en-GB';

export interface TimeDisplay {
  locale: string;
  timeZone: string;
  /** The request's time, for "3 minutes ago". */
  now: number;
}

const tag = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

export function pickLocale(acceptLanguage: string | undefined): string {
  const ranked = (acceptLanguage ?? '')
    .slice(0, 500)
    .split(',')
    .map((part, i) => {
      const [name = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { name: name.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((t) => t.q > 0 && tag.test(t.name))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const t of ranked) {
    if (t.name.toLowerCase() === 'en') return FALLBACK_LOCALE;
    const [supported] = Intl.DateTimeFormat.supportedLocalesOf(t.name);
    if (supported) return supported;
  }
  return FALLBACK_LOCALE;
}

// Building a DateTimeFormat costs far more than using one; a page formats up to a hundred times.
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(ms: number, d: Pick<TimeDisplay, 'locale' | 'timeZone'>): string {
  const key = `${d.locale}|${d.timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(d.locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone: d.timeZone,
    });
    if (formats.size > 50) formats.clear();
    formats.set(key, f);
  }
  return f.format(ms);
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The time of day alone, 24-hour `HH:MM`, in the organisation's zone. */
export function formatClock(ms: number, d: Pick<TimeDisplay, 'timeZone'>): string {
  let f = clocks.get(d.timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: d.timeZone,
    });
    if (clocks.size > 50) clocks.clear();
    clocks.set(d.timeZone, f);
  }
  return f.format(ms);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];
// In English, as the sentence around it is.
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "5 minutes ago", "yesterday", "just now". */
export function relativeTime(ms: number, now: number): string {
  const diff = ms - now;
  for (const [unit, size] of units)
    if (Math.abs(diff) >= size) return relative.format(Math.round(diff / size), unit);
  return 'just now';
}
