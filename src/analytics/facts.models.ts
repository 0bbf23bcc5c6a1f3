import { acceptanceBucket, acceptanceBuckets } from './acceptance.models.js';
import type { BusinessCalendar } from './calendar.models.js';
import type { Segment } from './segments.models.js';

/** The senders of one segment's replies (keyed pseudonyms); null where the sender is unknown. */
export interface SegmentAgents {
  first: string | null;
  next: (string | null)[];
  last: string | null;
}

/**
 * What the figures need of a set of segments, once the calendar has been applied: every
 * segment's durations (elapsed and business, in ms), kept exactly, plus the instants that only
 * the report's "now" can judge (still waiting, gone idle). The same facts come from segments
 * computed on the spot or from the daily rollups, so both paths give the same figures.
 *
 * Why exact durations and not histograms: a year of a busy mailbox (a million messages) is about
 * 400,000 segments, 3 MB per duration column; sorting that takes tens of milliseconds. Exact
 * values keep the median and P90 identical to the on-the-spot computation at any n, where
 * fine histogram buckets would add a precision caveat and still need exact values for small n.
 */
export interface SegmentFacts<Column extends ArrayLike<number> = number[]> {
  segments: number;
  /** Per first reply: elapsed ms, business ms, flags (FIRST_DRAFTED, FIRST_OFF_HOURS, FIRST_HAS_DRAFTS), agent id. */
  first: Column;
  /** Per next reply: elapsed ms, business ms, agent id. */
  next: Column;
  /** Per segment with a reply: first inbound → last reply elapsed ms, business ms, last activity instant, agent id. */
  last: Column;
  /** Per segment ending unanswered: start instant, waiting-since instant, flags (WAIT_LATEST, WAIT_REPLIED), thread id. */
  waiting: Column;
  /** Stored drafts by acceptance bucket, in `acceptanceBuckets` order. */
  acceptance: number[];
  /**
   * Customer mail (inbound, no skip rule) that arrived on the day, by local hour 0–23 (the
   * heatmap's row is the day's weekday). Counted by arrival, not by the segment's first day.
   */
  arrivals: number[];
}

/** Facts as the figures read them: built on the spot, or copied out of the rollups. */
export type AnyFacts = SegmentFacts<ArrayLike<number>>;

export const FIRST_DRAFTED = 1;
export const FIRST_OFF_HOURS = 2;
/** The segment has stored drafts (its agents count for the acceptance cell). */
export const FIRST_HAS_DRAFTS = 4;
export const WAIT_LATEST = 1;
/** The segment had its first reply; a later inbound waits (unanswered now, not an SLA case). */
export const WAIT_REPLIED = 2;

export const FIRST_STRIDE = 4;
export const NEXT_STRIDE = 3;
export const LAST_STRIDE = 4;

/**
 * A reply's agent as a number the float64 columns hold exactly: 0 for an unknown sender, else a
 * 52-bit hash of the pseudonym plus one (two FNV-1a variants). Only distinct counts are taken
 * from it; two agents would have to collide (about 2^-52 per pair) to be counted as one.
 */
export function agentId(pseudonym: string | null): number {
  if (pseudonym === null) return 0;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < pseudonym.length; i++) {
    const c = pseudonym.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a * 2 ** 20 + (b >>> 12) + 1;
}

const noAgents: SegmentAgents = { first: null, next: [], last: null };
export const WAIT_STRIDE = 4;
const HOURS = 24;

export function emptyFacts(): SegmentFacts {
  return {
    segments: 0,
    first: [],
    next: [],
    last: [],
    waiting: [],
    acceptance: acceptanceBuckets.map(() => 0),
    arrivals: Array.from({ length: HOURS }, () => 0),
  };
}

/** Adds one segment's facts under `cal`, with the agents of its replies where they are known. */
export function addSegment(
  f: SegmentFacts,
  s: Segment,
  cal: BusinessCalendar,
  agents: SegmentAgents = noAgents,
): void {
  f.segments++;
  if (s.firstReply) {
    const w = s.firstReply;
    f.first.push(
      w.to - w.from,
      cal.businessMs(w.from, w.to),
      (w.drafted ? FIRST_DRAFTED : 0) |
        (cal.isOpen(w.to) ? 0 : FIRST_OFF_HOURS) |
        (s.drafts.length > 0 ? FIRST_HAS_DRAFTS : 0),
      agentId(agents.first),
    );
  }
  s.nextReplies.forEach((w, i) => {
    f.next.push(w.to - w.from, cal.businessMs(w.from, w.to), agentId(agents.next[i] ?? null));
  });

  if (s.lastReplyAt !== null)
    f.last.push(
      s.lastReplyAt - s.startAt,
      cal.businessMs(s.startAt, s.lastReplyAt),
      s.lastActivityAt,
      agentId(agents.last),
    );
  if (s.waitingSince !== null)
    f.waiting.push(
      s.startAt,
      s.waitingSince,
      (s.latest ? WAIT_LATEST : 0) | (s.firstReply ? WAIT_REPLIED : 0),
      s.threadId,
    );
  for (const d of s.drafts)
    f.acceptance[acceptanceBuckets.indexOf(acceptanceBucket(d.similarity, d.deleted))]!++;
}

