import { describe, expect, it } from 'vitest';
import { agentFigures, replyAgents, type SegmentAgents } from '../../src/analytics/agents.models.js';
import { mailboxFigures } from '../../src/analytics/aggregate.models.js';
import { backlog, backlogOfFacts } from '../../src/analytics/backlog.models.js';
import { createCalendar, zoneOffsetFn } from '../../src/analytics/calendar.models.js';
import { coverage } from '../../src/analytics/coverage.models.js';
import { csvCell, csvFilename, csvHeader, figuresRow, toCsv } from '../../src/analytics/csv.models.js';
import { factsOfSegments } from '../../src/analytics/facts.models.js';
import { addArrivals, busiestHour, emptyHeatmap } from '../../src/analytics/heatmap.models.js';
import { parsePeriod } from '../../src/analytics/period.models.js';
import { type Segment, segmentThread, type ThreadMessage } from '../../src/analytics/segments.models.js';
import { trend, trendUnitFor } from '../../src/analytics/trend.models.js';

const H = 3_600_000;
const D = 24 * H;
const vienna = zoneOffsetFn('Europe/Vienna');
const calendar = createCalendar({
  timeZone: 'Europe/Vienna',
  week: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '08:00', end: '17:00' }]]),
  ),
  closedDates: [],
});
const MONDAY_9 = Date.parse('2026-06-08T07:00:00Z'); // 09:00 Vienna (summer time)

let nextId = 1;
const msg = (m: Partial<ThreadMessage> & Pick<ThreadMessage, 'at' | 'direction'>): ThreadMessage => ({
  id: nextId++,
  skipRule: null,
  fromPseudonym: m.direction === 'inbound' ? 'cust' : 'box',
  recipientPseudonyms: m.direction === 'inbound' ? ['box'] : ['cust'],
  draftStoredAt: null,
  draftSimilarity: null,
  ...m,
});

/** One answered segment per thread, replied after `wait` by `agent`. */
function answered(
  threadId: number,
  at: number,
  wait: number,
  agent = 'box',
): { messages: ThreadMessage[]; s: Segment } {
  const messages = [
    msg({ at, direction: 'inbound', fromPseudonym: `c${threadId}` }),
    msg({
      at: at + wait,
      direction: 'outbound',
      fromPseudonym: agent,
      // The shared address names nobody: ingest stores no sender for it.
      senderPseudonym: agent === 'box' ? null : agent,
      recipientPseudonyms: [`c${threadId}`],
    }),
  ];
  return { messages, s: segmentThread(threadId, messages, 7)[0]! };
}

describe('arrivals heatmap', () => {
  it('counts by weekday and hour of the mailbox zone, also across the spring DST change', () => {
    const map = emptyHeatmap();
    // 09:15 Vienna on a winter Monday is 08:15 UTC; on the Sunday of the change (29 March 2026),
    // 09:30 local is 07:30 UTC (already +2): both must land on 09:00 of their local day.
    addArrivals(map, [Date.parse('2026-01-05T08:15:00Z'), Date.parse('2026-03-29T07:30:00Z')], vienna);
    addArrivals(map, [Date.parse('2026-03-28T23:30:00Z')], vienna); // Sunday 00:30 local
    expect(map.cells[0]![9]).toBe(1);
    expect(map.cells[6]![9]).toBe(1);
    expect(map.cells[6]![0]).toBe(1);
    expect(map.total).toBe(3);
    expect(busiestHour(map)).toEqual({ day: 'Mon', hour: 9, count: 1 });
  });
});

/** Figure options of the tests: the Vienna calendar, an 8-hour SLA, segments idle after 7 days. */
const figureOptions = (now: number) => ({ calendar, slaBusinessHours: 8, idleDays: 7, now });

