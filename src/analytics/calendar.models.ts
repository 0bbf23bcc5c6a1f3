/**
 * Business calendars: when a mailbox counts as open, in its own IANA time zone, and how much open
 * time lies between two UTC instants. Only UTC instants are stored; business time is always
 * computed from them with the calendar given, so history can be recomputed under a new calendar.
 *
 * Rules (documented in the README):
 * - A calendar is a list of intervals per weekday in local wall time. An interval whose end is
 *   not after its start (22:00–06:00) is a night shift: it is split at midnight (Zendesk's rule),
 *   the part after midnight belongs to the next calendar day, so that day's holiday closes it.
 * - A closed date (public holiday or custom closure) closes every interval of that local day.
 * - Business time is the overlap of [start, end] with the open intervals. So mail that arrives
 *   off-hours starts the clock at the next opening, a reply sent off-hours stops it at the last
 *   closing, and both off-hours with no opening between gives 0 (kept, not excluded).
 * - Wall times are turned into instants with the zone's offset of that very day, so a DST week
 *   has one hour more or less of night, never of business time. A wall time that does not exist
 *   (inside the spring-forward gap) means the instant just after the gap; one that exists twice
 *   (autumn) means the earlier one.
 */

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

/** Local wall times `HH:MM`; `end <= start` is a night shift that ends the next day. */
export interface OpenInterval {
  start: string;
  end: string;
}

export interface CalendarSpec {
  timeZone: string;
  week: Partial<Record<Weekday, readonly OpenInterval[]>>;
  /** Local dates `YYYY-MM-DD` on which the mailbox is closed all day (holidays, custom closures). */
  closedDates: readonly string[];
}

