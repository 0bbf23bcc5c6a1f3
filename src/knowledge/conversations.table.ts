import {
  blob,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/**
 * The knowledge base: one row per learned conversation (a customer message and the agent reply
 * that answered it), anonymized. Never the raw text: the mailbox stays the source of truth.
 * Full-text search runs on `conversations_fts` (FTS5, external content; migration 0006 keeps it
 * in step with this table through triggers).
 */
export const conversations = sqliteTable(
  'conversations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mailboxId: integer('mailbox_id').notNull(),
    /** The agent's reply (outbound message row); one conversation per reply. */
    replyMessageRowId: integer('reply_message_row_id').notNull(),
    /** The customer message it answers. */
    customerMessageRowId: integer('customer_message_row_id').notNull(),
    threadId: integer('thread_id'),
    /** Language of the customer message (ISO 639-1), or null when unknown. */
    lang: text('lang'),
    customerText: text('customer_text').notNull(),
    replyText: text('reply_text').notNull(),
    customerAt: integer('customer_at').notNull(),
    replyAt: integer('reply_at').notNull(),
    /** Residual risk of the anonymized pair, 0..1 (anonymize/risk.models.ts). */
    risk: real('risk').notNull(),
    /** `review` waits for a privacy officer; `rejected` is never used as an example. */
    status: text('status', { enum: ['ready', 'review', 'rejected'] }).notNull(),
    /** `history` = learned from the mailbox; `feedback` = a reply sent to a message that had a draft. */
    source: text('source', { enum: ['history', 'feedback'] })
      .notNull()
      .default('history'),
    createdAt: integer('created_at').notNull(),
    reviewedAt: integer('reviewed_at'),
  },
  (t) => [
    uniqueIndex('conversations_reply_idx').on(t.replyMessageRowId),
    index('conversations_mailbox_idx').on(t.mailboxId, t.status),
  ],
);

/**
 * The participants' pseudonyms (keyed HMACs of their addresses), so that a data-subject request
 * can find and erase every conversation derived from one person.
 */
export const conversationParticipants = sqliteTable(
  'conversation_participants',
  {
    conversationId: integer('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    pseudonym: text('pseudonym').notNull(),
    role: text('role', { enum: ['customer', 'agent', 'other'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conversationId, t.pseudonym] }),
    index('conversation_participants_pseudonym_idx').on(t.pseudonym),
  ],
);

/** Sentence embedding of a conversation's customer text, per embedding model (float32 LE). */
export const conversationEmbeddings = sqliteTable(
  'conversation_embeddings',
  {
    conversationId: integer('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    model: text('model').notNull(),
    dim: integer('dim').notNull(),
    vector: blob('vector', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.model] })],
);

/** The house style of a mailbox, derived from its anonymized replies (knowledge/style.models.ts). */
export const styleProfiles = sqliteTable('style_profiles', {
  mailboxId: integer('mailbox_id').primaryKey(),
  /** JSON of StyleProfile. */
  profile: text('profile').notNull(),
  conversations: integer('conversations').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export type ConversationRow = typeof conversations.$inferSelect;
export type StyleProfileRow = typeof styleProfiles.$inferSelect;
