import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Conversations. The subject and the external participants are kept only as keyed hashes, for
 * joining messages whose clients dropped In-Reply-To and References.
 */
export const threads = sqliteTable(
  'threads',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mailboxId: integer('mailbox_id').notNull(),
    subjectKey: text('subject_key').notNull(),
    participantsKey: text('participants_key').notNull(),
    firstAt: integer('first_at').notNull(),
    lastAt: integer('last_at').notNull(),
    messageCount: integer('message_count').notNull().default(0),
  },
  (t) => [
    index('threads_fallback_idx').on(t.mailboxId, t.subjectKey, t.participantsKey, t.lastAt),
    // Analytics walks one mailbox's threads active in a period, in last_at order (see
    // analytics.repository.ts): the period's threads only, grouped, without a sort.
    index('threads_mailbox_last_idx').on(t.mailboxId, t.lastAt),
  ],
);
