import { type AcceptanceBucket, acceptanceBuckets } from './acceptance.models.js';
import type { BusinessCalendar } from './calendar.models.js';
import {
  type AnyFacts,
  FIRST_DRAFTED,
  FIRST_HAS_DRAFTS,
  FIRST_OFF_HOURS,
  FIRST_STRIDE,
  factsOfSegments,
  LAST_STRIDE,
  NEXT_STRIDE,
  type SegmentAgents,
  WAIT_LATEST,
  WAIT_REPLIED,
  WAIT_STRIDE,
} from './facts.models.js';
import type { Segment } from './segments.models.js';

export { acceptanceBucket, acceptanceBuckets } from './acceptance.models.js';

/**
 * Figures of one mailbox over one period. Median and P90 with n lead; the mean is secondary (one
 * old thread skews it). Team mode only: no figure names or counts an agent, and any cell built
 * from fewer than `minSegments` segments is suppressed: shown as "too few to show", never as 0.
 */

export const MIN_SEGMENTS = 10;
/** Team mode: a reply cell needs replies from at least this many distinct known agents. */
export const MIN_AGENTS = 5;
const HOUR = 3_600_000;

/** Histogram buckets with upper bounds 1, 4, 8 and 24 hours; the last bucket is open (> 24 h). */
export const bucketLabels = ['0-1h', '1-4h', '4-8h', '8-24h', '>24h'] as const;

/**
 * A hidden cell, with its n: too few segments or agents, or (a total over several mailboxes)
 * withheld because it would give away a mailbox's hidden cell by subtraction (withheld.models).
 */
export type Suppressed = { n: number; suppressed: 'too few to show' | 'withheld' };
export interface Distribution {
  n: number;
  medianSeconds: number;
  p90Seconds: number;
  meanSeconds: number;
  histogram: Record<(typeof bucketLabels)[number], number>;
}
export type Cell<T> = T | Suppressed;

export interface Durations {
  elapsed: Cell<Distribution>;
  business: Cell<Distribution>;
}

export interface MailboxFigures {
  segments: Cell<{ n: number }>;
  firstReply: Durations;
  nextReply: Durations;
  /** First inbound to last reply, for segments that have gone idle. */
  lastReply: Durations;
  /**
   * Replied segments are met or missed by their business first-reply time; unanswered ones count
   * as missed once due. `breachedNow`: unanswered and past due; `dueToday`: unanswered, not yet
   * due, due before the end of today (local).
   */
  sla: Cell<{
    n: number;
    targetBusinessHours: number;
    met: number;
    missed: number;
    percentMet: number;
    breachedNow: number;
    dueToday: number;
  }>;
  /** Segments still waiting for a reply, by how long they have waited (elapsed). */
  unansweredNow: Cell<{ n: number; breachedSla: number; byAge: Distribution['histogram'] }>;
  /** Share of first replies sent outside business hours (kept in the figures, shown apart). */
  repliedOffHours: Cell<{ n: number; percent: number }>;
  draftValue: {
    withDraft: Durations;
    withoutDraft: Durations;
    acceptance: Cell<{ n: number } & Record<AcceptanceBucket, number>>;
  };
}

function suppress<T>(n: number, make: () => T, min: number): Cell<T> {
  return n < min ? { n, suppressed: 'too few to show' } : make();
}

function suppressCell<T>(n: number, make: () => T, min: number, fewAgents: boolean): Cell<T> {
  return fewAgents ? { n, suppressed: 'too few to show' } : suppress(n, make, min);
}

/** The median (mean of the two middle values when n is even) and nearest-rank P90. */
export function distribution(ms: ArrayLike<number>): Distribution {
  // A typed array sorts numerically in native code: a year's 400,000 values in tens of ms.
  const s = Float64Array.from(ms).sort();
  const n = s.length;
  const mid = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  const p90 = s[Math.max(0, Math.ceil(0.9 * n) - 1)]!;
  return {
    n,
    medianSeconds: Math.round(mid / 1000),
    p90Seconds: Math.round(p90 / 1000),
    meanSeconds: Math.round(s.reduce((a, b) => a + b, 0) / n / 1000),
    histogram: histogram(s),
  };
}

export function histogram(ms: ArrayLike<number>): Distribution['histogram'] {
  const counts = [0, 0, 0, 0, 0];
  for (let k = 0; k < ms.length; k++) {
    const v = ms[k]!;
    counts[v <= HOUR ? 0 : v <= 4 * HOUR ? 1 : v <= 8 * HOUR ? 2 : v <= 24 * HOUR ? 3 : 4]!++;
  }
  return Object.fromEntries(bucketLabels.map((l, i) => [l, counts[i]!])) as Distribution['histogram'];
}

/** Column `col` of the rows of `stride` values that `keep` accepts (by the row's flags column). */
function column(
  rows: ArrayLike<number>,
  stride: number,
  col: number,
  keep: (row: number) => boolean = () => true,
): Float64Array {
  const out = new Float64Array(rows.length / stride);
  let n = 0;
  for (let r = 0; r < rows.length; r += stride) if (keep(r)) out[n++] = rows[r + col]!;
  return out.subarray(0, n);
}

function durations(elapsed: Float64Array, business: Float64Array, min: number, fewAgents = false): Durations {
  return {
    elapsed: suppressCell(elapsed.length, () => distribution(elapsed), min, fewAgents),
    business: suppressCell(business.length, () => distribution(business), min, fewAgents),
  };
}

/**
 * Team mode's agent rule: a cell built from replies of fewer than `min` distinct known agents is
 * suppressed. Unknown senders (id 0) are not agents; a cell with no known sender at all cannot
 * be counted and falls under the segment rule alone.
 */
