import { describe, expect, it } from 'vitest';
import { distribution, histogram, mailboxFigures } from '../../src/analytics/aggregate.models.js';
import { createCalendar } from '../../src/analytics/calendar.models.js';
import { type Segment, segmentThread, type ThreadMessage } from '../../src/analytics/segments.models.js';

const H = 3_600_000;
const D = 24 * H;
const T0 = Date.parse('2026-06-08T07:00:00Z'); // Monday 09:00 Berlin

let nextId = 1;
function inbound(at: number, extra: Partial<ThreadMessage> = {}): ThreadMessage {
  return {
    id: nextId++,
    at,
    direction: 'inbound',
    skipRule: null,
    fromPseudonym: 'cust',
    recipientPseudonyms: ['box'],
    draftStoredAt: null,
    draftSimilarity: null,
    ...extra,
  };
}
function sent(at: number, to: string[] = ['cust']): ThreadMessage {
  return {
    id: nextId++,
    at,
    direction: 'outbound',
    skipRule: null,
    fromPseudonym: 'box',
    recipientPseudonyms: to,
    draftStoredAt: null,
    draftSimilarity: null,
  };
}

describe('thread segments', () => {
  it('consecutive inbounds are one wait, timed from the first', () => {
    const [s] = segmentThread(1, [inbound(T0), inbound(T0 + 2 * H), sent(T0 + 3 * H)], 7);
    expect(s!.firstReply).toMatchObject({ from: T0, to: T0 + 3 * H });
    expect(s!.waitingSince).toBeNull();
  });

  it('a later customer message opens a next-reply wait in the same segment', () => {
    const [s, ...rest] = segmentThread(
      1,
      [inbound(T0), sent(T0 + H), inbound(T0 + 2 * D), inbound(T0 + 2 * D + H), sent(T0 + 2 * D + 5 * H)],
      7,
    );
    expect(rest).toHaveLength(0);
    expect(s!.nextReplies).toEqual([{ from: T0 + 2 * D, to: T0 + 2 * D + 5 * H }]);
    expect(s!.lastReplyAt).toBe(T0 + 2 * D + 5 * H);
  });

  it('a thread reopened after more idle days than the limit starts a new segment', () => {
    const segs = segmentThread(
      1,
      [inbound(T0), sent(T0 + H), inbound(T0 + 10 * D), sent(T0 + 10 * D + 2 * H)],
      7,
    );
    expect(segs.map((s) => [s.startAt, s.firstReply?.to])).toEqual([
      [T0, T0 + H],
      [T0 + 10 * D, T0 + 10 * D + 2 * H],
    ]);
    expect(segmentThread(1, [inbound(T0), sent(T0 + H), inbound(T0 + 10 * D)], 14)).toHaveLength(1);
  });

  it('an auto-reply from the customer side neither opens a segment nor stops a clock', () => {
    const auto = inbound(T0 - H, { skipRule: 'auto_submitted', fromPseudonym: 'robot' });
    const segs = segmentThread(
      1,
      [auto, inbound(T0), inbound(T0 + H, { skipRule: 'auto_submitted' }), sent(T0 + 4 * H)],
      7,
    );
    expect(segs).toHaveLength(1);
    expect(segs[0]!.firstReply).toMatchObject({ from: T0, to: T0 + 4 * H });
  });

  it('an internal-only reply does not count; the later reply to the customer does', () => {
    const segs = segmentThread(
      1,
      [inbound(T0), sent(T0 + H, ['colleague']), sent(T0 + 6 * H, ['colleague', 'cust'])],
      7,
    );
    expect(segs[0]!.firstReply!.to).toBe(T0 + 6 * H);
  });

  it('mail forwarded in by a colleague (own domain) is not customer mail; a forward out to a third party is not a reply', () => {
    const fwdIn = inbound(T0, { skipRule: 'own_domain', fromPseudonym: 'colleague' });
    expect(segmentThread(1, [fwdIn, sent(T0 + H, ['colleague'])], 7)).toEqual([]);
    const segs = segmentThread(1, [inbound(T0), sent(T0 + H, ['supplier'])], 7);
    expect(segs[0]!.firstReply).toBeNull();
    expect(segs[0]!.waitingSince).toBe(T0);
  });

  it('a first reply counts as drafted only when the draft was stored before the reply', () => {
    const drafted = segmentThread(
      1,
      [inbound(T0, { draftStoredAt: T0 + 60_000, draftSimilarity: 0.95 }), sent(T0 + H)],
      7,
    );
    expect(drafted[0]!.firstReply!.drafted).toBe(true);
    expect(drafted[0]!.drafts).toEqual([{ similarity: 0.95 }]);
    const late = segmentThread(1, [inbound(T0, { draftStoredAt: T0 + 2 * H }), sent(T0 + H)], 7);
    expect(late[0]!.firstReply!.drafted).toBe(false);
  });
});

