import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Bookkeeping of drafts written to a mailbox's Drafts folder (no content). `draftKey` is the
 * idempotency key also carried in the draft's `X-Veildraft-Draft-Key` header: the server is
 * searched for it before any APPEND, so a crash between APPEND and this row's update does not
 * produce a second draft. (uidValidity, uid) locate the stored draft once known.
 * The drafting issue extends this table (job, similarity to the sent reply, …).
 */
export const drafts = sqliteTable(
  'drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mailboxId: integer('mailbox_id').notNull(),
    draftKey: text('draft_key').notNull(),
    /** The deterministic Message-ID given to the draft, e.g. `<vd-…@example.org>`. */
    messageId: text('message_id').notNull(),
    folder: text('folder'),
    uidValidity: integer('uid_validity'),
    uid: integer('uid'),
    /** `appended` = we appended it; `found` = a previous attempt had already stored it. */
    outcome: text('outcome', { enum: ['appended', 'found'] }),
    createdAt: integer('created_at').notNull(),
    appendedAt: integer('appended_at'),
  },
  (t) => [uniqueIndex('drafts_key_idx').on(t.draftKey)],
);

export type DraftRow = typeof drafts.$inferSelect;