export interface BusinessCalendar {
  readonly spec: CalendarSpec;
  /** Open time in [from, to], in milliseconds. */
  businessMs(from: number, to: number): number;
  /** Whether the instant lies inside an open interval. */
  isOpen(at: number): boolean;
  /**
   * The instant at which `ms` of open time have passed since `from` (an SLA's due time), or null
   * when the calendar has not that much open time within a year and a half.
   */
  dueAt(from: number, ms: number): number | null;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

function minutesOf(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`not a wall time: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Local civil date of a day number (days since 1970-01-01), as `YYYY-MM-DD`. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function dayOfDate(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
}

/** The zone's offset from UTC at an instant, in milliseconds, via Intl (no Temporal needed). */
export function zoneOffsetFn(timeZone: string): (at: number) => number {
  const fmt = zoneFormat(timeZone);
  return (at) => {
    const p: Record<string, number> = {};
    for (const part of fmt.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
    return wall - Math.floor(at / 1000) * 1000;
  };
}

/** A formatter per zone: creating one costs about 2 ms, and every report and page view asks. */
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let fmt = zoneFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, fmt);
  }
  return fmt;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The instant of a local wall time (`wall` = the wall time read as if it were UTC). */
export function instantOfWall(offsetAt: (at: number) => number, wall: number): number {
  // The offsets a day either side bracket at most one transition; try both.
  const before = offsetAt(wall - DAY);
  const after = offsetAt(wall + DAY);
  const candidates = [wall - before, wall - after].filter((c) => wall - offsetAt(c) === c);
  if (candidates.length > 0) return Math.min(...candidates);
  // In the gap: read with the offset before the change, which lands just after the gap.
  return wall - before;
}

export function createCalendar(spec: CalendarSpec): BusinessCalendar {
  const offsetAt = zoneOffsetFn(spec.timeZone);
  const closed = new Set(spec.closedDates);
  // Per weekday (0 = Sunday), intervals in minutes of that local day, night shifts split at midnight.
  const perDay: [number, number][][] = weekdays.map(() => []);
  weekdays.forEach((name, i) => {
    for (const iv of spec.week[name] ?? []) {
      const s = minutesOf(iv.start);
      const e = minutesOf(iv.end);
      if (e > s) perDay[i]!.push([s, e]);
      else {
        perDay[i]!.push([s, 1440]);
        if (e > 0) perDay[(i + 1) % 7]!.push([0, e]);
      }
    }
  });
  // Overlapping intervals of one day (08–12 and 10–14) count once.
  for (const list of perDay) {
    list.sort((a, b) => a[0] - b[0]);
    for (let i = list.length - 1; i > 0; i--) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      if (cur[0] <= prev[1]) {
        prev[1] = Math.max(prev[1], cur[1]);
        list.splice(i, 1);
      }
    }
  }
  // Open intervals of one local day as UTC instants, computed once per day number.
  const cache = new Map<number, { spans: [number, number][]; total: number; lo: number; hi: number }>();
  const dayOpen = (day: number) => {
    let hit = cache.get(day);
    if (hit) return hit;
    const spans: [number, number][] = [];
    if (!closed.has(dateOfDay(day))) {
      for (const [s, e] of perDay[(((day + 4) % 7) + 7) % 7]!) {
        spans.push([
          instantOfWall(offsetAt, day * DAY + s * MINUTE),
          instantOfWall(offsetAt, day * DAY + e * MINUTE),
        ]);
      }
    }
    hit = {
      spans,
      total: spans.reduce((sum, [s, e]) => sum + (e - s), 0),
      lo: Math.min(...spans.map(([s]) => s)),
      hi: Math.max(...spans.map(([, e]) => e)),
    };
    cache.set(day, hit);
    return hit;
  };
  // Open time of days [anchor, anchor + n) as prefix sums, widened when a range falls outside.
  let anchor = 0;
  let prefix = new Float64Array(1);
  const openTotal = (a: number, b: number): number => {
    if (a < anchor || b + 1 >= anchor + prefix.length) {
      const lo = Math.min(a, prefix.length > 1 ? anchor : a) - 30;
      const hi = Math.max(b, prefix.length > 1 ? anchor + prefix.length - 1 : b) + 30;
      const next = new Float64Array(hi - lo + 2);
      for (let d = lo; d <= hi; d++) next[d - lo + 1] = next[d - lo]! + dayOpen(d).total;
      anchor = lo;
      prefix = next;
    }
    return prefix[b + 1 - anchor]! - prefix[a - anchor]!;
  };
  // A local day lies within ±14 h of the UTC day with the same number: one day either side covers it.
  const dayRange = (from: number, to: number) =>
    [Math.floor(from / DAY) - 1, Math.floor(to / DAY) + 1] as const;

  return {
    spec,
    businessMs(from, to) {
      if (!(to > from)) return 0;
      const [first, last] = dayRange(from, to);
      // Local days from first + 3 to last - 3 lie wholly inside the range (a local day is within
      // ±14 h of its UTC day): their totals come from prefix sums, so a wait of two years costs
      // what a wait of a week does. Only the edge days need the overlap.
      const inner: [number, number] | null = last - first >= 7 ? [first + 3, last - 3] : null;
      let sum = inner ? openTotal(inner[0], inner[1]) : 0;
      for (let day = first; day <= last; day++) {
        if (inner && day === inner[0]) day = inner[1] + 1;
        const { spans, total, lo, hi } = dayOpen(day);
        if (total === 0) continue;
        // Days wholly inside the range add their total; only the edges need the overlap.
        if (lo >= from && hi <= to) {
          sum += total;
          continue;
        }
        for (const [s, e] of spans) sum += Math.max(0, Math.min(e, to) - Math.max(s, from));
      }
      return sum;
    },
    dueAt(from, ms) {
      let left = ms;
      if (left <= 0) return from;
      const first = Math.floor(from / DAY) - 1;
      for (let day = first; day <= first + 550; day++) {
        for (const [s, e] of dayOpen(day).spans) {
          const begin = Math.max(s, from);
          const part = e - begin;
          if (part <= 0) continue;
          if (left <= part) return begin + left;
          left -= part;
        }
      }
      return null;
    },
    isOpen(at) {
      const [first, last] = dayRange(at, at);
      for (let day = first; day <= last; day++)
        if (dayOpen(day).spans.some(([s, e]) => at >= s && at < e)) return true;
      return false;
    },
  };
}

/**
 * The local wall time of an instant in the zone (the instant read as if the zone were UTC).
 * Offsets are looked up once per quarter hour (every zone changes its offset on a quarter hour),
 * since Intl is slow per call and a year of segments asks hundreds of thousands of times.
 */
export function localWallFn(timeZone: string): (at: number) => number {
  const offsetAt = zoneOffsetFn(timeZone);
  const cache = new Map<number, number>();
  const QUARTER = 15 * MINUTE;
  return (at) => {
    const q = Math.floor(at / QUARTER);
    let offset = cache.get(q);
    if (offset === undefined) {
      offset = offsetAt(q * QUARTER);
      cache.set(q, offset);
    }
    return at + offset;
  };
}

/** The local day number of an instant in the zone. */
export function localDayFn(timeZone: string): (at: number) => number {
  const wall = localWallFn(timeZone);
  return (at) => Math.floor(wall(at) / DAY);
}

/** The instant a local day begins. */
export function startOfLocalDay(offsetAt: (at: number) => number, day: number): number {
  return instantOfWall(offsetAt, day * DAY);
}
