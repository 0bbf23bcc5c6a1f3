import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import type { DestinationStream } from 'pino';
import type { DraftSweep } from '../../src/draft/draft-sweep.usecases.js';
import type { BatchCounts } from '../../src/ingest/ingest.commit.js';
import { messages } from '../../src/ingest/message.table.js';
import { quarantine } from '../../src/ingest/quarantine.table.js';
import { skipRuleNames } from '../../src/ingest/skip-rules.models.js';
import { jobs } from '../../src/jobs/jobs.table.js';
import { createLogger } from '../../src/shared/logger.js';
import { openStore, type Store } from '../../src/store/store.js';
import { folderState } from '../../src/sync/folder-state.table.js';
import { SyncService } from '../../src/sync/sync.service.js';
import type { SyncMailbox, SyncServiceSettings } from '../../src/sync/sync.types.js';
import type { TestDovecot } from '../support/dovecot.js';

/** A real encrypted store in a temporary folder. */
export function tempStore(): { store: Store; dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-sync-'));
  const store = openStore({
    dataDir: path.join(dir, 'data'),
    masterKeyFile: path.join(dir, 'master.key'),
    masterKey: randomBytes(32).toString('hex'),
  });
  return {
    store,
    dir,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function testSettings(over: Partial<SyncServiceSettings> = {}): SyncServiceSettings {
  return {
    pseudonymKey: Buffer.alloc(32, 3),
    limits: {
      maxBytes: 25 * 1024 * 1024,
      maxHeaderBytes: 256 * 1024,
      maxHeaderFields: 2000,
      maxDepth: 20,
      maxParts: 1000,
      timeoutMs: 10_000,
    },
    skip: () => ({ rules: [...skipRuleNames], senderPatterns: [], subjectPatterns: [] }),
    orgDomains: ['acme.example'],
    threadWindowMs: 30 * 86_400_000,
    jobMaxAttempts: 8,
    draftBacklogMs: 0,
    batchSize: 200,
    batchBytes: 32 * 1024 * 1024,
    backfillMonths: 12,
    progressLogMs: 5_000,
    pollMs: 60_000,
    idleRestartMs: 28 * 60_000,
    concurrency: 4,
    reconnect: { baseMs: 200, capMs: 2_000, authBaseMs: 60_000, authCapMs: 600_000 },
    ...over,
  };
}

export interface Totals extends BatchCounts {
  batches: number;
}

/** A sync service on the test Dovecot, with per-mailbox totals of everything committed. */
export function startSync(args: {
  store: Store;
  dovecot: TestDovecot;
  mailboxes: (SyncMailbox & { user: string })[];
  settings?: Partial<SyncServiceSettings>;
  states?: Map<number, string>;
  /** Where the engine's JSON log goes (level info), to assert on warnings. */
  logDestination?: NodeJS.WritableStream;
  /** The deleted-draft sweep, run around each sync of Sent as the appliance does. */
  draftSweep?: DraftSweep;
}): { service: SyncService; totals: Map<number, Totals> } {
  const totals = new Map<number, Totals>();
  const users = new Map(args.mailboxes.map((m) => [m.id, m.user]));
  const service = new SyncService({
    db: args.store.db,
    // SYNC_DEBUG=1 shows the engine's own log (ids and counts only) when a test fails.
    logger: args.logDestination
      ? createLogger('info', args.logDestination as DestinationStream)
      : createLogger(process.env.SYNC_DEBUG ? 'debug' : 'silent'),
    now: () => Date.now(),
    settings: testSettings(args.settings),
    listMailboxes: () => args.mailboxes,
    connect: async (m) => {
      const client = new ImapFlow({
        ...args.dovecot.target(users.get(m.id)!, 'tls'),
        logger: false,
        disableAutoIdle: true,
      });
      client.on('error', () => {});
      await client.connect();
      return client;
    },
    setState: (id, state) => args.states?.set(id, state),
    draftSweep: args.draftSweep,
    onBatch: ({ mailboxId, counts }) => {
      const t = totals.get(mailboxId) ?? {
        batches: 0,
        inserted: 0,
        duplicates: 0,
        quarantined: 0,
        draftJobs: 0,
        learnJobs: 0,
      };
      t.batches++;
      for (const k of ['inserted', 'duplicates', 'quarantined', 'draftJobs', 'learnJobs'] as const)
        t[k] += counts[k];
      totals.set(mailboxId, t);
    },
  });
  service.start();
  return { service, totals };
}

export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function backfillFinished(store: Store, mailboxId: number, roles: string[]): boolean {
  const rows = store.db.select().from(folderState).where(eq(folderState.mailboxId, mailboxId)).all();
  return roles.every((r) => rows.some((s) => s.role === r && s.backfillFinishedAt !== null));
}

export function count(store: Store, table: 'messages' | 'quarantine', mailboxId: number): number {
  const t = table === 'messages' ? messages : quarantine;
  return store.db.select({ n: sql<number>`count(*)` }).from(t).where(eq(t.mailboxId, mailboxId)).get()!.n;
}

export function jobCount(store: Store, kind: string, mailboxId: number): number {
  return store.db
    .select({ n: sql<number>`count(*)` })
    .from(jobs)
    .where(sql`${jobs.kind} = ${kind} AND json_extract(${jobs.payload}, '$.mailboxId') = ${mailboxId}`)
    .get()!.n;
}

let seq = 0;
/** A plain customer mail (or agent reply) with a unique Message-ID. */
export function mail(o: {
  from?: string;
  to?: string;
  subject?: string;
  body?: string;
  inReplyTo?: string;
  id?: string;
  date?: Date;
}): { raw: string; id: string } {
  const id = o.id ?? `m${++seq}.${randomBytes(4).toString('hex')}@customer.example`;
  const lines = [
    `Message-ID: <${id}>`,
    `Date: ${(o.date ?? new Date()).toUTCString()}`,
    `From: ${o.from ?? `customer${seq}@customer.example`}`,
    `To: ${o.to ?? 'support@acme.example'}`,
    `Subject: ${o.subject ?? `Question ${seq}`}`,
    ...(o.inReplyTo ? [`In-Reply-To: <${o.inReplyTo}>`, `References: <${o.inReplyTo}>`] : []),
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.body ?? `Hello, I have a question about my contract number ${seq}. Thanks and regards`,
    '',
  ];
  return { raw: lines.join('\r\n'), id };
}
