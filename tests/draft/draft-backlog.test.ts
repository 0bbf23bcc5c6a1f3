import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftAgain } from '../../src/draft/draft-again.usecases.js';
import { drafts } from '../../src/draft/drafts.table.js';
import { messages } from '../../src/ingest/message.table.js';
import { jobs } from '../../src/jobs/jobs.table.js';
import { conversations } from '../../src/knowledge/conversations.table.js';
import { setMailboxDrafting } from '../../src/mailboxes/mailbox-console.usecases.js';
import type { MailboxDeps } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { type Appliance, startAppliance } from '../../src/start.js';
import { applianceWithDovecot } from '../support/appliance-with-dovecot.js';
import type { TestDovecot } from '../support/dovecot.js';
import { draftsInFolder } from '../support/drafts-folder.js';
import { captureLogs } from '../support/logs.js';
import type { tempAppliance } from '../support/temp-appliance.js';
import { backfillFinished, mail, until } from '../sync/sync-fixtures.js';

/**
 * Drafting what is waiting, with the real store, job runner, tiny GGUF model and Dovecot: the
 * first sync drafts only recent unanswered mail, switching drafting on drafts what failed while
 * it was off (no restart), and "Draft again" redrafts a failed draft but never adds a second one.
 */
const HOUR = 3_600_000;
const question = (subject: string, extra: { id?: string } = {}) =>
  mail({
    subject,
    from: 'Peter Hale <peter.hale@customer.example>',
    body: 'Hello,\n\nmy invoice still shows my old address. Can you update it?\n\nBest regards,\nPeter Hale',
    ...extra,
  });

