import { createHash } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { senderBackfillJob } from '../../src/ingest/sender-backfill.job.js';
import {
  type SenderBackfillDeps,
  scheduleSenderBackfill,
  senderBackfillHandler,
} from '../../src/ingest/sender-backfill.usecases.js';
import { imapSenderHeaders } from '../../src/ingest/sender-headers.fetch.js';
import { JobRunner } from '../../src/jobs/jobs.runner.js';
import type { DataKeys } from '../../src/keys/subkeys.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { startAppliance } from '../../src/start.js';
import type { Store } from '../../src/store/store.js';
import { freePorts, TestDovecot } from '../support/dovecot.js';
import { filesContaining } from '../support/files.js';
import { tempAppliance } from '../support/temp-appliance.js';
import { backfillFinished, mail, startSync, testSettings, until } from '../sync/sync-fixtures.js';

/**
 * Replies synced before ingest kept their agent get it from the mailbox again, against a real
 * Dovecot and a real encrypted store: the backfill reads only the From and Sender fields, leaves
 * the mail exactly as it was (no \Seen, same bytes), stores what ingest would have stored, runs
 * once per mailbox, and resumes batch by batch.
 */
const own = 'support@acme.example';
const logger = createLogger('silent');

/** A reply in Sent; `sender` adds a Sender header (an agent writing as the shared address). */
function reply(i: number, from: string, sender?: string) {
  const m = mail({ from, to: `customer${i}@customer.example`, subject: `Re: Contract ${i}` });
  return sender ? m.raw.replace(/^(From: .*)$/m, `$1\r\nSender: ${sender}`) : m.raw;
}

/**
 * Each Sent message's UID, flags and a hash of its bytes, read without changing anything
 * (\Recent is left out: it belongs to IMAP sessions, not to the message).
 */
async function sentFolder(dovecot: TestDovecot): Promise<string[]> {
  const client = new ImapFlow({ ...dovecot.target('agent1', 'tls'), logger: false });
  await client.connect();
  try {
    await client.mailboxOpen('Sent', { readOnly: true });
    const out: string[] = [];
    for await (const m of client.fetch('1:*', { uid: true, flags: true, source: true }))
      out.push(
        `${m.uid} ${[...(m.flags ?? [])]
          .filter((f) => f !== '\\Recent')
          .sort()
          .join(',')} ${createHash('sha256').update(m.source!).digest('hex')}`,
      );
    return out;
  } finally {
    await client.logout();
  }
}

