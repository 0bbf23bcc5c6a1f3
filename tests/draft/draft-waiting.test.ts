import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardView } from '../../src/dashboard/dashboard.usecases.js';
import { drafts } from '../../src/draft/drafts.table.js';
import { draftRecordsView } from '../../src/draft/drafts-console.usecases.js';
import { messages } from '../../src/ingest/message.table.js';
import { jobs } from '../../src/jobs/jobs.table.js';
import { systemClock } from '../../src/shared/clock.js';
import { type Appliance, startAppliance } from '../../src/start.js';
import { applianceWithDovecot } from '../support/appliance-with-dovecot.js';
import type { TestDovecot } from '../support/dovecot.js';
import { draftsInFolder } from '../support/drafts-folder.js';
import { captureLogs } from '../support/logs.js';
import type { tempAppliance } from '../support/temp-appliance.js';
import { backfillFinished, mail, until } from '../sync/sync-fixtures.js';

/**
 * Drafting off (no language model): new mail waits for a model instead of failing, with the
 * real store, job runner and Dovecot; a later start with a model drafts the recent ones, once.
 */
describe('mail that arrives while no language model is installed', () => {
  let dovecot: TestDovecot;
  let temp: ReturnType<typeof tempAppliance>;
  let app: Appliance | undefined;
  let mailboxId: number;
  const logs = captureLogs('debug');

  beforeAll(async () => {
    ({ dovecot, temp } = await applianceWithDovecot({ VEILDRAFT_DRAFT_BACKLOG_HOURS: '24' }));
    mailboxId = temp.addMailbox(dovecot, 'agent1');
  }, 120_000);

  afterAll(async () => {
    await app?.stop().catch(() => {});
    temp?.cleanup();
    await dovecot?.stop();
  });

  const rows = () => app!.store.db.select().from(drafts).all();
  const draftJobs = () => app!.store.db.select().from(jobs).where(eq(jobs.kind, 'draft')).all();

  it('waits for a model: no dead job, no error in the log, shown as waiting on the Drafts page and the dashboard', async () => {
    const config = { ...temp.config(), llmModel: 'not-installed.gguf' };
    app = await startAppliance({ config, logger: logs.logger, clock: systemClock });
    await until(() => backfillFinished(app!.store, mailboxId, ['inbox', 'sent']), 30_000, 'backfill');
    for (const subject of ['Old question', 'New question'])
      dovecot.deliver('agent1', 'INBOX', [
        {
          raw: mail({
            subject,
            from: 'Peter Hale <peter.hale@customer.example>',
            body: [
              'Hello,',
              '',
              'my invoice still shows my old address. Can you update it?',
              '',
              'Best regards,',
              'Peter Hale',
            ].join('\n'),
          }).raw,
        },
      ]);
    await until(
      () => rows().length === 2 && rows().every((r) => r.status === 'waiting'),
      60_000,
      'two messages waiting for a model',
    );
    await until(() => draftJobs().every((j) => j.state === 'done'), 10_000, 'the draft jobs to finish');

    expect(rows().map((r) => r.failureCode)).toEqual(['llm.model_missing', 'llm.model_missing']);
    expect(draftJobs().map((j) => [j.state, j.lastErrorCode])).toEqual([
      ['done', null],
      ['done', null],
    ]);
    const events = logs.lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(events.filter((e) => e.level >= 50)).toEqual([]);
    expect(events.some((e) => e.msg === 'job dead')).toBe(false);

    const page = draftRecordsView({ db: app.store.db }, mailboxId, 1);
    expect(page.waiting).toBe(2);
    expect(page.rows.map((r) => [r.state, r.failure, r.checks])).toEqual([
      ['waiting', 'The model file is missing.', []],
      ['waiting', 'The model file is missing.', []],
    ]);
    const dash = await dashboardView(
      { db: app.store.db, clock: systemClock },
      { models: async () => [], chain: null },
    );
    expect(dash.work).toMatchObject({ draftsToday: 0, waitingForModel: 2 });
    expect(await draftsInFolder(dovecot, 'agent1')).toHaveLength(0);
    await app.stop();
    app = undefined;
  }, 180_000);

  it('drafts the recent waiting mail once a model is there, exactly once across restarts; older waiting mail is closed', async () => {
    // The first message arrived before the backlog window (24 hours here).
    const { store } = temp.open();
    const [older] = store.db.select().from(drafts).orderBy(drafts.id).all();
    store.db
      .update(messages)
      .set({ receivedAt: Date.now() - 25 * 3_600_000 })
      .where(eq(messages.id, older!.messageRowId!))
      .run();
    store.close();

    app = await startAppliance({ config: temp.config(), logger: logs.logger, clock: systemClock });
    await until(
      () => rows().every((r) => r.status === 'stored' || r.status === 'failed'),
      180_000,
      'the waiting mail handled',
    ).catch((e) => {
      throw new Error(`${e.message}\n${JSON.stringify(rows().map((r) => [r.status, r.failureCode]))}`);
    });
    const byId = () =>
      rows()
        .sort((a, b) => a.id - b.id)
        .map((r) => [r.status, r.failureCode]);
    expect(byId(), JSON.stringify(rows().map((r) => r.checks))).toEqual([
      ['failed', 'draft.waited_too_long'],
      ['stored', null],
    ]);
    expect(draftJobs().map((j) => j.state)).toEqual(['done', 'done']);
    expect(await draftsInFolder(dovecot, 'agent1')).toHaveLength(1);
    await app.stop();

    // Another start finds nothing waiting and writes no second draft.
    app = await startAppliance({ config: temp.config(), logger: logs.logger, clock: systemClock });
    await until(
      () => backfillFinished(app!.store, mailboxId, ['inbox', 'sent']),
      30_000,
      'sync after restart',
    );
    await new Promise((r) => setTimeout(r, 3_000));
    expect(byId()).toEqual([
      ['failed', 'draft.waited_too_long'],
      ['stored', null],
    ]);
    expect(await draftsInFolder(dovecot, 'agent1')).toHaveLength(1);
  }, 300_000);
});
