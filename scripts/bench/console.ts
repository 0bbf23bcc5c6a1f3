/**
 * Console latency under steady load: autocannon at 20 requests/s against the dashboard, the
 * audit log and the review queue (list and a conversation, alternating) of a signed-in admin, on
 * the real encrypted database seeded with audit rows, jobs and 2,000 learned conversations.
 * Target: p95 <= 300 ms. Duration: 60 s per page, or `--seconds=N` / BENCH_CONSOLE_SECONDS=N.
 *   node --import tsx scripts/bench/console.ts --seconds=10
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { generateSync } from 'otplib';
import { z } from 'zod';
import { emitAudit } from '../../src/audit/audit.repository.js';
import { confirmEnrolment, enrolmentView } from '../../src/auth/enrol.usecases.js';
import { createFirstAdmin } from '../../src/auth/setup.usecases.js';
import { loadConfig } from '../../src/config/config.js';
import { defineJob } from '../../src/jobs/jobs.models.js';
import { enqueueJob } from '../../src/jobs/jobs.repository.js';
import { insertConversation } from '../../src/knowledge/knowledge.repository.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { openAppliance } from '../../src/start.js';
import { createApp } from '../../src/web/app.js';

const RATE = 20;
const TARGET_P95_MS = 300;
/** Two queues on the dashboard, as many rows each. */
const benchJobs = ['draft.create', 'mail.sync'].map((kind) =>
  defineJob({ kind, label: kind, payload: z.object({ ref: z.int() }) }),
);

function seconds(): number {
  const arg = process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1];
  const n = Number(arg ?? process.env.BENCH_CONSOLE_SECONDS ?? 60);
  return Number.isFinite(n) && n > 0 ? n : 60;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function load(url: string, cookie: string, duration: number, paths?: string[]) {
  const times: number[] = [];
  const requests = paths?.map((path) => ({ method: 'GET' as const, path }));
  const instance = autocannon({
    url,
    connections: 4,
    overallRate: RATE,
    duration,
    headers: { cookie },
    ...(requests ? { requests } : {}),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
    maxMs: times.at(-1) ?? Number.NaN,
  };
}

export async function run(): Promise<object> {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-bench-console-'));
  const config = loadConfig({
    VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
    VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
    VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex'),
  });
  const clock = systemClock;
  const logger = createLogger('silent');
  const { store, keys } = openAppliance(config, clock);
  const deps = { db: store.db, keys, clock, logger };
  const server = { close: () => {} };
  try {
    // A signed-in admin, through the same use cases the wizard calls.
    const admin = await createFirstAdmin(deps, {
      username: 'admin',
      password: 'bench passphrase that is long',
      confirmPassword: 'bench passphrase that is long',
    });
    if (!admin.ok) throw new Error('bench setup failed');
    const { secret } = await enrolmentView(deps, 1);
    const enrolled = await confirmEnrolment(deps, 1, {
      code: generateSync({ secret, epoch: Math.floor(clock.now() / 1000) }),
    });
    if (!enrolled.ok) throw new Error('bench enrolment failed');
    // Some history: 5,000 audit rows (the chain the dashboard verifies) and 2,000 jobs.
    const now = clock.now();
    store.db.transaction((tx) => {
      for (let i = 0; i < 5000; i++)
        emitAudit(tx, keys.audit, {
          actor: { kind: 'user', id: 1 },
          action: 'settings.update',
          target: `settings:s${i % 6}`,
          metadata: { n: i },
          at: now - 5000 + i,
        });
      for (let i = 0; i < 2000; i++)
        enqueueJob(
          tx,
          benchJobs[i % 2]!,
          {
            payload: { ref: i },
            idempotencyKey: `bench:${i}`,
            maxAttempts: 3,
          },
          now,
        );
    });

    // A mailbox with 2,000 learned conversations, one in ten waiting for review.
    const mailbox = addMailbox(
      { ...deps, allowPlaintextLoopback: false },
      { name: 'Bench', host: 'imap.example.org', port: 993, security: 'tls', username: 'u', password: 'p' },
      { kind: 'cli' },
    );
    const reviewIds = store.db.transaction((tx) => {
      const ids: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const { id } = insertConversation(tx, {
          mailboxId: mailbox.id,
          replyMessageRowId: 2 * i + 2,
          customerMessageRowId: 2 * i + 1,
          threadId: null,
          lang: 'en',
          customerText: `Hello,\nmy order [ACCOUNT_NO_1] arrived damaged; my neighbour Wetherby ${i} saw it.\nRegards,\n[PERSON_1]`,
          replyText:
            'Dear [PERSON_1],\nwe are sorry and send a replacement today.\nKind regards,\n[AGENT]\n[SIGNATURE]',
          customerAt: now - 3_600_000 - i,
          replyAt: now - i,
          risk: i % 10 === 0 ? 0.6 : 0.1,
          status: i % 10 === 0 ? 'review' : 'ready',
          source: 'history',
          createdAt: now,
          participants: [],
        });
        if (i % 10 === 0) ids.push(id);
      }
      return ids;
    });

    const app = createApp({
      logger,
      readiness: () => ({ storeOpen: true, migrationsApplied: true, workersRunning: true }),
      console: { ...deps, tls: false, tlsProxy: false, modelsDir: path.join(dir, 'models') },
    });
    const port = await new Promise<number>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
        resolve(info.port),
      );
      server.close = () => s.close();
    });
    const cookie = `veildraft_session=${enrolled.sessionId}`;
    const duration = seconds();
    const base = `http://127.0.0.1:${port}`;
    const dashboard = await load(`${base}/`, cookie, duration);
    const audit = await load(`${base}/audit`, cookie, duration);
    const review = await load(base, cookie, duration, ['/review', `/review/${reviewIds[0]}`]);
    const p95 = Math.max(dashboard.p95Ms, audit.p95Ms, review.p95Ms);
    return {
      name: 'console',
      rate: RATE,
      durationSeconds: duration,
      dashboard,
      audit,
      review,
      targetP95Ms: TARGET_P95_MS,
      pass: p95 <= TARGET_P95_MS && dashboard.non2xx === 0 && audit.non2xx === 0 && review.non2xx === 0,
    };
  } finally {
    server.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
