import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Messages that could not be ingested, by reference and reason only (never content). The keyed
 * hash of the raw header block keeps one row per message across resyncs.
 */
export const quarantine = sqliteTable(
  'quarantine',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mailboxId: integer('mailbox_id').notNull(),
    folder: text('folder').notNull(),
    uidValidity: integer('uid_validity').notNull(),
    uid: integer('uid').notNull(),
    reason: text('reason').notNull(),
    headerHash: text('header_hash').notNull(),
    size: integer('size').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [
    uniqueIndex('quarantine_dedupe_idx').on(t.mailboxId, t.headerHash),
    index('quarantine_at_idx').on(t.at),
  ],
);
