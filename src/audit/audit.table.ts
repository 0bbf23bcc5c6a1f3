import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only, hash-chained audit log. Each row's `hash` is an HMAC over its fields and the
 * previous row's hash. Triggers (see the migrations) refuse UPDATE and any DELETE that is not
 * a retention prune below the recorded cut.
 */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  target: text('target'),
  metadata: text('metadata').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export type AuditRow = typeof auditLog.$inferSelect;

/** Where retention cut the chain: the last pruned row's id and hash, so verification starts there. */
export const auditAnchor = sqliteTable('audit_anchor', {
  id: integer('id').primaryKey(),
  throughId: integer('through_id').notNull(),
  hash: text('hash').notNull(),
  prunedAt: integer('pruned_at').notNull(),
});
