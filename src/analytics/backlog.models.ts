import { type bucketLabels, histogram } from './aggregate.models.js';
import type { BusinessCalendar } from './calendar.models.js';
import type { Segment } from './segments.models.js';

/**
 * Mail waiting for a reply now, by thread reference and customer pseudonym (never a subject or an
 * address), with how long it has waited and where it stands against the SLA:
 * - breached: no first reply yet and more business time than the target has passed;
 * - due today: no first reply yet and the target is reached before the end of the local day;
 * - later: no first reply yet, due on a later day;
 * - follow-up: the segment had its first reply and waits for the next one (no SLA target).
 * The set is the report's "unanswered now": each thread's latest segment, when it is waiting.
 */

export type SlaState = 'breached' | 'due_today' | 'later' | 'follow_up';

export interface WaitingThread {
  threadId: number;
  /** The keyed pseudonym of the customer who wrote first, if known. */
  customer: string | null;
  since: number;
  ageBucket: (typeof bucketLabels)[number];
  state: SlaState;
}

export interface Backlog {
  n: number;
  breached: number;
  dueToday: number;
  byAge: Record<(typeof bucketLabels)[number], number>;
  /** The oldest first, at most `limit`. */
  threads: WaitingThread[];
}

const HOUR = 3_600_000;

export function backlog(
  segments: readonly Segment[],
  o: {
    calendar: BusinessCalendar;
    slaBusinessHours: number;
    now: number;
    /** The end of the local day `now` falls in. */
    endOfToday: number;
    customerOf: (threadId: number) => string | null;
    limit: number;
  },
): Backlog {
  const sla = o.slaBusinessHours * HOUR;
  const waiting = segments
    .filter((s) => s.latest && s.waitingSince !== null)
    .sort((a, b) => (a.waitingSince as number) - (b.waitingSince as number));
  const threads = waiting.map((s): WaitingThread => {
    const since = s.waitingSince as number;
    const state: SlaState = s.firstReply
      ? 'follow_up'
      : o.calendar.businessMs(s.startAt, o.now) > sla
        ? 'breached'
        : o.calendar.businessMs(s.startAt, o.endOfToday) > sla
          ? 'due_today'
          : 'later';
    const [ageBucket] = Object.entries(histogram([o.now - since])).find(([, n]) => n > 0)! as [
      (typeof bucketLabels)[number],
      number,
    ];
    return { threadId: s.threadId, customer: o.customerOf(s.threadId), since, ageBucket, state };
  });
  return {
    n: threads.length,
    breached: threads.filter((t) => t.state === 'breached').length,
    dueToday: threads.filter((t) => t.state === 'due_today').length,
    byAge: histogram(waiting.map((s) => o.now - (s.waitingSince as number))),
    threads: threads.slice(0, o.limit),
  };
}
