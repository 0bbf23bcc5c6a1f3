import { describe, expect, it } from 'vitest';
import {
  agentFigures,
  replyAgents,
  type SegmentAgents,
  userByPseudonym,
} from '../../src/analytics/agents.models.js';
import { mailboxFigures } from '../../src/analytics/aggregate.models.js';
import { createCalendar } from '../../src/analytics/calendar.models.js';
import { type Segment, segmentThread, type ThreadMessage } from '../../src/analytics/segments.models.js';

const H = 3_600_000;
const D = 24 * H;
const MONDAY_9 = Date.parse('2026-06-08T07:00:00Z');
const calendar = createCalendar({
  timeZone: 'Europe/Berlin',
  week: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '08:00', end: '17:00' }]]),
  ),
  closedDates: [],
});
const opts = { calendar, slaBusinessHours: 8, idleDays: 7, now: MONDAY_9 + 30 * D };

let nextId = 1;
/** A customer mail answered after `i` half-hours by `sender` (null: sent as the shared address), then a follow-up answered too. */
function thread(i: number, sender: string | null, drafted = false): ThreadMessage[] {
  const at = MONDAY_9 + i * 60_000;
  const c = `c${i}`;
  const base = { skipRule: null, draftSimilarity: null };
  const inbound = (t: number, draftAt: number | null) => ({
    ...base,
    id: nextId++,
    at: t,
    direction: 'inbound' as const,
    fromPseudonym: c,
    recipientPseudonyms: ['box'],
    draftStoredAt: draftAt,
  });
  const reply = (t: number) => ({
    ...base,
    id: nextId++,
    at: t,
    direction: 'outbound' as const,
    fromPseudonym: 'box',
    senderPseudonym: sender,
    recipientPseudonyms: [c],
    draftStoredAt: null,
  });
  return [
    inbound(at, drafted ? at + 60_000 : null),
    reply(at + (i + 1) * 0.5 * H),
    inbound(at + D, null),
    reply(at + D + H),
  ];
}

function figures(senders: (string | null)[], drafted = (_i: number) => false) {
  const segments: Segment[] = [];
  const agents = new Map<Segment, SegmentAgents>();
  senders.forEach((sender, i) => {
    const messages = thread(i, sender, drafted(i));
    const segs = segmentThread(i + 1, messages, 7);
    segments.push(...segs);
    for (const [s, a] of replyAgents(messages, segs)) agents.set(s, a);
  });
  return { segments, agents, figures: mailboxFigures(segments, { ...opts, agents }) };
}

const five = ['a', 'b', 'c', 'd', 'e'];

describe('the five-agents rule of team figures', () => {
  it('shows reply cells whose replies came from five distinct agents', () => {
    const { figures: f } = figures(Array.from({ length: 12 }, (_, i) => five[i % 5]!));
    expect(f.firstReply.business).toMatchObject({ n: 12 });
    expect(f.firstReply.business).not.toHaveProperty('suppressed');
    expect(f.nextReply.elapsed).toMatchObject({ n: 12, medianSeconds: 3600 });
    expect(f.sla).toMatchObject({ n: 12 });
    expect(f.lastReply.elapsed).not.toHaveProperty('suppressed');
  });

  it('suppresses every reply cell of four agents, but not the count of segments or waiting mail', () => {
    const { figures: f } = figures(Array.from({ length: 12 }, (_, i) => five[i % 4]!));
    for (const cell of [
      f.firstReply.elapsed,
      f.firstReply.business,
      f.nextReply.business,
      f.lastReply.business,
      f.sla,
      f.repliedOffHours,
    ])
      expect(cell).toEqual({ n: 12, suppressed: 'too few to show' });
    expect(f.segments).toEqual({ n: 12 });
    expect(f.unansweredNow).toMatchObject({ n: 0 });
  });

  it('counts agents per cell: the drafted replies of two agents are suppressed while the mailbox shows', () => {
    const senders = Array.from({ length: 24 }, (_, i) => (i < 12 ? ['a', 'b'][i % 2]! : five[i % 5]!));
    const { figures: f } = figures(senders, (i) => i < 12);
    expect(f.firstReply.business).toMatchObject({ n: 24 });
    expect(f.draftValue.withDraft.business).toEqual({ n: 12, suppressed: 'too few to show' });
    expect(f.draftValue.acceptance).toEqual({ n: 12, suppressed: 'too few to show' });
    expect(f.draftValue.withoutDraft.business).toMatchObject({ n: 12, medianSeconds: expect.any(Number) });
  });

  it('does not count unknown senders as agents, and leaves a cell of unknown senders only to the segment rule', () => {
    const unknown = figures(Array.from({ length: 12 }, () => null)).figures;
    expect(unknown.firstReply.business).toMatchObject({ n: 12, medianSeconds: expect.any(Number) });
    // Eleven replies as the shared address and one by a known agent: one agent, suppressed.
    const oneKnown = figures(Array.from({ length: 12 }, (_, i) => (i === 0 ? 'a' : null))).figures;
    expect(oneKnown.firstReply.business).toEqual({ n: 12, suppressed: 'too few to show' });
  });

  it('keeps a cell the segment rule suppressed as it was', () => {
    const { figures: f } = figures(five.slice(0, 3));
    expect(f.firstReply.business).toEqual({ n: 3, suppressed: 'too few to show' });
  });
});

describe('agents mapped to console users', () => {
  const pseudonymOf = (a: string) => `p(${a})`;
  it("names a sender by the user's e-mail address, else by a user name that is the address", () => {
    const userOf = userByPseudonym(
      [
        { username: 'rita', emailPseudonym: 'p(rita@acme.example)' },
        { username: 'bob@acme.example', emailPseudonym: null },
        // A user named like Rita's address is not Rita: the address wins.
        { username: 'rita@acme.example', emailPseudonym: null },
      ],
      pseudonymOf,
    );
    expect(userOf('p(rita@acme.example)')).toBe('rita');
    expect(userOf('p(bob@acme.example)')).toBe('bob@acme.example');
    expect(userOf('p(eve@acme.example)')).toBeNull();
  });

  it('groups per-agent figures by the sender of the first reply, unknown senders apart', () => {
    const { agents } = figures([...Array.from({ length: 11 }, () => 'p(rita@acme.example)'), null, null]);
    const rows = agentFigures(agents, {
      ...opts,
      userOf: userByPseudonym([{ username: 'rita', emailPseudonym: 'p(rita@acme.example)' }], pseudonymOf),
    });
    expect(rows.map((r) => [r.agent, r.isUser, r.firstReply.business.n])).toEqual([
      ['rita', true, 11],
      ['sender unknown', false, 2],
    ]);
  });
});