export function factsOfSegments(
  segments: Iterable<Segment>,
  cal: BusinessCalendar,
  agents?: ReadonlyMap<Segment, SegmentAgents>,
): SegmentFacts {
  const f = emptyFacts();
  for (const s of segments) addSegment(f, s, cal, agents?.get(s));
  return f;
}

/**
 * One day's facts as bytes: a header of counts (and the day's arrivals by hour), then the
 * columns, all float64 (instants and durations in ms fit exactly). The first value is the layout
 * version; it is part of the rollups' calendar key, so rows of an older layout are rebuilt.
 */
export const FACTS_FORMAT = 2;
const ARRIVALS_AT = 6 + acceptanceBuckets.length;
const HEADER = ARRIVALS_AT + HOURS;

export function encodeFacts(f: SegmentFacts): Buffer {
  const values = new Float64Array(HEADER + f.first.length + f.next.length + f.last.length + f.waiting.length);
  values.set([FACTS_FORMAT, f.segments, f.first.length, f.next.length, f.last.length, f.waiting.length]);
  values.set(f.acceptance, 6);
  values.set(f.arrivals, ARRIVALS_AT);
  let at = HEADER;
  for (const col of [f.first, f.next, f.last, f.waiting]) {
    values.set(col, at);
    at += col.length;
  }
  return Buffer.from(values.buffer);
}

/** Decoded day rows: their summed facts, and where each row's values lie in the columns. */
export interface DecodedRows {
  facts: SegmentFacts<Float64Array>;
  /**
   * Per row and one past the last: the segments of the rows before it, and the offsets of its
   * values in the first, next, last and waiting columns (FIRST_STRIDE etc. values a segment).
   */
  starts: Float64Array;
}

const COLUMNS = ['first', 'next', 'last', 'waiting'] as const;
/** Values per row of `DecodedRows.starts`: segments, then one offset per column. */
const STARTS_STRIDE = 1 + COLUMNS.length;

/**
 * The sum of many days' facts: counts added, columns concatenated into typed arrays with one
 * memory copy per day and column (a year of a busy mailbox is 365 rows and a few MB). The rows'
 * offsets let a run of consecutive rows be read as facts of its own without copying
 * (`factsOfRows`): the trend's weeks of a year.
 */
export function decodeRows(days: readonly Uint8Array[]): DecodedRows {
  const views = days.map((bytes) => {
    // SQLite hands out buffers at any byte offset; float64 views need 8-byte alignment, which
    // a row of some size usually has already (its own memory): then it is read in place.
    const v =
      bytes.byteOffset % 8 === 0
        ? new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8)
        : new Float64Array(new Uint8Array(bytes).buffer);
    if (v[0] !== FACTS_FORMAT) throw new Error(`unknown analytics rollup format ${v[0]}`);
    return v;
  });
  const sizes = COLUMNS.map((_, k) => views.reduce((sum, v) => sum + v[2 + k]!, 0));
  const cols = sizes.map((n) => new Float64Array(n));
  const starts = new Float64Array((views.length + 1) * STARTS_STRIDE);
  const out = { segments: 0, acceptance: acceptanceBuckets.map(() => 0), arrivals: emptyFacts().arrivals };
  views.forEach((v, row) => {
    const at = row * STARTS_STRIDE;
    starts[at + STARTS_STRIDE] = starts[at]! + v[1]!;
    out.segments += v[1]!;
    for (let i = 0; i < acceptanceBuckets.length; i++) out.acceptance[i]! += v[6 + i]!;
    for (let h = 0; h < HOURS; h++) out.arrivals[h]! += v[ARRIVALS_AT + h]!;
    let from = HEADER;
    for (let k = 0; k < COLUMNS.length; k++) {
      const n = v[2 + k]!;
      const filled = starts[at + 1 + k]!;
      cols[k]!.set(v.subarray(from, from + n), filled);
      starts[at + STARTS_STRIDE + 1 + k] = filled + n;
      from += n;
    }
  });
  return { facts: { ...out, first: cols[0]!, next: cols[1]!, last: cols[2]!, waiting: cols[3]! }, starts };
}

export function decodeFacts(days: readonly Uint8Array[]): SegmentFacts<Float64Array> {
  return decodeRows(days).facts;
}

/** The segment count and columns of the rows [from, to) of decoded rows: views, no copies. */
export function factsOfRows(
  d: DecodedRows,
  from: number,
  to: number,
): Pick<SegmentFacts<Float64Array>, 'segments' | (typeof COLUMNS)[number]> {
  const a = from * STARTS_STRIDE;
  const b = to * STARTS_STRIDE;
  const col = (k: number, c: Float64Array) => c.subarray(d.starts[a + 1 + k], d.starts[b + 1 + k]);
  return {
    segments: d.starts[b]! - d.starts[a]!,
    first: col(0, d.facts.first),
    next: col(1, d.facts.next),
    last: col(2, d.facts.last),
    waiting: col(3, d.facts.waiting),
  };
}

/** One day row's arrivals by local hour, read from its header without decoding the columns. */
export function arrivalsOf(bytes: Uint8Array): number[] {
  const copy = new Uint8Array(HEADER * 8);
  copy.set(bytes.subarray(0, HEADER * 8));
  return Array.from(new Float64Array(copy.buffer, ARRIVALS_AT * 8, HOURS));
}
