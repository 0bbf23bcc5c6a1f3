// Retention purge: rows deleted per second on the real encrypted store, per category, with the
// default batch size, and the longest single write transaction (what sync may wait for).
// Seeds N rows past their period in each table: conversations with a 384-dim embedding and their
// full-text rows, messages with their threads, quarantine entries, finished jobs, audit rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emitAudit, verifyAuditChain } from '../../src/audit/audit.repository.js';
import { loadConfig } from '../../src/config/config.js';
import { insertConversation } from '../../src/knowledge/knowledge.repository.js';
import { DEFAULT_BATCH, purgeRetention } from '../../src/retention/retention.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { openAppliance } from '../../src/start.js';
import { round } from '../bench-support/stats.js';

const N = Number(process.env.BENCH_RETENTION_ROWS ?? 20_000);
const DAY = 86_400_000;

export async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-bench-'));
  try {
    const config = loadConfig({
      VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
      VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
    });
    const { store, keys } = openAppliance(config, systemClock);
    const old = Date.now() - 1000 * DAY;
    const words = ['parcel', 'invoice', 'refund', 'delivery', 'account', 'address', 'contract', 'meter'];
    const vector = new Float32Array(384).fill(1 / Math.sqrt(384));
    store.db.transaction((tx) => {
      const s = store.sqlite;
      const thread = s.prepare(
        `INSERT INTO threads (mailbox_id, subject_key, participants_key, first_at, last_at) VALUES (1, ?, 'p', ?, ?)`,
      );
      const message = s.prepare(
        `INSERT INTO messages (mailbox_id, folder, folder_role, uid_validity, uid, message_id_hash, header_hash,
           thread_id, direction, received_at, size, new_part_chars, attachment_count, created_at)
         VALUES (1, 'INBOX', 'inbox', 1, ?, ?, 'h', ?, 'inbound', ?, 10, 5, 0, ?)`,
      );
      const quarantine = s.prepare(
        `INSERT INTO quarantine (mailbox_id, folder, uid_validity, uid, reason, header_hash, size, at)
         VALUES (1, 'INBOX', 1, ?, 'too_large', ?, 1, ?)`,
      );
      const job = s.prepare(
        `INSERT INTO jobs (kind, payload, state, max_attempts, run_after, idempotency_key, created_at, updated_at, finished_at)
         VALUES ('learn', '{}', 'done', 1, ?, ?, ?, ?, ?)`,
      );
      for (let i = 0; i < N; i++) {
        const t = thread.run(`s${i}`, old, old).lastInsertRowid;
        message.run(i, `m${i}`, t, old, old);
        quarantine.run(i, `q${i}`, old);
        job.run(old, `j${i}`, old, old, old);
        const text = Array.from({ length: 60 }, (_, k) => words[(i + k) % words.length]).join(' ');
        insertConversation(tx, {
          mailboxId: 1,
          replyMessageRowId: 2 * i + 1,
          customerMessageRowId: 2 * i,
          threadId: null,
          lang: 'en',
          customerText: text,
          replyText: text,
          customerAt: old,
          replyAt: old,
          risk: 0.1,
          status: 'ready',
          source: 'history',
          createdAt: old,
          participants: [{ pseudonym: `c${i}`, role: 'customer' }],
          embedding: { model: 'm', vector },
        });
        emitAudit(tx, keys.audit, { actor: { kind: 'system' }, action: 'bench.seed', at: old });
      }
    });
    const result = await purgeRetention(
      { db: store.db, auditKey: keys.audit, clock: systemClock, env: { backfillMonths: 12 } },
      { actor: { kind: 'system' } },
    );
    const rows = Object.values(result.deleted).reduce((a, b) => a + b, 0);
    const chainOk = verifyAuditChain(store.db, keys.audit).ok;
    store.close();
    return {
      rowsPerTable: N,
      batchSize: DEFAULT_BATCH,
      rowsDeleted: rows,
      purgeMs: result.ms,
      rowsPerSecond: round(rows / (result.ms / 1000)),
      maxWriteTxMs: result.maxTxMs,
      maxWriteTxMsBy: JSON.stringify(result.maxTxMsBy),
      transactions: result.batches,
      chainVerifies: chainOk,
      deleted: JSON.stringify(result.deleted),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
