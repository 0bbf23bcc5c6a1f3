import {
  type FigureOptions,
  firstReplyAndSla,
  type MailboxFigures,
  mailboxFigures,
} from './aggregate.models.js';
import { dateOfDay, dayOfDate } from './calendar.models.js';
import { type DecodedRows, factsOfRows } from './facts.models.js';
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

function point(bucket: number, f: Pick<MailboxFigures, 'firstReply' | 'sla'>, segments: number): TrendPoint {
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

/**
 * The same from decoded day rows of the rollups (each the facts of the segments started that
 * local day), `days` giving each row's day in ascending order: a bucket's rows are consecutive
 * and read in place. Only the first-reply and SLA cells the bars show are computed.
 */
export function trendOfRows(rows: DecodedRows, days: readonly number[], o: TrendOptions): TrendPoint[] {
  return [
    ...buckets(
      o,
      days.map((day, i): [number, number] => [day, i]),
    ),
  ].map(([b, list]) => {
    const f = list.length === 0 ? factsOfRows(rows, 0, 0) : factsOfRows(rows, list[0]!, list.at(-1)! + 1);
    return point(b, firstReplyAndSla(f, o), f.segments);
  });
}
