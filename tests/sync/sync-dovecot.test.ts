import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/ingest/message.table.js';
import { folderState } from '../../src/sync/folder-state.table.js';
import type { SyncService } from '../../src/sync/sync.service.js';
import { TestDovecot } from '../support/dovecot.js';
import {
  backfillFinished,
  count,
  jobCount,
  mail,
  startSync,
  type Totals,
  tempStore,
  until,
} from './sync-fixtures.js';

const BACKFILL = 3_000;
const REPLIES = 40;
const own = ['support@acme.example'];

describe('mailbox sync against a real Dovecot', () => {
  let dovecot: TestDovecot;
  let env: ReturnType<typeof tempStore>;
  let service: SyncService;
  let totals: Map<number, Totals>;
  let flagsBefore: Map<number, string>;
  const inboxIds: string[] = [];

  beforeAll(async () => {
    dovecot = await TestDovecot.start({
      users: [
        { user: 'agent1', password: 'secret1' },
        { user: 'agent2', password: 'secret2' },
      ],
    });
    env = tempStore();
    // History: customer mail with a mix of flags, and agent replies in Sent to some of it.
    const inbox = Array.from({ length: BACKFILL }, (_, i) => {
      const m = mail({});
      inboxIds.push(m.id);
      const flags = i % 3 === 0 ? ['\\Seen'] : i % 7 === 0 ? ['\\Flagged', '\\Answered'] : undefined;
      return { raw: m.raw, flags };
    });
    dovecot.deliver('agent1', 'INBOX', inbox);
    dovecot.deliver(
      'agent1',
      'Sent',
      inboxIds.slice(0, REPLIES).map((id) => ({
        raw: mail({ from: own[0], to: 'someone@customer.example', inReplyTo: id, subject: 'Re: Question' })
          .raw,
        flags: ['\\Seen'],
      })),
    );
    flagsBefore = await dovecot.flags('agent1', 'INBOX');
    // History is what arrived before the first sync began (INTERNALDATE has 1 s resolution).
    await new Promise((r) => setTimeout(r, 1_100));
  });

  afterAll(async () => {
    await service?.stop();
    env?.cleanup();
    await dovecot?.stop();
  });

  it(`backfills ${BACKFILL} messages with progress, learns from Sent and drafts nothing for history`, async () => {
    const started = Date.now();
    ({ service, totals } = startSync({
      store: env.store,
      dovecot,
      mailboxes: [{ id: 1, user: 'agent1', ownAddresses: own }],
      settings: { pollMs: 60_000 },
    }));
    await until(() => backfillFinished(env.store, 1, ['inbox', 'sent']), 90_000, 'backfill');
    const seconds = (Date.now() - started) / 1000;
    expect(count(env.store, 'messages', 1)).toBe(BACKFILL + REPLIES);
    const inboxState = env.store.db.select().from(folderState).where(eq(folderState.role, 'inbox')).get()!;
    expect([inboxState.backfillDone, inboxState.backfillTotal, inboxState.lastUid]).toEqual([
      BACKFILL,
      BACKFILL,
      BACKFILL,
    ]);
    // Dovecot offers CONDSTORE: HIGHESTMODSEQ is kept with the checkpoint.
    expect(Number(inboxState.highestModseq)).toBeGreaterThan(0);
    expect(jobCount(env.store, 'learn', 1)).toBe(REPLIES);
    expect(jobCount(env.store, 'draft', 1)).toBe(0);
    expect(totals.get(1)!.duplicates).toBe(0);
    // Nothing readable is stored: the row holds hashes, not ids or addresses.
    const row = env.store.db.select().from(messages).limit(1).get()!;
    expect(JSON.stringify(row)).not.toMatch(/customer\.example|acme\.example|Question/);
    console.info(`backfill: ${BACKFILL + REPLIES} messages in ${seconds.toFixed(1)} s`);
  }, 180_000);

  it('notices a message delivered while idle within 2 s and creates exactly one draft job', async () => {
    await new Promise((r) => setTimeout(r, 300)); // let the loop enter IDLE
    const before = count(env.store, 'messages', 1);
    const t0 = Date.now();
    dovecot.deliver('agent1', 'INBOX', [{ raw: mail({}).raw }]);
    await until(() => count(env.store, 'messages', 1) === before + 1, 2_000, 'the new message');
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(jobCount(env.store, 'draft', 1)).toBe(1);
  });

  it('skips auto-replies and bulk mail: stored, but no draft', async () => {
    const before = count(env.store, 'messages', 1);
    const auto = mail({}).raw.replace('Content-Type:', 'Auto-Submitted: auto-replied\r\nContent-Type:');
    const bulk = mail({}).raw.replace('Content-Type:', 'Precedence: bulk\r\nContent-Type:');
    dovecot.deliver('agent1', 'INBOX', [{ raw: auto }, { raw: bulk }]);
    await until(() => count(env.store, 'messages', 1) === before + 2, 5_000, 'two skipped messages');
    expect(jobCount(env.store, 'draft', 1)).toBe(1);
  });

  it('resyncs without duplicates or loss when UIDVALIDITY changes and Sent is renamed while running', async () => {
    const before = count(env.store, 'messages', 1);
    const dupBefore = totals.get(1)!.duplicates;
    const status = await dovecot.folderStatus('agent1', 'INBOX');
    await dovecot.setUidValidity('agent1', 'INBOX', status.uidvalidity + 1000);
    await dovecot.renameFolder('agent1', 'Sent', 'Sent-2019');
    dovecot.deliver('agent1', 'INBOX', [{ raw: mail({}).raw }]);
    const reply = mail({
      from: own[0],
      to: 'x@customer.example',
      inReplyTo: inboxIds[100],
      subject: 'Re: Q',
    });
    dovecot.deliver('agent1', 'Sent', [{ raw: reply.raw, flags: ['\\Seen'] }]);
    service.wake(1);
    await until(
      () => {
        const s = env.store.db.select().from(folderState).where(eq(folderState.role, 'inbox')).get()!;
        return s.uidValidity === status.uidvalidity + 1000 && s.backfillFinishedAt !== null;
      },
      60_000,
      'the INBOX resync',
    );
    await until(() => count(env.store, 'messages', 1) === before + 2, 60_000, 'the new messages');
    const rows = env.store.db.select().from(messages).where(eq(messages.mailboxId, 1)).all();
    const keys = new Set(rows.map((r) => `${r.messageIdHash}:${r.headerHash}`));
    expect(keys.size).toBe(rows.length);
    expect(totals.get(1)!.duplicates - dupBefore).toBeGreaterThanOrEqual(BACKFILL);
    expect(jobCount(env.store, 'draft', 1)).toBe(2);
    expect(jobCount(env.store, 'learn', 1)).toBe(REPLIES + 1);
  }, 180_000);

  it('loses nothing and processes nothing twice when Dovecot is killed mid-sync and restarted', async () => {
    const N = 2_000;
    dovecot.deliver(
      'agent2',
      'INBOX',
      Array.from({ length: N }, () => ({ raw: mail({ body: 'x'.repeat(2_000) }).raw })),
    );
    const second = startSync({
      store: env.store,
      dovecot,
      mailboxes: [{ id: 2, user: 'agent2', ownAddresses: own }],
      settings: { batchSize: 50 },
    });
    try {
      await until(() => (second.totals.get(2)?.batches ?? 0) >= 5, 60_000, 'a few batches');
      dovecot.kill();
      const atKill = count(env.store, 'messages', 2);
      await new Promise((r) => setTimeout(r, 500));
      await dovecot.restart();
      await until(() => backfillFinished(env.store, 2, ['inbox']), 120_000, 'the resumed backfill');
      expect(atKill).toBeLessThan(N);
      const uids = env.store.db
        .select({ uid: messages.uid })
        .from(messages)
        .where(eq(messages.mailboxId, 2))
        .all()
        .map((r) => r.uid)
        .sort((a, b) => a - b);
      expect(uids).toEqual(Array.from({ length: N }, (_, i) => i + 1));
      expect(second.totals.get(2)!.inserted).toBe(N);
      expect(second.totals.get(2)!.duplicates).toBe(0);
    } finally {
      await second.service.stop();
    }
  }, 240_000);

  it('leaves the INBOX flags on the server exactly as they were', async () => {
    await service.stop();
    const after = await dovecot.flags('agent1', 'INBOX');
    // \\Recent is not stored state: the first doveadm session that looks takes it (ours only
    // EXAMINEs, which RFC 3501 forbids to change it). Every stored flag must be unchanged.
    const stored = (m: Map<number, string>, n: number) =>
      [...m].filter(([uid]) => uid <= n).map(([uid, f]) => `${uid}:${f.replace('\\Recent', '').trim()}`);
    expect(stored(after, BACKFILL)).toEqual(stored(flagsBefore, BACKFILL));
    expect(stored(flagsBefore, BACKFILL).filter((f) => f.includes('\\Seen'))).toHaveLength(BACKFILL / 3);
  });
});