function tooFewAgents(ids: Float64Array, min: number): boolean {
  const known = new Set<number>();
  for (const id of ids) if (id !== 0) known.add(id);
  return known.size > 0 && known.size < min;
}

export interface FigureOptions {
  calendar: BusinessCalendar;
  /** The agents of each segment's replies (team mode's agent rule); unknown where absent. */
  agents?: ReadonlyMap<Segment, SegmentAgents>;
  /** Fewer distinct known agents than this suppress a reply cell (default MIN_AGENTS). */
  minAgents?: number;
  slaBusinessHours: number;
  idleDays: number;
  now: number;
  /** The end of today in the calendar's zone, for "due today"; without it nothing is due today. */
  endOfToday?: number;
  minSegments?: number;
}

/** The figures of the segments that started in the period. */
export function mailboxFigures(segments: readonly Segment[], o: FigureOptions): MailboxFigures {
  return figuresOfFacts(factsOfSegments(segments, o.calendar, o.agents), o);
}

/** The figures of a period's segment facts (computed on the spot or read from the rollups). */
export function figuresOfFacts(f: AnyFacts, o: FigureOptions): MailboxFigures {
  const min = o.minSegments ?? MIN_SEGMENTS;
  const cal = o.calendar;
  const slaMs = o.slaBusinessHours * HOUR;
  const n = f.segments;
  const first = f.first;
  const flag = (mask: number, set: boolean) => (r: number) => ((first[r + 2]! & mask) !== 0) === set;
  const firstCount = first.length / FIRST_STRIDE;
  const firstBusiness = column(first, FIRST_STRIDE, 1);
  // SLA: a replied segment is met or missed by its business first-reply time; an unanswered one
  // counts as missed once its due time has passed, and is left out while it is not yet due.
  let met = 0;
  for (const b of firstBusiness) if (b <= slaMs) met++;
  let overdue = 0;
  let dueToday = 0;
  const openWaits: number[] = [];
  const w = f.waiting;
  for (let r = 0; r < w.length; r += WAIT_STRIDE) {
    const [startAt, since, flags] = [w[r]!, w[r + 1]!, w[r + 2]!];
    if (flags & WAIT_LATEST) openWaits.push(o.now - since);
    if (flags & WAIT_REPLIED) continue;
    if (cal.businessMs(startAt, o.now) > slaMs) overdue++;
    else if (o.endOfToday !== undefined) {
      const due = cal.dueAt(startAt, slaMs);
      if (due !== null && due <= o.endOfToday) dueToday++;
    }
  }
  const evaluated = firstCount + overdue;
  const idleMs = o.idleDays * 86_400_000;
  const closed = (r: number) => o.now - f.last[r + 2]! > idleMs;
  let offHours = 0;
  for (let r = 0; r < first.length; r += FIRST_STRIDE) if (first[r + 2]! & FIRST_OFF_HOURS) offHours++;
  const draftTotal = f.acceptance.reduce((a, b) => a + b, 0);
  const minAgents = o.minAgents ?? MIN_AGENTS;
  const few = (rows: ArrayLike<number>, stride: number, col: number, keep?: (row: number) => boolean) =>
    tooFewAgents(column(rows, stride, col, keep), minAgents);
  const firstFew = few(first, FIRST_STRIDE, 3);
  const drafted = flag(FIRST_DRAFTED, true);
  const undrafted = flag(FIRST_DRAFTED, false);
  return {
    segments: suppress(n, () => ({ n }), min),
    firstReply: durations(column(first, FIRST_STRIDE, 0), firstBusiness, min, firstFew),
    nextReply: durations(
      column(f.next, NEXT_STRIDE, 0),
      column(f.next, NEXT_STRIDE, 1),
      min,
      few(f.next, NEXT_STRIDE, 2),
    ),
    lastReply: durations(
      column(f.last, LAST_STRIDE, 0, closed),
      column(f.last, LAST_STRIDE, 1, closed),
      min,
      few(f.last, LAST_STRIDE, 3, closed),
    ),
    sla: suppressCell(
      evaluated,
      () => ({
        n: evaluated,
        targetBusinessHours: o.slaBusinessHours,
        met,
        missed: evaluated - met,
        percentMet: Math.round((met / evaluated) * 1000) / 10,
        breachedNow: overdue,
        dueToday,
      }),
      min,
      firstFew,
    ),
    // A count, not a distribution: shown whenever the mailbox itself has enough segments.
    unansweredNow: suppress(
      n,
      () => ({ n: openWaits.length, breachedSla: overdue, byAge: histogram(openWaits) }),
      min,
    ),
    repliedOffHours: suppressCell(
      firstCount,
      () => ({ n: firstCount, percent: Math.round((offHours / firstCount) * 1000) / 10 }),
      min,
      firstFew,
    ),
    draftValue: {
      withDraft: durations(
        column(first, FIRST_STRIDE, 0, drafted),
        column(first, FIRST_STRIDE, 1, drafted),
        min,
        few(first, FIRST_STRIDE, 3, drafted),
      ),
      withoutDraft: durations(
        column(first, FIRST_STRIDE, 0, undrafted),
        column(first, FIRST_STRIDE, 1, undrafted),
        min,
        few(first, FIRST_STRIDE, 3, undrafted),
      ),
      acceptance: suppressCell(
        draftTotal,
        () => ({
          n: draftTotal,
          ...(Object.fromEntries(acceptanceBuckets.map((b, i) => [b, f.acceptance[i]!])) as Record<
            AcceptanceBucket,
            number
          >),
        }),
        min,
        few(first, FIRST_STRIDE, 3, flag(FIRST_HAS_DRAFTS, true)),
      ),
    },
  };
}
