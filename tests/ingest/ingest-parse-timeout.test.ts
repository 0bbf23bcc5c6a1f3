import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/ingest/message.parse.js';
import { quarantine } from '../../src/ingest/quarantine.table.js';
import type { SyncService } from '../../src/sync/sync.service.js';
import { TestDovecot } from '../support/dovecot.js';
import { backfillFinished, count, mail, startSync, tempStore, until } from '../sync/sync-fixtures.js';

/**
 * 22 MB of HTML: under the size cap, and seconds of mailparser work of which about two were
 * synchronous on this machine: on the main thread its timer could not fire before the work was
 * done, and the whole process (console, other mailboxes) stood still meanwhile.
 */
function slowToParse(): Buffer {
  return Buffer.from(
    [
      'Message-ID: <slow@customer.example>',
      'From: slow@customer.example',
      'To: support@acme.example',
      'Subject: A slow one',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<b>x</b>\r\n'.repeat(2_200_000),
    ].join('\r\n'),
  );
}

const limits = {
  maxBytes: 25 * 1024 * 1024,
  maxHeaderBytes: 256 * 1024,
  maxHeaderFields: 2000,
  maxDepth: 20,
  maxParts: 1000,
  timeoutMs: 500,
};

/** Runs `work` while watching the event loop; returns its result and the longest stall seen. */
async function watchingTheLoop<T>(work: () => Promise<T>): Promise<{ result: T; longestStallMs: number }> {
  let longestStallMs = 0;
  let last = performance.now();
  const watch = setInterval(() => {
    const now = performance.now();
    longestStallMs = Math.max(longestStallMs, now - last);
    last = now;
  }, 20);
  try {
    return { result: await work(), longestStallMs };
  } finally {
    clearInterval(watch);
  }
}

describe('a message whose parse runs over its time limit', () => {
  it('is given up on at the limit, without stalling the process meanwhile', async () => {
    await parseMessage(Buffer.from(mail({}).raw), limits); // the parse thread is up
    const slow = slowToParse();
    const started = performance.now();
    const { result, longestStallMs } = await watchingTheLoop(() => parseMessage(slow, limits));
    const tookMs = performance.now() - started;
    expect(result).toEqual({ ok: false, reason: 'parse_timeout' });
    expect(tookMs).toBeLessThan(1_500);
    expect(longestStallMs).toBeLessThan(1_000);
    // The next message gets a fresh thread and parses normally.
    expect((await parseMessage(Buffer.from(mail({}).raw), limits)).ok).toBe(true);
  }, 60_000);
});

describe('ingest of a mailbox with a message whose parse runs over its time limit', () => {
  let dovecot: TestDovecot;
  let env: ReturnType<typeof tempStore>;
  let service: SyncService | undefined;

  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'secret1' }] });
    env = tempStore();
    const ordinary = () => ({ raw: mail({}).raw });
    dovecot.deliver('agent1', 'INBOX', [
      ordinary(),
      ordinary(),
      { raw: slowToParse() },
      ordinary(),
      ordinary(),
    ]);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    env?.cleanup();
    await dovecot?.stop();
  });

  it('is quarantined as parse_timeout once its thread is ended, and the messages after it are ingested', async () => {
    const started = performance.now();
    ({ service } = startSync({
      store: env.store,
      dovecot,
      mailboxes: [{ id: 1, user: 'agent1', ownAddresses: ['support@acme.example'] }],
      settings: { limits },
    }));
    const { longestStallMs } = await watchingTheLoop(() =>
      until(() => backfillFinished(env.store, 1, ['inbox']), 60_000, 'the backfill'),
    );
    const rows = env.store.db.select().from(quarantine).all();
    expect(rows.map((r) => r.reason)).toEqual(['parse_timeout']);
    expect(rows[0]!.uid).toBe(3);
    expect(count(env.store, 'messages', 1)).toBe(4);
    // Looser than above: FETCH of the 22 MB literal itself runs on the main thread.
    expect(longestStallMs).toBeLessThan(1_500);
    console.info(
      `parse timeout: backfill of 5 messages in ${Math.round(performance.now() - started)} ms, longest event-loop stall ${Math.round(longestStallMs)} ms`,
    );
  }, 90_000);
});
