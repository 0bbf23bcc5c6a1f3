import type { BusinessCalendar } from './calendar.models.js';
import type { Segment, Wait } from './segments.models.js';

/**
 * Figures of one mailbox over one period. Median and P90 with n lead; the mean is secondary (one
 * old thread skews it). Team mode only: no figure names or counts an agent, and any cell built
 * from fewer than `minSegments` segments is suppressed: shown as "too few to show", never as 0.
 */

export const MIN_SEGMENTS = 10;
const HOUR = 3_600_000;

/** Histogram upper bounds in hours; the last bucket is open (> 24 h). */
export const bucketLabels = ['0-1h', '1-4h', '4-8h', '8-24h', '>24h'] as const;
const bucketBounds = [1, 4, 8, 24];

export type Suppressed = { n: number; suppressed: 'too few to show' };
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
  sla: Cell<{ n: number; targetBusinessHours: number; met: number; missed: number; percentMet: number }>;
  /** Segments still waiting for a reply, by how long they have waited (elapsed). */
  unansweredNow: Cell<{ n: number; breachedSla: number; byAge: Distribution['histogram'] }>;
  /** Share of first replies sent outside business hours (kept in the figures, shown apart). */
  repliedOffHours: Cell<{ n: number; percent: number }>;
  draftValue: {
    withDraft: Durations;
    withoutDraft: Durations;
    acceptance: Cell<{ n: number } & Record<(typeof acceptanceBuckets)[number], number>>;
  };
}

/**
 * Drafts by how much of them the sent reply kept (the feedback step's similarity); without a
 * scored reply, deleted from Drafts unused (the draft sweep) or still pending (`not_scored`).
 */
export const acceptanceBuckets = [
  'unchanged',
  'light_edit',
  'rewrite',
  'replied_without_draft',
  'deleted_unsent',
  'not_scored',
] as const;

export function acceptanceBucket(
  similarity: number | null,
  deleted = false,
): (typeof acceptanceBuckets)[number] {
  if (similarity === null) return deleted ? 'deleted_unsent' : 'not_scored';
  if (similarity >= 0.9) return 'unchanged';
  if (similarity >= 0.6) return 'light_edit';
  if (similarity >= 0.2) return 'rewrite';
  return 'replied_without_draft';
}

function suppress<T>(n: number, make: () => T, min: number): Cell<T> {
  return n < min ? { n, suppressed: 'too few to show' } : make();
}

/** The median (mean of the two middle values when n is even) and nearest-rank P90. */
export function distribution(ms: readonly number[]): Distribution {
  const s = [...ms].sort((a, b) => a - b);
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

export function histogram(ms: readonly number[]): Distribution['histogram'] {
  const h = Object.fromEntries(bucketLabels.map((l) => [l, 0])) as Distribution['histogram'];
  for (const v of ms) {
    const i = bucketBounds.findIndex((b) => v <= b * HOUR);
    h[bucketLabels[i === -1 ? bucketLabels.length - 1 : i]!]++;
  }
  return h;
}

function durations(waits: readonly Wait[], cal: BusinessCalendar, min: number): Durations {
  return {
    elapsed: suppress(waits.length, () => distribution(waits.map((w) => w.to - w.from)), min),
    business: suppress(waits.length, () => distribution(waits.map((w) => cal.businessMs(w.from, w.to))), min),
  };
}

export interface FigureOptions {
  calendar: BusinessCalendar;
  slaBusinessHours: number;
  idleDays: number;
  now: number;
  minSegments?: number;
}

/** The figures of the segments that started in the period. */
export function mailboxFigures(segments: readonly Segment[], o: FigureOptions): MailboxFigures {
  const min = o.minSegments ?? MIN_SEGMENTS;
  const cal = o.calendar;
  const slaMs = o.slaBusinessHours * HOUR;
  const first = segments.flatMap((s) => (s.firstReply ? [s.firstReply] : []));
  const waiting = segments.filter((s) => s.waitingSince !== null && !s.firstReply);
  // SLA: a replied segment is met or missed by its business first-reply time; an unanswered one
  // counts as missed once its due time has passed, and is left out while it is not yet due.
  const met = first.filter((w) => cal.businessMs(w.from, w.to) <= slaMs).length;
  const overdue = waiting.filter((s) => cal.businessMs(s.startAt, o.now) > slaMs).length;
  const evaluated = first.length + overdue;
  const closed = segments.filter(
    (s) => s.lastReplyAt !== null && o.now - s.lastActivityAt > o.idleDays * 86_400_000,
  );
  const drafts = segments.flatMap((s) => s.drafts);
  const openWaits = segments
    .filter((s) => s.latest && s.waitingSince !== null)
    .map((s) => o.now - (s.waitingSince as number));
  return {
    segments: suppress(segments.length, () => ({ n: segments.length }), min),
    firstReply: durations(first, cal, min),
    nextReply: durations(
      segments.flatMap((s) => s.nextReplies),
      cal,
      min,
    ),
    lastReply: durations(
      closed.map((s) => ({ from: s.startAt, to: s.lastReplyAt as number })),
      cal,
      min,
    ),
    sla: suppress(
      evaluated,
      () => ({
        n: evaluated,
        targetBusinessHours: o.slaBusinessHours,
        met,
        missed: evaluated - met,
        percentMet: Math.round((met / evaluated) * 1000) / 10,
      }),
      min,
    ),
    // A count, not a distribution: shown whenever the mailbox itself has enough segments.
    unansweredNow: suppress(
      segments.length,
      () => ({ n: openWaits.length, breachedSla: overdue, byAge: histogram(openWaits) }),
      min,
    ),
    repliedOffHours: suppress(
      first.length,
      () => ({
        n: first.length,
        percent: Math.round((first.filter((w) => !cal.isOpen(w.to)).length / first.length) * 1000) / 10,
      }),
      min,
    ),
    draftValue: {
      withDraft: durations(
        first.filter((w) => w.drafted),
        cal,
        min,
      ),
      withoutDraft: durations(
        first.filter((w) => !w.drafted),
        cal,
        min,
      ),
      acceptance: suppress(
        drafts.length,
        () => {
          const counts = Object.fromEntries(acceptanceBuckets.map((b) => [b, 0])) as Record<
            (typeof acceptanceBuckets)[number],
            number
          >;
          for (const d of drafts) counts[acceptanceBucket(d.similarity, d.deleted)]++;
          return { n: drafts.length, ...counts };
        },
        min,
      ),
    },
  };
}