describe('drafting the mail that waits', () => {
  let dovecot: TestDovecot;
  let temp: ReturnType<typeof tempAppliance>;
  let app: Appliance;
  let mailboxId: number;
  const recent = question('Recent question');
  const old = question('Old question');
  const answered = question('Answered question');
  const logs = captureLogs('info');

  beforeAll(async () => {
    ({ dovecot, temp } = await applianceWithDovecot({ VEILDRAFT_DRAFT_BACKLOG_HOURS: '24' }));
    mailboxId = temp.addMailbox(dovecot, 'agent1');
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
    dovecot.deliver('agent1', 'INBOX', [
      { raw: old.raw, receivedAt: at(72) },
      { raw: recent.raw, receivedAt: at(2) },
      { raw: answered.raw, receivedAt: at(1.5) },
    ]);
    // Answered within the window: Sent is read first, so it is learned from, not drafted.
    const reply = mail({
      from: 'Maria Schmidt <support@acme.example>',
      to: 'peter.hale@customer.example',
      subject: 'Re: Answered question',
      body: 'Dear Peter Hale,\n\nwe have updated the address on your account.\n\nKind regards,\nMaria Schmidt',
      inReplyTo: answered.id,
    });
    dovecot.deliver('agent1', 'Sent', [{ raw: reply.raw, flags: ['\\Seen'], receivedAt: at(1) }]);
    app = await startAppliance({ config: temp.config(), logger: logs.logger, clock: systemClock });
  }, 180_000);

  afterAll(async () => {
    await app?.stop().catch(() => {});
    temp?.cleanup();
    await dovecot?.stop();
  });

  const rows = () => app.store.db.select().from(drafts).orderBy(drafts.id).all();
  const draftJobs = () => app.store.db.select().from(jobs).where(eq(jobs.kind, 'draft')).all();
  const deps = (): MailboxDeps => ({
    db: app.store.db,
    keys: app.keys,
    clock: systemClock,
    allowPlaintextLoopback: false,
    draftBacklogHours: 24,
  });
  const drafting = (draftingEnabled: boolean, from = 'support@acme.example') =>
    setMailboxDrafting(deps(), mailboxId, { draftingEnabled, signature: '', from }, { kind: 'cli' });
  const again = (draftId: number, mailboxIds: number[] | null = null) =>
    draftAgain(
      { db: app.store.db, keys: app.keys, clock: systemClock },
      { draftId, mailboxIds, actor: { kind: 'cli' } },
    );
  const inReplyTo = async () =>
    Promise.all(
      (await draftsInFolder(dovecot, 'agent1')).map(async (d) => (await simpleParser(d.source)).inReplyTo),
    );
  const settled = (n: number) => () => rows().length === n && rows().every((r) => r.status !== 'pending');

  it('at the first sync drafts the unanswered mail of the last 24 hours only; older and answered mail is history', async () => {
    await until(() => backfillFinished(app.store, mailboxId, ['inbox', 'sent']), 60_000, 'backfill');
    await until(settled(1), 180_000, 'the recent mail drafted').catch((e) => {
      throw new Error(`${e.message}\n${JSON.stringify(rows().map((r) => [r.status, r.failureCode]))}`);
    });
    expect(rows().map((r) => [r.status, r.failureCode])).toEqual([['stored', null]]);
    expect(draftJobs()).toHaveLength(1);
    expect(await inReplyTo()).toEqual([`<${recent.id}>`]);
    await until(
      () => app.store.db.select().from(conversations).all().length === 1,
      60_000,
      'the answered pair learned',
    );
    // The old mail is stored as history (with its real arrival), with no draft job.
    const inbox = app.store.db.select().from(messages).where(eq(messages.folderRole, 'inbox')).all();
    expect(inbox).toHaveLength(3);
    const oldest = Math.min(...inbox.map((m) => m.receivedAt));
    expect(Date.now() - oldest).toBeGreaterThan(71 * HOUR);
    expect(draftJobs().map((j) => JSON.parse(j.payload).messageRowId)).not.toContain(
      inbox.find((m) => m.receivedAt === oldest)!.id,
    );
  }, 300_000);

  it('drafts mail that failed while drafting was off as soon as drafting is switched on, without a restart', async () => {
    drafting(false);
    const offMail = question('While drafting was off');
    dovecot.deliver('agent1', 'INBOX', [{ raw: offMail.raw }]);
    await until(
      () => rows().some((r) => r.failureCode === 'draft.mailbox_off'),
      60_000,
      'the mail failed with drafting off',
    );
    expect(await draftsInFolder(dovecot, 'agent1')).toHaveLength(1);

    drafting(true);
    await until(() => rows().every((r) => r.status === 'stored'), 180_000, 'the waiting mail drafted');
    expect(rows()).toHaveLength(2);
    expect((await inReplyTo()).sort()).toEqual([`<${recent.id}>`, `<${offMail.id}>`].sort());
    const audit = app.store.sqlite
      .prepare(
        "SELECT metadata FROM audit_log WHERE action = 'mailbox.drafting_set' ORDER BY id DESC LIMIT 1",
      )
      .get() as { metadata: string };
    expect(JSON.parse(audit.metadata)).toMatchObject({ draftingEnabled: true, draftsQueued: 1 });
  }, 300_000);

  it('drafts a failed draft again, and refuses to draft a stored one again (no second draft)', async () => {
    // Without a From address the draft cannot be stored: it fails with draft.no_from.
    drafting(true, '');
    const noFrom = question('Without a From address');
    dovecot.deliver('agent1', 'INBOX', [{ raw: noFrom.raw }]);
    await until(() => rows().some((r) => r.status === 'failed'), 180_000, 'the draft failed');
    const failed = rows().find((r) => r.status === 'failed')!;
    expect(failed.failureCode).toBe('draft.no_from');
    drafting(true);

    again(failed.id);
    await until(() => rows().every((r) => r.status === 'stored'), 180_000, 'the failed draft drafted again');
    expect(await draftsInFolder(dovecot, 'agent1')).toHaveLength(3);

    for (const stored of rows())
      expect(() => again(stored.id)).toThrow(expect.objectContaining({ code: 'draft.already_stored' }));
    // Another mailbox's user does not find it at all.
    expect(() => again(failed.id, [])).toThrow(expect.objectContaining({ code: 'draft.not_found' }));
    await new Promise((r) => setTimeout(r, 3_000));
    expect(draftJobs().every((j) => j.state === 'done')).toBe(true);
    expect(await draftsInFolder(dovecot, 'agent1')).toHaveLength(3);
  }, 300_000);
});
