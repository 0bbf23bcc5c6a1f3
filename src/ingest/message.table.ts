import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { threads } from './thread.table.js';

/**
 * One row per message Veildraft has seen, metadata only: no body, no subject, no address.
 * Message-IDs and addresses are keyed HMACs. (mailbox, message-id hash, header hash) is unique,
 * so a message fetched again after a UIDVALIDITY change or a folder rename is not stored twice;
 * its location (folder, uidvalidity, uid) is updated instead, so jobs re-fetch from the right place.
 */
export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mailboxId: integer('mailbox_id').notNull(),
    folder: text('folder').notNull(),
    folderRole: text('folder_role', { enum: ['inbox', 'sent'] }).notNull(),
    uidValidity: integer('uid_validity').notNull(),
    uid: integer('uid').notNull(),
    messageIdHash: text('message_id_hash').notNull(),
    headerHash: text('header_hash').notNull(),
    inReplyToHash: text('in_reply_to_hash'),
    /** JSON array of hashes of the References ids, for joining replies to what they answer. */
    referenceHashes: text('reference_hashes').notNull().default('[]'),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    direction: text('direction', { enum: ['inbound', 'outbound'] }).notNull(),
    sentAt: integer('sent_at'),
    receivedAt: integer('received_at').notNull(),
    size: integer('size').notNull(),
    fromPseudonym: text('from_pseudonym'),
    /**
     * Outbound mail only: the pseudonym of the agent who sent it (the `Sender` header, else the
     * From), null when that is one of the mailbox's own addresses. Analytics attributes replies by it.
     */
    senderPseudonym: text('sender_pseudonym'),
    /** JSON array of pseudonyms of To and Cc. */
    recipientPseudonyms: text('recipient_pseudonyms').notNull().default('[]'),
    language: text('language'),
    newPartChars: integer('new_part_chars').notNull(),
    attachmentCount: integer('attachment_count').notNull(),
    /** The skip rule that kept this message from getting a draft, if any. */
    skipRule: text('skip_rule'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('messages_dedupe_idx').on(t.mailboxId, t.messageIdHash, t.headerHash),
    index('messages_location_idx').on(t.mailboxId, t.folder, t.uidValidity, t.uid),
    index('messages_message_id_idx').on(t.mailboxId, t.messageIdHash),
    index('messages_in_reply_to_idx').on(t.mailboxId, t.inReplyToHash),
    index('messages_thread_idx').on(t.threadId),
  ],
);
