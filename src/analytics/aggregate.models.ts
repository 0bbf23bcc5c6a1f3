import { type AcceptanceBucket, acceptanceBuckets } from './acceptance.models.js';
import type { BusinessCalendar } from './calendar.models.js';
import { type Distribution, distributionInPlace, histogram } from './distribution.models.js';
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
import { keptFor } from './facts-memo.models.js';
import type { Segment } from './segments.models.js';

export { acceptanceBucket, acceptanceBuckets } from './acceptance.models.js';
export { bucketLabels, type Distribution, distribution, histogram } from './distribution.models.js';

/**
 * Figures of one mailbox over one period. Median and P90 with n lead; the mean is secondary (one
 * old thread skews it). Team mode only: no figure names or counts an agent, and any cell built
 * from fewer than `minSegments` segments is suppressed: shown as "too few to show", never as 0.
 */

export const MIN_SEGMENTS = 10;
/** Team mode: a reply cell needs replies from at least this many distinct known agents. */
export const MIN_AGENTS = 5;
const HOUR = 3_600_000;

/**
 * A hidden cell, with its n: too few segments or agents, or (a total over several mailboxes)
 * withheld because it would give away a mailbox's hidden cell by subtraction (withheld.models).
 */
export type Suppressed = { n: number; suppressed: 'too few to show' | 'withheld' };
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
    elapsed: suppressCell(elapsed.length, () => distributionInPlace(elapsed), min, fewAgents),
    business: suppressCell(business.length, () => distributionInPlace(business), min, fewAgents),
  };
}

interface Limits {
  min: number;
  minAgents: number;
}

/**
 * Reply rows of a facts column: those `keep` accepts (all when absent), their elapsed time in
 * column 0, business time in column 1, the replying agent in `agentCol`. Their figures are kept
 * for the rollups' decoded columns under `key`, which names what `keep` selects
 * (facts-memo.models.ts).
 */
interface ReplyRows {
  rows: ArrayLike<number>;
  stride: number;
  agentCol: number;
  key: string;
  keep?: (row: number) => boolean;
}

function replyDurations(p: ReplyRows, limits: Limits): Durations {
  return keptFor(p.rows, `${p.key}:${limits.min}:${limits.minAgents}`, () =>
    durations(
      column(p.rows, p.stride, 0, p.keep),
      column(p.rows, p.stride, 1, p.keep),
      limits.min,
      fewAgents(p, limits),
    ),
  );
}

/** Whether too few agents replied in the rows (team mode's agent rule). */
function fewAgents(p: ReplyRows, limits: Limits): boolean {
  return keptFor(p.rows, `few:${p.key}:${limits.minAgents}`, () =>
    tooFewAgents(column(p.rows, p.stride, p.agentCol, p.keep), limits.minAgents),
  );
}

/**
 * Team mode's agent rule: a cell built from replies of fewer than `min` distinct known agents is
 * suppressed. Unknown senders (id 0) are not agents; a cell with no known sender at all cannot
 * be counted and falls under the segment rule alone.
 */