describe('backfill of the senders of older replies', () => {
  let dovecot: TestDovecot;
  let temp: ReturnType<typeof tempAppliance>;
  let store: Store;
  let keys: DataKeys;
  let mailboxId: number;
  let stored: (string | null)[];

  const senders = () =>
    (
      store.sqlite
        .prepare("SELECT sender_pseudonym AS s FROM messages WHERE folder_role = 'sent' ORDER BY uid")
        .all() as { s: string | null }[]
    ).map((r) => r.s);
  const backfillJobs = () =>
    store.sqlite
      .prepare('SELECT state, payload FROM jobs WHERE kind = ? ORDER BY id')
      .all(senderBackfillJob.kind) as { state: string; payload: string }[];

  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'secret1' }] });
    // Unread on purpose: a fetch that set \Seen would show in the flags.
    dovecot.deliver('agent1', 'Sent', [
      { raw: reply(0, own, 'Rita Agent <rita@acme.example>') },
      { raw: reply(1, 'Bob Agent <bob@acme.example>') },
      { raw: reply(2, `Support <${own}>`) },
      { raw: reply(3, own, 'rita@acme.example') },
      { raw: reply(4, 'carla@acme.example') },
    ]);
    temp = tempAppliance();
    mailboxId = temp.addMailbox(dovecot, 'agent1', own);
    ({ store, keys } = temp.open());
    // Ingest as the appliance does, with its pseudonym key.
    const { service } = startSync({
      store,
      dovecot,
      mailboxes: [{ id: mailboxId, user: 'agent1', ownAddresses: [own] }],
      settings: { pseudonymKey: keys.pseudonym },
    });
    await until(() => backfillFinished(store, mailboxId, ['inbox', 'sent']), 60_000, 'sync');
    await service.stop();
    stored = senders();
    // Mail synced before ingest kept the sender.
    store.sqlite.prepare('UPDATE messages SET sender_pseudonym = NULL').run();
  }, 120_000);

  afterAll(async () => {
    store?.close();
    temp?.cleanup();
    await dovecot?.stop();
  });

  it('stores what ingest would have stored, in batches, changing nothing in the mailbox', async () => {
    // Rita (twice, once by her Sender), Bob and Carla by their From; the shared address names nobody.
    expect(stored.map((s) => s !== null)).toEqual([true, true, false, true, true]);
    expect(stored[0]).toBe(stored[3]);
    const before = await sentFolder(dovecot);
    expect(before.every((l) => l.split(' ')[1] === '')).toBe(true);

    expect(scheduleSenderBackfill(store.db, Date.now(), 3)).toBe(1);
    const deps: SenderBackfillDeps = {
      db: store.db,
      clock: systemClock,
      logger,
      pseudonymKey: keys.pseudonym,
      limits: testSettings().limits,
      headers: imapSenderHeaders({
        db: store.db,
        keys,
        config: { imapConnectTimeoutSeconds: 10, imapCommandTimeoutSeconds: 10 },
        logger,
      }),
      maxAttempts: 3,
      batchSize: 2,
    };
    const runner = new JobRunner({
      db: store.db,
      logger,
      clock: systemClock,
      handlers: [senderBackfillHandler(deps)],
      leaseMs: 30_000,
      graceMs: 5_000,
      pollMs: 20,
    });
    runner.start();
    try {
      await until(
        () => {
          const jobs = backfillJobs();
          return jobs.length > 0 && jobs.every((j) => j.state === 'done' || j.state === 'dead');
        },
        30_000,
        'the backfill jobs',
      );
    } finally {
      await runner.stop();
    }
    expect(senders()).toEqual(stored);
    // Five messages in batches of two: three jobs, each starting after the last id of the one before.
    const jobs = backfillJobs();
    expect(jobs.map((j) => j.state)).toEqual(['done', 'done', 'done']);
    expect(jobs.map((j) => JSON.parse(j.payload).afterId)).toEqual([
      0,
      expect.any(Number),
      expect.any(Number),
    ]);
    // The mailbox's analytics are rebuilt with the agents found (besides the incremental refresh
    // the sync of new mail queues).
    const refreshes = store.sqlite
      .prepare("SELECT payload FROM jobs WHERE kind = 'analytics.refresh'")
      .all() as { payload: string }[];
    const full = refreshes.map((r) => JSON.parse(r.payload)).filter((p) => p.full);
    expect(full).toMatchObject([{ mailboxId, full: true }]);
    expect(await sentFolder(dovecot)).toEqual(before);
    // Addresses are kept only as pseudonyms: none reached the data folder.
    expect(
      filesContaining(temp.dir, ['rita@acme.example', 'bob@acme.example', 'carla@acme.example']),
    ).toEqual([]);
  }, 60_000);

  it('runs once per mailbox: a later start queues nothing, even with senders still unknown', () => {
    // The shared-address reply keeps no sender; it is not fetched again at every start.
    expect(senders().filter((s) => s === null)).toHaveLength(1);
    expect(scheduleSenderBackfill(store.db, Date.now(), 3)).toBe(0);
    expect(backfillJobs()).toHaveLength(3);
  });

  it('is queued and run by the appliance itself when it starts on such mail', async () => {
    // An appliance from before: old replies without senders, no backfill ever queued.
    store.sqlite.prepare('UPDATE messages SET sender_pseudonym = NULL').run();
    store.sqlite.prepare('DELETE FROM jobs').run();
    store.close();
    temp.env.VEILDRAFT_PORT = String((await freePorts(1))[0]);
    const app = await startAppliance({ config: temp.config(), logger, clock: systemClock });
    store = app.store;
    try {
      await until(() => senders().filter((s) => s !== null).length === 4, 30_000, 'the senders');
      expect(senders()).toEqual(stored);
      // Found by the backfill, not by the sync, which skips mail it already holds.
      await until(() => backfillJobs().some((j) => j.state === 'done'), 10_000, 'the job done');
      expect(backfillJobs().map((j) => JSON.parse(j.payload))).toEqual([
        { mailboxId, afterId: 0, upToId: expect.any(Number) },
      ]);
    } finally {
      await app.stop();
      ({ store } = temp.open());
    }
  }, 60_000);
});
