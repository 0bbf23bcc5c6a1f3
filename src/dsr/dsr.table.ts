import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const dsrKinds = ['access', 'erasure'] as const;
export type DsrKind = (typeof dsrKinds)[number];
export const dsrStatuses = ['open', 'erasing', 'done', 'rejected'] as const;
export type DsrStatus = (typeof dsrStatuses)[number];

/**
 * The data-subject request tracker (GDPR Art. 12(3): answer within one month). The person is
 * held only as their keyed pseudonym, never the address, so the tracker itself does not keep an
 * erased person readable. `certificate` is the erasure certificate (JSON of counts, no content).
 * Rows are kept as the controller's proof of having answered (Art. 5(2)).
 */
export const dsrRequests = sqliteTable(
  'dsr_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: dsrKinds }).notNull(),
    pseudonym: text('pseudonym').notNull(),
    /** The organisation's own reference (ticket number), identifier-like. */
    reference: text('reference'),
    receivedAt: integer('received_at').notNull(),
    dueAt: integer('due_at').notNull(),
    status: text('status', { enum: dsrStatuses }).notNull().default('open'),
    /** Who handles it, as the audit log names actors (`user:3`, `cli`). */
    handler: text('handler').notNull(),
    completedAt: integer('completed_at'),
    certificate: text('certificate'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('dsr_requests_status_due_idx').on(t.status, t.dueAt)],
);

export type DsrRequestRow = typeof dsrRequests.$inferSelect;
