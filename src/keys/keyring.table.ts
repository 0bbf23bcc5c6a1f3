import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Data keys, each sealed (AES-256-GCM) with the wrap key derived from the master key. */
export const keyring = sqliteTable('keyring', {
  name: text('name').primaryKey(),
  sealed: blob('sealed', { mode: 'buffer' }).notNull(),
  createdAt: integer('created_at').notNull(),
  rewrappedAt: integer('rewrapped_at'),
});