describe('trend', () => {
  it('buckets by local day (empty days included) and suppresses a day with fewer than 10 segments', () => {
    const segs = Array.from({ length: 12 }, (_, i) => answered(i + 1, MONDAY_9 + i * 60_000, H).s);
    segs.push(answered(99, MONDAY_9 + D, 2 * H).s);
    const points = trend(segs, {
      ...figureOptions(MONDAY_9 + 3 * D),
      from: '2026-06-08',
      to: '2026-06-10',
      unit: 'day',
      offsetAt: vienna,
    });
    expect(points.map((p) => [p.start, p.segments])).toEqual([
      ['2026-06-08', 12],
      ['2026-06-09', 1],
      ['2026-06-10', 0],
    ]);
    expect(points[0]!.firstReply.business).toMatchObject({ n: 12, medianSeconds: 3600 });
    expect(points[0]!.sla).toMatchObject({ percentMet: 100 });
    expect(points[1]!.firstReply.business).toEqual({ n: 1, suppressed: 'too few to show' });
  });

  it('uses weeks from Monday for periods longer than 31 days, and days up to 31', () => {
    expect(trendUnitFor('2026-06-01', '2026-07-01')).toBe('day');
    expect(trendUnitFor('2026-06-01', '2026-07-02')).toBe('week');
    const points = trend([answered(1, Date.parse('2026-06-14T20:00:00Z'), H).s], {
      ...figureOptions(MONDAY_9 + 30 * D),
      from: '2026-06-03',
      to: '2026-06-16',
      unit: 'week',
      offsetAt: vienna,
    });
    // Sunday 22:00 Vienna belongs to the week of Monday 8 June, not to the next.
    expect(points.map((p) => [p.start, p.segments])).toEqual([
      ['2026-06-01', 0],
      ['2026-06-08', 1],
      ['2026-06-15', 0],
    ]);
  });
});

describe('waiting mail', () => {
  it('sorts by age and tells breached, due today, later and follow-up apart', () => {
    const wait = (threadId: number, at: number) =>
      segmentThread(threadId, [msg({ at, direction: 'inbound' })], 7)[0]!;
    const now = MONDAY_9 + 2 * D + 2 * H; // Wednesday 11:00
    const followUp = segmentThread(
      4,
      [
        msg({ at: MONDAY_9, direction: 'inbound' }),
        msg({ at: MONDAY_9 + H, direction: 'outbound' }),
        msg({ at: now - H, direction: 'inbound' }),
      ],
      7,
    )[0]!;
    const b = backlog([wait(1, now - H), wait(2, MONDAY_9), wait(3, now - 5 * H), followUp], {
      calendar,
      slaBusinessHours: 8,
      now,
      endOfToday: Date.parse('2026-06-10T22:00:00Z'),
      customerOf: (id) => `pseudo${id}`,
      limit: 3,
    });
    // Thread 2 waited 2 days (18 business hours): breached. Thread 3 arrived Wednesday 06:00, before opening; its
    // 8 business hours end Wednesday 16:00: due today. Thread 1 arrived 10:00: due tomorrow.
    expect(b).toMatchObject({ n: 4, breached: 1, dueToday: 1 });
    expect(b.threads.map((t) => [t.threadId, t.state, t.customer])).toEqual([
      [2, 'breached', 'pseudo2'],
      [3, 'due_today', 'pseudo3'],
      [1, 'later', 'pseudo1'],
    ]);
    expect(b.byAge).toEqual({ '0-1h': 2, '1-4h': 0, '4-8h': 1, '8-24h': 0, '>24h': 1 });
  });
  it('lists the same oldest threads from the facts as from the segments, ties by thread number', () => {
    const now = MONDAY_9 + 9 * D;
    // Sixty threads waiting since one of six instants (many ties), every third after a reply.
    const segments = Array.from({ length: 60 }, (_, i) => {
      const at = MONDAY_9 + ((i * 7) % 6) * 5 * H;
      const thread = [msg({ at, direction: 'inbound' })];
      if (i % 3 === 0)
        thread.push(
          msg({ at: at + H, direction: 'outbound' }),
          msg({ at: at + 2 * H, direction: 'inbound' }),
        );
      return segmentThread(100 - i, thread, 7);
    }).flat();
    for (const limit of [0, 1, 7, 50, 100]) {
      const o = {
        calendar,
        slaBusinessHours: 8,
        now,
        endOfToday: now + 10 * H,
        customerOf: (id: number) => `pseudo${id}`,
        limit,
      };
      const fromFacts = backlogOfFacts(factsOfSegments(segments, calendar), o);
      expect(fromFacts).toEqual(backlog(segments, o));
      expect(fromFacts.threads).toHaveLength(Math.min(limit, 60));
    }
  });
});

describe('draft coverage', () => {
  it('shares drafted customer mail and lists the reasons for the rest; skipped mail is apart', () => {
    const c = coverage([
      { skipRule: null, status: 'stored', failureCode: null, n: 6 },
      { skipRule: null, status: 'failed', failureCode: 'draft.check_failed', n: 2 },
      { skipRule: null, status: null, failureCode: null, n: 1 },
      { skipRule: null, status: 'waiting', failureCode: 'llm.model_missing', n: 1 },
      { skipRule: 'auto_submitted', status: null, failureCode: null, n: 5 },
    ]);
    expect(c).toMatchObject({ inbound: 10, drafted: 6, percent: 60 });
    expect(c.reasons[0]).toEqual({ reason: 'draft failed (draft.check_failed)', n: 2 });
    expect(c.reasons).toHaveLength(3);
    expect(c.skipped).toEqual([{ rule: 'auto_submitted', n: 5 }]);
    expect(coverage([]).percent).toBeNull();
  });
});

