import { sql } from 'drizzle-orm';
import type { Tx } from '../store/store.js';
import type { RetentionCategory } from './retention.models.js';

/**
 * Where each category's rows live and which of them are old: `at` names the column compared
 * with the cut. Table and column names are constants of this file, never input.
 * Conversations go with their participants and embeddings (ON DELETE CASCADE) and their
 * full-text rows (the delete trigger of migration 0006). Threads are what message metadata
 * leaves behind: a thread goes once it has no message left and its last activity is old.
 */
const tables = {
  messages: { table: 'messages', id: 'id', at: 'received_at', also: '' },
  threads: {
    table: 'threads',
    id: 'id',
    at: 'last_at',
    also: 'AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = threads.id)',
  },
  conversations: { table: 'conversations', id: 'id', at: 'reply_at', also: '' },
  draftRecords: { table: 'drafts', id: 'id', at: 'created_at', also: '' },
  quarantine: { table: 'quarantine', id: 'id', at: 'at', also: '' },
  // Sessions are keyed by a hash; their rowid is the cursor.
  sessions: { table: 'sessions', id: 'rowid', at: 'last_seen_at', also: '' },
  signinAttempts: { table: 'signin_attempts', id: 'id', at: 'at', also: '' },
  finishedJobs: { table: 'jobs', id: 'id', at: 'finished_at', also: "AND state IN ('done', 'dead')" },
  audit: { table: 'audit_log', id: 'id', at: 'at', also: '' },
} as const;

/** A purgeable table: every category with rows today, plus the threads message metadata leaves. */
export type PurgeTable = keyof typeof tables;

/** Categories whose rows are not stored yet (analytics detail) have no table here. */
export function tableOf(category: RetentionCategory): PurgeTable | undefined {
  return category in tables ? (category as PurgeTable) : undefined;
}

const raw = (s: string) => sql.raw(s);

export function countOlder(db: Tx, name: PurgeTable, before: number): number {
  const t = tables[name];
  const row = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM ${raw(t.table)} WHERE ${raw(t.at)} <= ${before} ${raw(t.also)}`,
  );
  return row.n;
}

/**
 * The next ids to delete, after `cursor`, in id order. Read outside the write transaction, so
 * the scan for old rows never holds the write lock; the delete then takes only these ids.
 */
export function olderIds(db: Tx, name: PurgeTable, before: number, cursor: number, limit: number): number[] {
  const t = tables[name];
  return db
    .all<{ id: number }>(
      sql`SELECT ${raw(t.id)} AS id FROM ${raw(t.table)} WHERE ${raw(t.id)} > ${cursor}
          AND ${raw(t.at)} <= ${before} ${raw(t.also)} ORDER BY ${raw(t.id)} LIMIT ${limit}`,
    )
    .map((r) => r.id);
}

/**
 * Deletes these ids, re-checking the age condition (a row touched since it was read, such as a
 * session used again or a thread that got a new message, stays). Returns the ids deleted.
 */
export function deleteIds(tx: Tx, name: PurgeTable, ids: readonly number[], before: number): number[] {
  if (ids.length === 0) return [];
  const t = tables[name];
  return tx
    .all<{ id: number }>(
      sql`DELETE FROM ${raw(t.table)} WHERE ${raw(t.id)} IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}) AND ${raw(t.at)} <= ${before} ${raw(t.also)} RETURNING ${raw(t.id)} AS id`,
    )
    .map((r) => r.id);
}
