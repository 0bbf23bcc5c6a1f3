import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsReport } from '../../src/analytics/analytics.usecases.js';
import type { SyncService } from '../../src/sync/sync.service.js';
import { seedMailbox } from '../support/analytics-seed.js';
import { TestDovecot } from '../support/dovecot.js';
import { backfillFinished, mail, startSync, tempStore, until } from '../sync/sync-fixtures.js';

const MIN = 60_000;
const own = ['support@acme.example'];
// The twenty weekdays of June 2026 (the 1st is a Monday), mail arriving at 09:00 Berlin (07:00Z).
const weekdays = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26];
const arrival = (day: number) => Date.UTC(2026, 5, day, 7, 0);

/**
 * A scripted month in a real Dovecot: twenty customer mails in INBOX, each answered in Sent
 * k × 20 minutes later (k = 1 … 20, all inside the default business hours 08:00–17:00, so
 * elapsed and business times are equal), the first ten answered with a Veildraft draft, and
 * one mail nobody answered. After a real sync, the analytics give the known medians, SLA % and
 * draft-value split.
 */
describe('analytics of a month synced from Dovecot', () => {
  let dovecot: TestDovecot;
  let env: ReturnType<typeof tempStore>;
  let service: SyncService;

  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'secret1' }] });
    env = tempStore();
    const inbox = [];
    const sent = [];
    for (const [i, day] of weekdays.entries()) {
      const at = arrival(day);
      const customer = `customer${i}@customer.example`;
      const m = mail({ from: customer, date: new Date(at - MIN), subject: `Contract ${i}` });
      inbox.push({ raw: m.raw, receivedAt: new Date(at) });
      const repliedAt = new Date(at + (i + 1) * 20 * MIN);
      const reply = mail({
        from: own[0],
        to: customer,
        inReplyTo: m.id,
        subject: `Re: Contract ${i}`,
        date: repliedAt,
      });
      sent.push({ raw: reply.raw, receivedAt: repliedAt, flags: ['\\Seen'] });
    }
    const waiting = mail({ from: 'waiting@customer.example', date: new Date(arrival(29)) });
    inbox.push({ raw: waiting.raw, receivedAt: new Date(arrival(29)) });
    dovecot.deliver('agent1', 'INBOX', inbox);
    dovecot.deliver('agent1', 'Sent', sent);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    env?.cleanup();
    await dovecot?.stop();
  });

  it('gives the known first-reply medians, SLA % and draft-value split', async () => {
    const mailboxId = seedMailbox(env.store, 'Support');
    ({ service } = startSync({
      store: env.store,
      dovecot,
      mailboxes: [{ id: mailboxId, user: 'agent1', ownAddresses: own }],
    }));
    await until(() => backfillFinished(env.store, mailboxId, ['inbox', 'sent']), 90_000, 'backfill');
    await service.stop();
    // Veildraft drafted the first ten (the drafting itself is tested elsewhere): a stored draft
    // a minute after each arrival, sent almost unchanged.
    const inbound = env.store.sqlite
      .prepare(`SELECT id, received_at AS at FROM messages WHERE direction = 'inbound' ORDER BY received_at`)
      .all() as { id: number; at: number }[];
    expect(inbound).toHaveLength(21);
    const draft = env.store.sqlite.prepare(
      `INSERT INTO drafts (mailbox_id, draft_key, message_id, status, created_at, appended_at, message_row_id, similarity)
       VALUES (?, ?, ?, 'stored', ?, ?, ?, 0.95)`,
    );
    for (const [i, m] of inbound.slice(0, 10).entries())
      draft.run(mailboxId, `k${i}`, `<vd-${i}@acme.example>`, m.at + MIN, m.at + MIN, m.id);

    const clock = { now: () => Date.UTC(2026, 6, 1, 10, 0) };
    const report = analyticsReport(
      { db: env.store.db, clock },
      { mailbox: 'Support', from: '2026-06-01', to: '2026-06-30' },
    );
    const m = report.mailboxes[0]!;
    expect(m.computedFrom).toBe('rollups');
    expect(m.segments).toEqual({ n: 21 });
    // Waits 20, 40, … 400 min: median (200 + 220) / 2 = 210 min; nearest-rank P90 = the 18th = 360 min.
    for (const kind of ['elapsed', 'business'] as const)
      expect(m.firstReply[kind]).toMatchObject({ n: 20, medianSeconds: 210 * 60, p90Seconds: 360 * 60 });
    // Twenty met within 8 business hours; the unanswered one is past due.
    expect(m.sla).toMatchObject({ n: 21, met: 20, missed: 1, percentMet: 95.2, breachedNow: 1, dueToday: 0 });
    expect(m.unansweredNow).toMatchObject({ n: 1, breachedSla: 1 });
    // With a draft: 20 … 200 min, median 110 min. Without: 220 … 400 min, median 310 min.
    expect(m.draftValue.withDraft.elapsed).toMatchObject({ n: 10, medianSeconds: 110 * 60 });
    expect(m.draftValue.withoutDraft.elapsed).toMatchObject({ n: 10, medianSeconds: 310 * 60 });
    expect(m.draftValue.acceptance).toMatchObject({ n: 10, unchanged: 10 });
  }, 150_000);
});
