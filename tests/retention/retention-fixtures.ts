import { afterEach } from 'vitest';
import { emitAudit } from '../../src/audit/audit.repository.js';
import type { DataKeys } from '../../src/keys/subkeys.js';
import type { RetentionDeps } from '../../src/retention/retention.usecases.js';
import type { Store } from '../../src/store/store.js';
import { TestClock } from '../support/appliance.js';
import { addConversations } from '../support/conversations.js';
import { tempAppliance } from '../support/temp-appliance.js';

export const DAY = 86_400_000;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A real encrypted store in a temp folder with the purge's dependencies, removed after the test. */
export function openRetentionStore(env: RetentionDeps['env'] = { backfillMonths: 12 }) {
  const app = tempAppliance();
  const { store, keys } = app.open();
  cleanups.push(() => {
    store.close();
    app.cleanup();
  });
  const clock = new TestClock();
  const deps: RetentionDeps = { db: store.db, auditKey: keys.audit, clock, env };
  return { store, keys, clock, deps };
}

/**
 * One row per age in every table a retention category covers, written as the appliance would:
 * oldest first, so ids grow with time as they do in a running appliance.
 */
export function seedAges(store: Store, keys: DataKeys, now: number, agesDays: readonly number[]) {
  const db = store.sqlite;
  db.prepare(
    `INSERT INTO users (username, role, password_hash, created_at, updated_at) VALUES ('u', 'admin', 'x', 0, 0)`,
  ).run();
  let uid = 1;
  for (const age of [...agesDays].sort((a, b) => b - a)) {
    const at = now - age * DAY;
    const thread = db
      .prepare(
        `INSERT INTO threads (mailbox_id, subject_key, participants_key, first_at, last_at, message_count)
         VALUES (1, 's${uid}', 'p', ?, ?, 1)`,
      )
      .run(at, at).lastInsertRowid;
    db.prepare(
      `INSERT INTO messages (mailbox_id, folder, folder_role, uid_validity, uid, message_id_hash, header_hash,
         thread_id, direction, received_at, size, new_part_chars, attachment_count, created_at)
       VALUES (1, 'INBOX', 'inbox', 1, ?, ?, 'h', ?, 'inbound', ?, 10, 5, 0, ?)`,
    ).run(uid, `m${uid}`, thread, at, at);
    db.prepare(
      `INSERT INTO drafts (mailbox_id, draft_key, message_id, created_at, status) VALUES (1, ?, '<x>', ?, 'stored')`,
    ).run(`key-${uid}`, at);
    db.prepare(
      `INSERT INTO quarantine (mailbox_id, folder, uid_validity, uid, reason, header_hash, size, at)
       VALUES (1, 'INBOX', 1, ?, 'too_large', ?, 1, ?)`,
    ).run(uid, `q${uid}`, at);
    db.prepare(
      `INSERT INTO sessions (id_hash, user_id, stage, created_at, last_seen_at) VALUES (?, 1, 'full', ?, ?)`,
    ).run(`s${uid}`, at, at);
    db.prepare(`INSERT INTO signin_attempts (at, account_key, client_key, ok) VALUES (?, 'a', 'c', 0)`).run(
      at,
    );
    db.prepare(
      `INSERT INTO jobs (kind, payload, state, max_attempts, run_after, idempotency_key, created_at, updated_at, finished_at)
       VALUES ('learn', '{}', 'done', 1, ?, ?, ?, ?, ?)`,
    ).run(at, `j${uid}`, at, at, at);
    addConversations(store, [
      {
        customerText: `parcel ${uid} damaged`,
        replyAt: at,
        customerAt: at,
        embedding: { model: 'm', vector: new Float32Array([1, uid]) },
      },
    ]);
    store.db.transaction((tx) =>
      emitAudit(tx, keys.audit, { actor: { kind: 'system' }, action: 'test.seed', at }),
    );
    uid++;
  }
}

export function count(store: Store, table: string): number {
  return (store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
