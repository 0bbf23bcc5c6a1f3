import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarantineReasons } from '../../src/ingest/message.parse.js';
import { quarantine } from '../../src/ingest/quarantine.table.js';
import { folderState } from '../../src/sync/folder-state.table.js';
import { TestDovecot } from '../support/dovecot.js';
import { backfillFinished, count, startSync, tempStore, until } from '../sync/sync-fixtures.js';
import { sharedMimeFiles, spamAssassinMessages } from './corpus-fixtures.js';

const MB = 1024 * 1024;

describe('ingest of real and hostile mail corpora from a real Dovecot', () => {
  let dovecot: TestDovecot;
  let env: ReturnType<typeof tempStore>;
  let delivered = 0;
  let flagsBefore: Map<number, string>;

  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'corpus', password: 'corpus1' }] });
    env = tempStore();
    const spam = spamAssassinMessages();
    expect(spam).toHaveLength(6_046);
    const mime = sharedMimeFiles();
    if (!mime)
      console.warn(
        '../shared/data/mime is absent: the hostile MIME files are skipped, the 6,046 messages still run',
      );
    // One message over the size cap: quarantined from its RFC822.SIZE, never downloaded.
    const huge = Buffer.concat([
      Buffer.from('Message-ID: <huge@x.example>\r\nSubject: big\r\n\r\n'),
      Buffer.alloc(26 * MB, 'a'),
    ]);
    const all = [...spam, ...(mime ?? []).map((m) => m.raw), huge];
    dovecot.deliver(
      'corpus',
      'INBOX',
      all.map((raw, i) => ({
        raw,
        flags: i % 5 === 0 ? ['\\Seen'] : i % 11 === 0 ? ['\\Flagged'] : undefined,
      })),
    );
    delivered = all.length;
    flagsBefore = await dovecot.flags('corpus', 'INBOX');
  }, 300_000);

  afterAll(async () => {
    env?.cleanup();
    await dovecot?.stop();
  });

  it('processes or quarantines every message with a reason, without a crash, in bounded memory', async () => {
    const problems: string[] = [];
    const log = new Writable({
      write(chunk, _enc, done) {
        const line = JSON.parse(String(chunk)) as { level: number; msg: string; code?: string };
        if (line.level >= 40) problems.push(`${line.msg} ${line.code ?? ''}`);
        done();
      },
    });
    let peakRss = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const started = Date.now();
    const { service, totals } = startSync({
      store: env.store,
      dovecot,
      mailboxes: [{ id: 7, user: 'corpus', ownAddresses: ['support@acme.example'] }],
      logDestination: log,
    });
    try {
      await until(() => backfillFinished(env.store, 7, ['inbox']), 240_000, 'the corpus backfill');
    } finally {
      await service.stop();
      clearInterval(sampler);
    }
    const seconds = (Date.now() - started) / 1000;
    const t = totals.get(7)!;
    const state = env.store.db.select().from(folderState).where(eq(folderState.mailboxId, 7)).get()!;
    expect(problems).toEqual([]);
    expect(state.backfillDone).toBe(delivered);
    expect(state.lastUid).toBe(delivered);
    expect(t.inserted + t.duplicates + t.quarantined).toBe(delivered);
    expect(count(env.store, 'messages', 7) + count(env.store, 'quarantine', 7)).toBe(
      delivered - t.duplicates,
    );
    const reasons = env.store.db.select({ reason: quarantine.reason }).from(quarantine).all();
    for (const r of reasons) expect(quarantineReasons).toContain(r.reason);
    expect(reasons.map((r) => r.reason)).toContain('too_large');
    expect(peakRss).toBeLessThan(700 * MB);
    console.info(
      `corpus: ${delivered} messages in ${seconds.toFixed(1)} s (${Math.round((delivered / seconds) * 60)}/min), ` +
        `inserted ${t.inserted}, duplicates ${t.duplicates}, quarantined ${t.quarantined} ` +
        `(${[...new Set(reasons.map((r) => r.reason))].join(', ')}), peak RSS ${Math.round(peakRss / MB)} MB`,
    );
  }, 300_000);

  it('leaves every INBOX flag on the server as it was', async () => {
    const strip = (m: Map<number, string>) =>
      [...m].map(([uid, f]) => `${uid}:${f.replace('\\Recent', '').trim()}`);
    expect(strip(await dovecot.flags('corpus', 'INBOX'))).toEqual(strip(flagsBefore));
  });
});
