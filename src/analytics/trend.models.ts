import {
  type FigureOptions,
  figuresOfFacts,
  type MailboxFigures,
  mailboxFigures,
} from './aggregate.models.js';
import { dateOfDay, dayOfDate } from './calendar.models.js';
import { decodeFacts } from './facts.models.js';
import type { Segment } from './segments.models.js';

/**
 * Figures per local day or ISO week (Monday to Sunday) of the period, in the mailbox's time zone:
 * a segment belongs to the day its first inbound arrived there, as it belongs to the period.
 * Each bucket is aggregated like a whole period, so a day with fewer than 10 segments shows
 * "too few to show", never a median of three.
 */

export type TrendUnit = 'day' | 'week';

export interface TrendPoint {
  /** First local date of the bucket (`YYYY-MM-DD`); for weeks, its Monday. */
  start: string;
  segments: number;
  firstReply: MailboxFigures['firstReply'];
  sla: MailboxFigures['sla'];
}

const DAY = 86_400_000;

/** Days for a period up to 31 days, weeks beyond: about 4 to 31 bars, readable on a phone. */
export function trendUnitFor(from: string, to: string): TrendUnit {
  return dayOfDate(to) - dayOfDate(from) + 1 <= 31 ? 'day' : 'week';
}

/** Day number of the bucket a local day falls in. */
function bucketOf(day: number, unit: TrendUnit): number {
  // Day 0 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return unit === 'day' ? day : day - ((((day + 3) % 7) + 7) % 7);
}

type TrendOptions = FigureOptions & { from: string; to: string; unit: TrendUnit };

/** Every bucket of the period, empty ones included, and the items of each. */
function buckets<T>(o: TrendOptions, items: Iterable<[day: number, item: T]>): Map<number, T[]> {
  const byBucket = new Map<number, T[]>();
  const first = bucketOf(dayOfDate(o.from), o.unit);
  const last = bucketOf(dayOfDate(o.to), o.unit);
  const step = o.unit === 'day' ? 1 : 7;
  for (let b = first; b <= last; b += step) byBucket.set(b, []);
  for (const [day, item] of items) byBucket.get(bucketOf(day, o.unit))?.push(item);
  return byBucket;
}

function point(bucket: number, f: MailboxFigures, segments: number): TrendPoint {
  return { start: dateOfDay(bucket), segments, firstReply: f.firstReply, sla: f.sla };
}

export function trend(
  segments: readonly Segment[],
  o: TrendOptions & { offsetAt: (at: number) => number },
): TrendPoint[] {
  const days = segments.map((s): [number, Segment] => [
    Math.floor((s.startAt + o.offsetAt(s.startAt)) / DAY),
    s,
  ]);
  return [...buckets(o, days)].map(([b, list]) => point(b, mailboxFigures(list, o), list.length));
}

/** The same from day rows of the rollups (each the facts of the segments started that local day). */
export function trendOfDays(
  rows: Iterable<{ day: number; facts: Uint8Array }>,
  o: TrendOptions,
): TrendPoint[] {
  const days = [...rows].map((r): [number, Uint8Array] => [r.day, r.facts]);
  return [...buckets(o, days)].map(([b, list]) => {
    const f = decodeFacts(list);
    return point(b, figuresOfFacts(f, o), f.segments);
  });
}