describe('aggregates', () => {
  it('median, nearest-rank P90 and mean with n', () => {
    const d = distribution([1, 2, 3, 4, 5, 6, 7, 8, 9, 100].map((h) => h * H));
    expect(d).toMatchObject({
      n: 10,
      medianSeconds: 5.5 * 3600,
      p90Seconds: 9 * 3600,
      meanSeconds: 14.5 * 3600,
    });
  });

  it('median and P90 found by selection are those of the sorted values, with many equal values and in any order', () => {
    // A small pseudo-random generator: the same cases every run.
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (const n of [1, 2, 3, 9, 10, 11, 100, 1001, 5000]) {
      for (const spread of [1, 5, 1000, 2 ** 30]) {
        const values = Array.from({ length: n }, () => (next() % spread) * 1000);
        const sorted = [...values].sort((a, b) => a - b);
        const mid = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
        const d = distribution(values);
        expect(d.medianSeconds).toBe(Math.round(mid / 1000));
        expect(d.p90Seconds).toBe(Math.round(sorted[Math.max(0, Math.ceil(0.9 * n) - 1)]! / 1000));
        expect(d.meanSeconds).toBe(Math.round(values.reduce((a, b) => a + b, 0) / n / 1000));
        expect(distribution(sorted)).toEqual(d);
        expect(distribution([...sorted].reverse())).toEqual(d);
      }
    }
  });

  it('histogram buckets are 0–1 h, 1–4 h, 4–8 h, 8–24 h and over 24 h', () => {
    expect(histogram([0.5, 1, 1.5, 4, 5, 8, 9, 24, 25].map((h) => h * H))).toEqual({
      '0-1h': 2,
      '1-4h': 2,
      '4-8h': 2,
      '8-24h': 2,
      '>24h': 1,
    });
  });

  const cal = createCalendar({
    timeZone: 'Europe/Berlin',
    week: { mon: [{ start: '09:00', end: '17:00' }], tue: [{ start: '09:00', end: '17:00' }] },
    closedDates: [],
  });
  const seg = (startAt: number, reply: number | null, drafted = false): Segment => ({
    threadId: 1,
    startAt,
    firstReply: reply === null ? null : { from: startAt, to: reply, drafted },
    nextReplies: [],
    lastReplyAt: reply,
    waitingSince: reply === null ? startAt : null,
    lastActivityAt: reply ?? startAt,
    latest: true,
    drafts: drafted ? [{ similarity: 0.7 }] : [],
  });

  it('a cell with fewer than ten segments says "too few to show", never 0', () => {
    const f = mailboxFigures([seg(T0, T0 + H)], {
      calendar: cal,
      slaBusinessHours: 8,
      idleDays: 7,
      now: T0 + 2 * D,
    });
    expect(f.segments).toEqual({ n: 1, suppressed: 'too few to show' });
    expect(f.firstReply.business).toEqual({ n: 1, suppressed: 'too few to show' });
    expect(f.sla).toEqual({ n: 1, suppressed: 'too few to show' });
  });

  it('SLA % counts late replies and overdue unanswered segments as missed, not-yet-due ones not at all', () => {
    const segments = [
      ...Array.from({ length: 8 }, () => seg(T0, T0 + H, true)), // 1 business hour: met
      seg(T0, T0 + 10 * H), // Monday 09:00 to 19:00: 8 business hours: met (boundary)
      seg(T0, T0 + 26 * H), // to Tuesday 11:00: 10 business hours: missed
      seg(T0, null), // unanswered since Monday 09:00: overdue by Tuesday 12:00
      seg(T0 + 27 * H, null), // unanswered since Tuesday 12:00: not yet due
    ];
    const f = mailboxFigures(segments, { calendar: cal, slaBusinessHours: 8, idleDays: 7, now: T0 + 27 * H });
    expect(f.sla).toMatchObject({ n: 11, met: 9, missed: 2, percentMet: 81.8 });
    expect(f.unansweredNow).toMatchObject({ n: 2, breachedSla: 1 });
    expect(f.segments).toEqual({ n: 12 });
    expect(f.firstReply.business).toMatchObject({ n: 10, medianSeconds: 3600 });
    expect(f.draftValue.withDraft.business).toEqual({ n: 8, suppressed: 'too few to show' });
    expect(f.draftValue.acceptance).toEqual({ n: 8, suppressed: 'too few to show' });
  });
});
