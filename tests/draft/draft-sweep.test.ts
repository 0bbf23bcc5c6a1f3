import { asc, eq } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftAppender } from '../../src/draft/draft-append.js';
import { createDraftSweep } from '../../src/draft/draft-sweep.usecases.js';
import { findDraftByKey, recordDraftOutcome } from '../../src/draft/drafts.repository.js';
import { drafts } from '../../src/draft/drafts.table.js';
import { draftState } from '../../src/draft/drafts-console.usecases.js';
import { messages } from '../../src/ingest/message.table.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import type { SyncService } from '../../src/sync/sync.service.js';
import { TestDovecot } from '../support/dovecot.js';
import { backfillFinished, mail, startSync, tempStore, until } from '../sync/sync-fixtures.js';

const own = ['support@acme.example'];
const mailbox = {
  id: 1,
  username: 'agent1',
  fromAddress: 'support@acme.example',
  fromName: 'Support',
  draftsFolder: 'Drafts',
  signature: null,
};

/**
 * Against a real Dovecot: drafts Veildraft stored, then what an agent's mail client does with them
 * (delete one, send one, re-save an edited one), then a sync round with the sweep.
 */
describe('deleted-draft sweep', () => {
  let dovecot: TestDovecot;
  let env: ReturnType<typeof tempStore>;
  let service: SyncService | undefined;

  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'pw-1' }] });
    env = tempStore();
  }, 60_000);
  afterAll(async () => {
    await service?.stop();
    env?.cleanup();
    await dovecot?.stop();
  });

  async function agentClient(): Promise<ImapFlow> {
    const client = new ImapFlow({ ...dovecot.target('agent1', 'tls'), logger: false });
    client.on('error', () => {});
    await client.connect();
    return client;
  }

  /** One sync round as the appliance runs it (the sweep around Sent, then INBOX), then a stop. */
  async function syncRound() {
    const states = new Map<number, string>();
    const sweep = createDraftSweep({
      db: env.store.db,
      now: () => Date.now(),
      logger: createLogger('silent'),
    });
    service = startSync({
      store: env.store,
      dovecot,
      mailboxes: [{ id: 1, user: 'agent1', ownAddresses: own }],
      draftSweep: sweep,
      states,
    }).service;
    // The state turns active once a whole round (Sent with the sweep, then INBOX) is done.
    await until(() => states.get(1) === 'active', 60_000, 'a sync round');
    await service.stop();
    service = undefined;
    expect(backfillFinished(env.store, 1, ['inbox', 'sent'])).toBe(true);
  }

  it('marks a draft deleted unused; one still in Drafts, one re-saved and one sent stay pending', async () => {
    const questions = ['deleted', 'kept', 'resaved', 'sent'].map((name) =>
      mail({
        from: `${name}@customer.example`,
        subject: `Question (${name})`,
        date: new Date(Date.now() - 3_600_000),
      }),
    );
    dovecot.deliver(
      'agent1',
      'INBOX',
      questions.map((q) => ({ raw: q.raw, receivedAt: new Date(Date.now() - 3_600_000) })),
    );
    await syncRound();
    const inbound = env.store.db
      .select()
      .from(messages)
      .where(eq(messages.direction, 'inbound'))
      .orderBy(asc(messages.uid))
      .all();
    expect(inbound).toHaveLength(4);

    // Veildraft stores one draft per question, as the drafting job does.
    const appendDraft = createDraftAppender();
    const client = await agentClient();
    const keys = ['deleted', 'kept', 'resaved', 'sent'].map((n) => `m1-draft-${n}`);
    try {
      for (const [i, key] of keys.entries()) {
        await appendDraft({
          db: env.store.db,
          clock: systemClock,
          client,
          mailbox,
          draftKey: key,
          original: {
            messageId: `<${questions[i]!.id}>`,
            references: [],
            subject: `Question`,
            from: [{ address: `c${i}@customer.example` }],
            to: [{ address: 'support@acme.example' }],
            replyTo: [],
            cc: [],
            date: new Date(),
            text: 'Hello',
          },
          content: { text: 'Dear customer, thank you.' },
          policy: { replyAll: 'sender', quoteStyle: 'top' },
        });
        recordDraftOutcome(env.store.db, key, { messageRowId: inbound[i]!.id, status: 'stored' });
      }
      const uid = (key: string) => findDraftByKey(env.store.db, key)!.uid!;
      // The agent's client: deletes one draft; re-saves an edited one (a new message with the same
      // headers, the old one removed); sends one (the reply saved to Sent, the draft removed).
      const lock = await client.getMailboxLock('Drafts');
      try {
        const old = await client.fetchOne(String(uid('m1-draft-resaved')), { source: true }, { uid: true });
        await client.append(
          'Drafts',
          Buffer.from(
            (old as { source: Buffer }).source.toString().replace('thank you', 'thank you very much'),
          ),
          ['\\Draft'],
        );
        await client.messageDelete(String(uid('m1-draft-resaved')), { uid: true });
        await client.messageDelete(String(uid('m1-draft-deleted')), { uid: true });
        await client.append(
          'Sent',
          mail({
            from: 'support@acme.example',
            to: 'sent@customer.example',
            inReplyTo: questions[3]!.id,
            subject: 'Re: Question (sent)',
          }).raw,
          ['\\Seen'],
        );
        await client.messageDelete(String(uid('m1-draft-sent')), { uid: true });
      } finally {
        lock.release();
      }
    } finally {
      await client.logout();
    }
    const resavedUid = findDraftByKey(env.store.db, 'm1-draft-resaved')!.uid;

    await syncRound();
    const state = (key: string) => findDraftByKey(env.store.db, key)!;
    expect(state('m1-draft-deleted').deletedAt).not.toBeNull();
    expect(state('m1-draft-kept').deletedAt).toBeNull();
    expect(state('m1-draft-sent').deletedAt).toBeNull();
    expect(state('m1-draft-resaved').deletedAt).toBeNull();
    // The Drafts page's words for them.
    expect(draftState(state('m1-draft-deleted'))).toBe('deleted_unsent');
    expect(draftState(state('m1-draft-kept'))).toBe('in_drafts');
    // Found by its key header under the new UID, which is recorded for the next sweep.
    expect(state('m1-draft-resaved').uid).toBeGreaterThan(resavedUid!);
    // The sweep only reads: the drafts left are exactly the kept and the re-saved one.
    const check = await agentClient();
    try {
      const status = await check.status('Drafts', { messages: true });
      expect(status ? status.messages : null).toBe(2);
    } finally {
      await check.logout();
    }
    expect(
      env.store.db
        .select()
        .from(drafts)
        .all()
        .every((d) => d.status === 'stored'),
    ).toBe(true);
  }, 180_000);
});
