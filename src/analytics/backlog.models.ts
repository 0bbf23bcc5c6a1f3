import { type bucketLabels, histogram } from './aggregate.models.js';
import type { BusinessCalendar } from './calendar.models.js';
import { type AnyFacts, WAIT_LATEST, WAIT_REPLIED, WAIT_STRIDE } from './facts.models.js';
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

/** A thread's latest segment while it waits: what the list needs of it. */
export interface Waiting {
  threadId: number;
  startAt: number;
  since: number;
  /** The segment had its first reply (a follow-up waits). */
  replied: boolean;
}

export interface BacklogOptions {
  calendar: BusinessCalendar;
  slaBusinessHours: number;
  now: number;
  /** The end of the local day `now` falls in. */
  endOfToday: number;
  /** Asked only for the threads listed. */
  customerOf: (threadId: number) => string | null;
  limit: number;
}

export function backlog(segments: readonly Segment[], o: BacklogOptions): Backlog {
  return backlogOf(
    segments
      .filter((s) => s.latest && s.waitingSince !== null)
      .map((s) => ({
        threadId: s.threadId,
        startAt: s.startAt,
        since: s.waitingSince as number,
        replied: s.firstReply !== null,
      })),
    o,
  );
}

/**
 * The backlog of segment facts (the rollups' waiting column), as `backlogOf` gives it for the
 * same threads, without an object per waiting thread or a sort of them all: a year of a busy
 * mailbox has some 100,000 threads waiting for a follow-up, and the list shows the oldest 50.
 */
export function backlogOfFacts(f: Pick<AnyFacts, 'waiting'>, o: BacklogOptions): Backlog {
  const w = f.waiting;
  const ages: number[] = [];
  let breached = 0;
  let dueToday = 0;
  // The oldest `limit` rows so far, oldest first (by instant, then thread number, as `backlogOf`).
  const oldest: number[] = [];
  const before = (a: number, b: number) => w[a + 1]! - w[b + 1]! || w[a + 3]! - w[b + 3]!;
  for (let r = 0; r < w.length; r += WAIT_STRIDE) {
    if (!(w[r + 2]! & WAIT_LATEST)) continue;
    ages.push(o.now - w[r + 1]!);
    // Only threads without a first reply are held against the SLA (follow-ups have no target).
    if (!(w[r + 2]! & WAIT_REPLIED)) {
      const state = stateOf(waitingAt(w, r), o);
      if (state === 'breached') breached++;
      else if (state === 'due_today') dueToday++;
    }
    if (o.limit === 0 || (oldest.length === o.limit && before(r, oldest.at(-1)!) >= 0)) continue;
    let at = oldest.length;
    while (at > 0 && before(r, oldest[at - 1]!) < 0) at--;
    oldest.splice(at, 0, r);
    if (oldest.length > o.limit) oldest.pop();
  }
  return {
    n: ages.length,
    breached,
    dueToday,
    byAge: histogram(ages),
    threads: oldest.map((r) => listed(waitingAt(w, r), o)),
  };
}

/** The backlog of the waiting segments given (computed from the messages). */
export function backlogOf(waiting: Waiting[], o: BacklogOptions): Backlog {
  // The oldest first; the thread number orders waits of the same instant the same way every time.
  waiting.sort((a, b) => a.since - b.since || a.threadId - b.threadId);
  const states = waiting.map((s) => stateOf(s, o));
  return {
    n: waiting.length,
    breached: states.filter((s) => s === 'breached').length,
    dueToday: states.filter((s) => s === 'due_today').length,
    byAge: histogram(waiting.map((s) => o.now - s.since)),
    threads: waiting.slice(0, o.limit).map((s, i) => listed(s, o, states[i])),
  };
}

function waitingAt(w: ArrayLike<number>, r: number): Waiting {
  return { threadId: w[r + 3]!, startAt: w[r]!, since: w[r + 1]!, replied: (w[r + 2]! & WAIT_REPLIED) !== 0 };
}

/** Where a waiting segment stands: follow-ups have no SLA target, others are due or past it. */
function stateOf(s: Waiting, o: BacklogOptions): SlaState {
  const sla = o.slaBusinessHours * HOUR;
  return s.replied
    ? 'follow_up'
    : o.calendar.businessMs(s.startAt, o.now) > sla
      ? 'breached'
      : o.calendar.businessMs(s.startAt, o.endOfToday) > sla
        ? 'due_today'
        : 'later';
}

/** A listed thread, with its customer looked up (only the listed threads are). */
function listed(s: Waiting, o: BacklogOptions, state = stateOf(s, o)): WaitingThread {
  const [ageBucket] = Object.entries(histogram([o.now - s.since])).find(([, n]) => n > 0)! as [
    (typeof bucketLabels)[number],
    number,
  ];
  return { threadId: s.threadId, customer: o.customerOf(s.threadId), since: s.since, ageBucket, state };
}
