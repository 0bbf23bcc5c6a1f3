import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsReport } from '../../src/analytics/analytics.usecases.js';
import type { SyncService } from '../../src/sync/sync.service.js';
import { deliverThreads, juneMonth, markDrafted } from '../support/analytics-month.js';
import { seedMailbox } from '../support/analytics-seed.js';
import { TestDovecot } from '../support/dovecot.js';
import { backfillFinished, startSync, tempStore, until } from '../sync/sync-fixtures.js';

const own = ['support@acme.example'];

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
    dovecot = await TestDovecot.start({
      users: [
        { user: 'agent1', password: 'secret1' },
        { user: 'agent2', password: 'secret2' },
      ],
    });
    env = tempStore();
    deliverThreads(dovecot, 'agent1', juneMonth(), own[0]!);
    deliverThreads(dovecot, 'agent2', juneMonth().slice(0, 3), own[0]!);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    env?.cleanup();
    await dovecot?.stop();
  });

  it('gives the known first-reply medians, SLA % and draft-value split', async () => {
    const mailboxId = seedMailbox(env.store, 'Support');
    const salesId = seedMailbox(env.store, 'Sales');
    ({ service } = startSync({
      store: env.store,
      dovecot,
      mailboxes: [
        { id: mailboxId, user: 'agent1', ownAddresses: own },
        { id: salesId, user: 'agent2', ownAddresses: own },
      ],
    }));
    for (const id of [mailboxId, salesId])
      await until(() => backfillFinished(env.store, id, ['inbox', 'sent']), 90_000, 'backfill');
    await service.stop();
    // The sync stored mail in several batches (INBOX, Sent): one analytics refresh per mailbox waits.
    const refreshes = env.store.db.$client
      .prepare(
        `SELECT json_extract(payload, '$.mailboxId') AS mailboxId, count(*) AS n FROM jobs
         WHERE kind = 'analytics.refresh' AND state = 'queued' GROUP BY 1 ORDER BY 1`,
      )
      .all();
    expect(refreshes).toEqual([
      { mailboxId, n: 1 },
      { mailboxId: salesId, n: 1 },
    ]);
    // Veildraft drafted the first ten, each sent almost unchanged.
    expect(markDrafted(env.store, mailboxId, Array(10).fill(0.95))).toBe(21);

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
