/**
 * Drafting benchmark, in two parts.
 *
 * Prefix reuse (`prefixReuse`): prefill tokens and time per draft, with and without reuse of the
 * evaluated rules and house style (scripts/bench-support/prefix-reuse.ts), on the project's tiny
 * GGUF and on a real small GGUF given with `--model PATH` (skipped, and said so, without one).
 *
 * Pipeline (`pipeline`): from a customer mail's arrival in a loopback Dovecot INBOX to the reply
 * draft in Drafts, through the real appliance (sync, learn, anonymize, retrieve, prompt, the tiny
 * GGUF model on node-llama-cpp, checks, APPEND). Mails arrive one at a time, so each latency is
 * the pipeline's own and not time spent queueing behind the previous mail. Reports p50/p95 per
 * stage and of everything that is not model time (target: ≤ 1 s at p95).
 *
 *   npm run bench -- drafting [--model PATH] [--drafts N] [--prefix-only]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config/config.js';
import { drafts } from '../../src/draft/drafts.table.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { openAppliance, startAppliance } from '../../src/start.js';
import { freePorts, TestDovecot } from '../../tests/support/dovecot.js';
import { tinyModelEnv } from '../../tests/support/tiny-models.js';
import { backfillFinished, mail, until } from '../../tests/sync/sync-fixtures.js';
import { benchPrefixReuse } from '../bench-support/prefix-reuse.js';
import { percentile, round } from '../bench-support/stats.js';
import { makeTinyModels, tinyModelNames } from '../models/make-tiny-models.js';

const HISTORY = 40;
const MAILS = 20;

const topics = [
  [
    'invoice',
    'my invoice shows the wrong amount for last month',
    'we corrected the invoice; the new one follows by mail',
  ],
  ['address', 'I moved and need to change my postal address', 'we updated the address on your contract'],
  ['payment', 'my payment was taken twice from my account', 'our billing team refunds the second payment'],
  [
    'password',
    'I cannot log in to the customer portal any more',
    'we reset your access; you receive a new link',
  ],
  [
    'contract',
    'I would like to cancel my contract at the end of the year',
    'we confirm the cancellation at the end of the term',
  ],
] as const;

/** `--name value` or `--name=value` from the command line (bench.ts passes its options on). */
function option(name: string): string | undefined {
  const args = process.argv;
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export async function run(): Promise<object> {
  const drafts = Number(option('drafts') ?? 10);
  const prefixReuse = await prefixReuseFigures(option('model'), drafts);
  if (process.argv.includes('--prefix-only')) return { prefixReuse };
  return { prefixReuse, pipeline: await pipeline() };
}

async function prefixReuseFigures(model: string | undefined, drafts: number): Promise<object> {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-bench-tiny-'));
  try {
    await makeTinyModels(dir);
    return {
      tiny: await benchPrefixReuse(path.join(dir, tinyModelNames.llm), drafts),
      given: model
        ? await benchPrefixReuse(model, drafts)
        : { skipped: 'no --model PATH given (e.g. a small real GGUF such as stories260K.gguf)' },
      loadAverage1m: round(loadavg()[0]!),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pipeline(): Promise<object> {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-bench-drafting-'));
  const dovecot = await TestDovecot.start({ users: [{ user: 'bench', password: 'bench1' }] });
  try {
    await makeTinyModels(path.join(dir, 'models'));
    const [port] = await freePorts(1);
    const env = {
      VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
      VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex'),
      VEILDRAFT_PORT: String(port),
      VEILDRAFT_SYNC_POLL_SECONDS: '1',
      ...tinyModelEnv(path.join(dir, 'models')),
    };
    const config = loadConfig(env);
    const { store: setup, keys } = openAppliance(config, systemClock);
    const mailboxId = addMailbox(
      { db: setup.db, keys, clock: systemClock, allowPlaintextLoopback: false },
      { name: 'Bench', ...dovecot.connection('bench'), fromAddress: 'support@acme.example' },
      { kind: 'cli' },
    ).id;
    setup.close();

    const old = new Date(Date.now() - 30 * 86_400_000);
    for (let i = 0; i < HISTORY; i++) {
      const [subject, question, answer] = topics[i % topics.length]!;
      const q = mail({ subject, body: `Hello, ${question}. Regards, Customer ${i}`, date: old });
      const a = mail({
        from: 'Maria Schmidt <support@acme.example>',
        subject: `Re: ${subject}`,
        body: `Dear customer,\n\n${answer}.\n\nKind regards,\nMaria Schmidt`,
        inReplyTo: q.id,
        date: old,
      });
      dovecot.deliver('bench', 'INBOX', [{ raw: q.raw, flags: ['\\Seen'] }]);
      dovecot.deliver('bench', 'Sent', [{ raw: a.raw, flags: ['\\Seen'] }]);
    }
    await new Promise((r) => setTimeout(r, 1_100));

    const app = await startAppliance({ config, logger: createLogger('silent'), clock: systemClock });
    const t0 = performance.now();
    await until(() => backfillFinished(app.store, mailboxId, ['inbox', 'sent']), 60_000, 'backfill');
    const learned = () =>
      (app.store.sqlite.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n;
    await until(() => learned() === HISTORY, 300_000, 'the history learned');
    const learnSeconds = (performance.now() - t0) / 1000;

    const arrivals: number[] = [];
    // Delivery to the message row: Dovecot noticing the file, IDLE, FETCH, parse, commit.
    const notices: number[] = [];
    for (let i = 0; i < MAILS; i++) {
      const [subject, question] = topics[i % topics.length]!;
      const start = Date.now();
      dovecot.deliver('bench', 'INBOX', [
        {
          raw: mail({ subject, body: `Hello,\n\n${question}. Can you help?\n\nBest regards,\nJane Doe ${i}` })
            .raw,
        },
      ]);
      await until(
        () =>
          app.store.db
            .select()
            .from(drafts)
            .all()
            .filter((d) => d.status !== 'pending').length ===
          i + 1,
        120_000,
        `draft ${i + 1}`,
      );
      const row = app.store.db.select().from(drafts).all().at(-1)!;
      const ingested = app.store.sqlite
        .prepare('SELECT created_at AS at FROM messages WHERE id = ?')
        .get(row.messageRowId) as { at: number };
      arrivals.push((row.appendedAt ?? Date.now()) - start);
      notices.push(ingested.at - start);
    }
    const rows = app.store.db.select().from(drafts).all();
    await app.stop();

    const stored = rows.filter((r) => r.status === 'stored');
    const timings = stored.map((r) => JSON.parse(r.timings ?? '{}') as Record<string, number>);
    const stage = (key: string) => {
      const values = timings.map((t) => t[key] ?? 0);
      return { p50: percentile(values, 50), p95: percentile(values, 95) };
    };
    const nonModel = stored.map((_, i) => {
      const t = timings[i]!;
      return Math.max(0, arrivals[i]! - (t.prefillMs ?? 0) - (t.generateMs ?? 0));
    });
    return {
      history: { conversations: HISTORY, learnSeconds: Math.round(learnSeconds * 10) / 10 },
      drafts: { delivered: MAILS, stored: stored.length, failed: rows.length - stored.length },
      stagesMs: {
        fetch: stage('fetchMs'),
        anonymize: stage('anonymizeMs'),
        retrieve: stage('retrieveMs'),
        prompt: stage('promptMs'),
        promptTokens: stage('promptTokens'),
        prefill: stage('prefillMs'),
        generate: stage('generateMs'),
        append: stage('appendMs'),
      },
      arrivalToDraftMs: { p50: percentile(arrivals, 50), p95: percentile(arrivals, 95) },
      // Includes noticing the mail (IDLE), queueing and the job's own bookkeeping.
      arrivalToDraftWithoutModelMs: {
        p50: round(percentile(nonModel, 50)),
        p95: round(percentile(nonModel, 95)),
      },
      arrivalToIngestMs: { p50: percentile(notices, 50), p95: percentile(notices, 95) },
      ingestToDraftWithoutModelMs: {
        p50: round(
          percentile(
            nonModel.map((n, i) => n - notices[i]!),
            50,
          ),
        ),
        p95: round(
          percentile(
            nonModel.map((n, i) => n - notices[i]!),
            95,
          ),
        ),
      },
      target: { withoutModelP95Ms: 1000 },
      loadAverage1m: Math.round(loadavg()[0]! * 10) / 10,
    };
  } finally {
    await dovecot.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await run(), null, 2));
}