function tooFewAgents(ids: Float64Array, min: number): boolean {
  const known = new Set<number>();
  for (const id of ids) {
    if (id === 0) continue;
    known.add(id);
    // Enough agents already: the rest of a year's column need not be looked at.
    if (known.size >= min) return false;
  }
  return known.size > 0;
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

/**
 * The first-reply and SLA cells alone, as `figuresOfFacts` has them: all the trend's bars show
 * (a year's 53 weeks need not compute the other cards). Also the unanswered segments past due,
 * and whether too few agents replied first (the cards reuse both).
 */
export function firstReplyAndSla(
  f: Pick<AnyFacts, 'first' | 'waiting'>,
  o: FigureOptions,
): Pick<MailboxFigures, 'firstReply' | 'sla'> & { overdue: number; firstFew: boolean } {
  const min = o.minSegments ?? MIN_SEGMENTS;
  const limits = { min, minAgents: o.minAgents ?? MIN_AGENTS };
  const cal = o.calendar;
  const slaMs = o.slaBusinessHours * HOUR;
  const first = f.first;
  const firstCount = first.length / FIRST_STRIDE;
  // SLA: a replied segment is met or missed by its business first-reply time; an unanswered one
  // counts as missed once its due time has passed, and is left out while it is not yet due.
  let met = 0;
  for (let r = 0; r < first.length; r += FIRST_STRIDE) if (first[r + 1]! <= slaMs) met++;
  let overdue = 0;
  let dueToday = 0;
  const w = f.waiting;
  for (let r = 0; r < w.length; r += WAIT_STRIDE) {
    if (w[r + 2]! & WAIT_REPLIED) continue;
    const startAt = w[r]!;
    if (cal.businessMs(startAt, o.now) > slaMs) overdue++;
    else if (o.endOfToday !== undefined) {
      const due = cal.dueAt(startAt, slaMs);
      if (due !== null && due <= o.endOfToday) dueToday++;
    }
  }
  const evaluated = firstCount + overdue;
  const firstRows = { rows: first, stride: FIRST_STRIDE, agentCol: 3, key: 'first' };
  const firstFew = fewAgents(firstRows, limits);
  return {
    firstReply: replyDurations(firstRows, limits),
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
    overdue,
    firstFew,
  };
}

/** The figures of a period's segment facts (computed on the spot or read from the rollups). */
export function figuresOfFacts(f: AnyFacts, o: FigureOptions): MailboxFigures {
  const min = o.minSegments ?? MIN_SEGMENTS;
  const n = f.segments;
  const first = f.first;
  const flag = (mask: number, set: boolean) => (r: number) => ((first[r + 2]! & mask) !== 0) === set;
  const firstCount = first.length / FIRST_STRIDE;
  const { firstReply, sla, overdue, firstFew } = firstReplyAndSla(f, o);
  const openWaits: number[] = [];
  const w = f.waiting;
  for (let r = 0; r < w.length; r += WAIT_STRIDE)
    if (w[r + 2]! & WAIT_LATEST) openWaits.push(o.now - w[r + 1]!);
  const idleMs = o.idleDays * 86_400_000;
  const closed = (r: number) => o.now - f.last[r + 2]! > idleMs;
  // The segments gone idle are those whose last activity is older than a moment: as many of
  // them as at an earlier view are the same ones, and their reply times were kept then.
  let closedCount = 0;
  for (let r = 0; r < f.last.length; r += LAST_STRIDE) if (closed(r)) closedCount++;
  let offHours = 0;
  for (let r = 0; r < first.length; r += FIRST_STRIDE) if (first[r + 2]! & FIRST_OFF_HOURS) offHours++;
  const draftTotal = f.acceptance.reduce((a, b) => a + b, 0);
  const limits = { min, minAgents: o.minAgents ?? MIN_AGENTS };
  const firstRows = (key: string, keep: (row: number) => boolean): ReplyRows => ({
    rows: first,
    stride: FIRST_STRIDE,
    agentCol: 3,
    key,
    keep,
  });
  return {
    segments: suppress(n, () => ({ n }), min),
    firstReply,
    nextReply: replyDurations({ rows: f.next, stride: NEXT_STRIDE, agentCol: 2, key: 'next' }, limits),
    lastReply: replyDurations(
      { rows: f.last, stride: LAST_STRIDE, agentCol: 3, key: `closed:${closedCount}`, keep: closed },
      limits,
    ),
    sla,
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
      withDraft: replyDurations(firstRows('drafted', flag(FIRST_DRAFTED, true)), limits),
      withoutDraft: replyDurations(firstRows('undrafted', flag(FIRST_DRAFTED, false)), limits),
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
        fewAgents(firstRows('hasDrafts', flag(FIRST_HAS_DRAFTS, true)), limits),
      ),
    },
  };
}