describe('per-agent figures', () => {
  it("attributes each first reply to its sender, names console users, and suppresses an agent's few", () => {
    const bySegment = new Map<Segment, SegmentAgents>();
    for (let i = 0; i < 13; i++) {
      const t = answered(i + 1, MONDAY_9 + i * 60_000, (i + 1) * 600_000, i < 11 ? 'p-anna' : 'p-bob');
      for (const [s, a] of replyAgents(t.messages, [t.s])) bySegment.set(s, a);
    }
    const rows = agentFigures(bySegment, {
      ...figureOptions(MONDAY_9 + D),
      userOf: (p) => (p === 'p-anna' ? 'anna@acme.example' : null),
    });
    expect(rows.map((r) => [r.agent, r.isUser, r.firstReply.business.n])).toEqual([
      ['anna@acme.example', true, 11],
      ['pseudonym p-bob', false, 2],
    ]);
    expect(rows[0]!.firstReply.business).toMatchObject({ medianSeconds: 3600 });
    expect(rows[1]!.firstReply.business).toEqual({ n: 2, suppressed: 'too few to show' });
  });
});

describe('period picker', () => {
  const today = '2026-06-10';
  it('turns presets into local dates ending today, and defaults to 30 days', () => {
    expect(parsePeriod({ period: '7' }, today)).toEqual({
      ok: true,
      choice: '7',
      from: '2026-06-04',
      to: today,
    });
    expect(parsePeriod({}, today)).toMatchObject({ ok: true, from: '2026-05-12', to: today });
    expect(parsePeriod({ from: '2026-01-01', to: '2026-01-31' }, today)).toMatchObject({
      ok: true,
      choice: 'custom',
    });
  });

  it('answers bad input with a message per field', () => {
    const errors = (q: Record<string, string>) => {
      const r = parsePeriod(q, today);
      return r.ok ? {} : r.errors;
    };
    expect(errors({ period: '12' })).toEqual({ period: 'Choose a period from the list.' });
    expect(errors({ period: 'custom', from: '2026-02-30', to: '' })).toEqual({
      from: 'The first day is not a date: enter it as YYYY-MM-DD (e.g. 2026-06-10).',
      to: 'Enter the last day as a date YYYY-MM-DD (e.g. 2026-06-10).',
    });
    expect(errors({ period: 'custom', from: '2026-06-09', to: '2026-06-01' }).from).toBe(
      'The first day must not be after the last day.',
    );
    expect(errors({ period: 'custom', from: '2026-06-01', to: '2026-06-11' }).to).toBe(
      'The last day must not be after today (2026-06-10).',
    );
    expect(errors({ period: 'custom', from: '2025-01-01', to: '2026-06-01' }).from).toBe(
      'A period can be at most 366 days long.',
    );
  });
});

describe('CSV', () => {
  it('quotes every cell and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(['+1', '-1', '@a', '\tx', 'Support'].map(csvCell)).toEqual([
      `"'+1"`,
      `"'-1"`,
      `"'@a"`,
      `"'\tx"`,
      '"Support"',
    ]);
    expect(csvFilename('Support "Wien"/../', '2026-06-01', '2026-06-30')).toBe(
      'veildraft-analytics-support-wien-2026-06-01-2026-06-30.csv',
    );
  });

  it('writes suppressed cells as "too few to show", never 0', () => {
    const f = mailboxFigures([answered(1, MONDAY_9, H).s], {
      calendar,
      slaBusinessHours: 8,
      idleDays: 7,
      now: MONDAY_9 + D,
    });
    const row = figuresRow(
      'Quiet',
      { from: '2026-06-01', to: '2026-06-30', timeZone: 'Europe/Vienna' },
      8,
      f,
    );
    expect(row).toHaveLength(csvHeader.length);
    const cells = Object.fromEntries(csvHeader.map((h, i) => [h, row[i]]));
    expect(cells).toMatchObject({
      segments: 'too few to show',
      first_reply_business_n: 1,
      sla_percent_met: 'too few to show',
    });
    expect(toCsv([csvHeader, row]).split('\r\n')).toHaveLength(3);
  });
});
