import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../store/store.js';
import { folderState } from '../sync/folder-state.table.js';
import { messages } from './message.table.js';
import { quarantine } from './quarantine.table.js';

export type MessageRow = typeof messages.$inferSelect;
export type NewMessageRow = typeof messages.$inferInsert;
export type FolderStateRow = typeof folderState.$inferSelect;

/**
 * Ingest runs these for every message, thousands per minute: plain prepared statements, built
 * once per connection, cost a fraction of rebuilding the query each time. They run on the same
 * connection, so inside the caller's `db.transaction`.
 */
const cache = new WeakMap<object, ReturnType<typeof build>>();

function build(db: Db) {
  const c = db.$client;
  const cols = `id, mailbox_id AS mailboxId, folder, folder_role AS folderRole, uid_validity AS uidValidity, uid,
    message_id_hash AS messageIdHash, header_hash AS headerHash, in_reply_to_hash AS inReplyToHash,
    reference_hashes AS referenceHashes, thread_id AS threadId, direction, sent_at AS sentAt,
    received_at AS receivedAt, size, from_pseudonym AS fromPseudonym, sender_pseudonym AS senderPseudonym,
    recipient_pseudonyms AS recipientPseudonyms, language, new_part_chars AS newPartChars,
    attachment_count AS attachmentCount, skip_rule AS skipRule, created_at AS createdAt`;
  return {
    duplicate: c.prepare(
      `SELECT id FROM messages WHERE mailbox_id = ? AND message_id_hash = ? AND header_hash = ?`,
    ),
    relocate: c.prepare(
      `UPDATE messages SET folder = ?, folder_role = ?, uid_validity = ?, uid = ? WHERE id = ?`,
    ),
    threadOf: c.prepare(
      `SELECT thread_id AS threadId FROM messages WHERE mailbox_id = ? AND message_id_hash = ? LIMIT 1`,
    ),
    bySubject: c.prepare(
      `SELECT id AS threadId, last_at AS lastAt FROM threads
       WHERE mailbox_id = ? AND subject_key = ? AND participants_key = ? ORDER BY last_at DESC LIMIT 1`,
    ),
    insertThread: c.prepare(
      `INSERT INTO threads (mailbox_id, subject_key, participants_key, first_at, last_at, message_count)
       VALUES (?, ?, ?, ?, ?, 0) RETURNING id`,
    ),
    touchThread: c.prepare(
      `UPDATE threads SET message_count = message_count + 1, first_at = min(first_at, ?), last_at = max(last_at, ?)
       WHERE id = ?`,
    ),
    insertMessage: c.prepare(
      `INSERT INTO messages (mailbox_id, folder, folder_role, uid_validity, uid, message_id_hash, header_hash,
        in_reply_to_hash, reference_hashes, thread_id, direction, sent_at, received_at, size, from_pseudonym,
        sender_pseudonym, recipient_pseudonyms, language, new_part_chars, attachment_count, skip_rule, created_at)
       VALUES (@mailboxId, @folder, @folderRole, @uidValidity, @uid, @messageIdHash, @headerHash,
        @inReplyToHash, @referenceHashes, @threadId, @direction, @sentAt, @receivedAt, @size, @fromPseudonym,
        @senderPseudonym, @recipientPseudonyms, @language, @newPartChars, @attachmentCount, @skipRule, @createdAt) RETURNING id`,
    ),
    inbound: c.prepare(
      `SELECT ${cols} FROM messages WHERE mailbox_id = ? AND message_id_hash = ? AND direction = 'inbound' LIMIT 1`,
    ),
    repliesTo: c.prepare(
      `SELECT ${cols} FROM messages WHERE mailbox_id = ? AND in_reply_to_hash = ? AND direction = 'outbound'`,
    ),
  };
}

function stmts(db: Db) {
  let s = cache.get(db.$client);
  if (!s) {
    s = build(db);
    cache.set(db.$client, s);
  }
  return s;
}

export function findDuplicate(db: Db, mailboxId: number, idHash: string, hHash: string): number | undefined {
  return (stmts(db).duplicate.get(mailboxId, idHash, hHash) as { id: number } | undefined)?.id;
}

/** A message seen again elsewhere (new UIDVALIDITY, renamed folder): remember where it is now. */
export function relocateMessage(
  db: Db,
  id: number,
  loc: { folder: string; folderRole: 'inbox' | 'sent'; uidValidity: number; uid: number },
): void {
  stmts(db).relocate.run(loc.folder, loc.folderRole, loc.uidValidity, loc.uid, id);
}

export function threadOfFirstParent(db: Db, mailboxId: number, parentHashes: string[]): number | undefined {
  for (const h of parentHashes) {
    const row = stmts(db).threadOf.get(mailboxId, h) as { threadId: number } | undefined;
    if (row) return row.threadId;
  }
  return undefined;
}

export function latestThreadBySubject(
  db: Db,
  mailboxId: number,
  subjectKey: string,
  participantsKey: string,
): { threadId: number; lastAt: number } | undefined {
  return stmts(db).bySubject.get(mailboxId, subjectKey, participantsKey) as
    | { threadId: number; lastAt: number }
    | undefined;
}

export function insertThread(
  db: Db,
  t: { mailboxId: number; subjectKey: string; participantsKey: string; at: number },
): number {
  return (
    stmts(db).insertThread.get(t.mailboxId, t.subjectKey, t.participantsKey, t.at, t.at) as { id: number }
  ).id;
}

export function touchThread(db: Db, threadId: number, at: number): void {
  stmts(db).touchThread.run(at, at, threadId);
}

export function insertMessage(db: Db, row: NewMessageRow): number {
  // Every named parameter must be bound; inbound mail has no sender.
  return (stmts(db).insertMessage.get({ senderPseudonym: null, ...row }) as { id: number }).id;
}

/** The inbound message a reply answers: In-Reply-To first, then References from the newest. */
export function findAnsweredInbound(
  db: Db,
  mailboxId: number,
  parentHashes: string[],
): MessageRow | undefined {
  for (const h of parentHashes) {
    const row = stmts(db).inbound.get(mailboxId, h) as MessageRow | undefined;
    if (row) return row;
  }
  return undefined;
}

/** Outbound replies already stored whose In-Reply-To is this message. */
export function findRepliesTo(db: Db, mailboxId: number, idHash: string): MessageRow[] {
  return stmts(db).repliesTo.all(mailboxId, idHash) as MessageRow[];
}

export function insertQuarantine(tx: Tx, row: typeof quarantine.$inferInsert): boolean {
  const r = tx
    .insert(quarantine)
    .values(row)
    .onConflictDoUpdate({
      target: [quarantine.mailboxId, quarantine.headerHash],
      set: { folder: row.folder, uidValidity: row.uidValidity, uid: row.uid, reason: row.reason },
    })
    .run();
  return r.changes === 1;
}

export function getFolderState(
  db: Tx,
  mailboxId: number,
  role: 'inbox' | 'sent',
): FolderStateRow | undefined {
  return db
    .select()
    .from(folderState)
    .where(and(eq(folderState.mailboxId, mailboxId), eq(folderState.role, role)))
    .get();
}

export function putFolderState(db: Tx, row: FolderStateRow): void {
  db.insert(folderState)
    .values(row)
    .onConflictDoUpdate({ target: [folderState.mailboxId, folderState.role], set: row })
    .run();
}

export function backfillProgress(db: Db, mailboxId: number): FolderStateRow[] {
  return db.select().from(folderState).where(eq(folderState.mailboxId, mailboxId)).all();
}

export function countMessages(db: Db, mailboxId: number): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(messages)
    .where(eq(messages.mailboxId, mailboxId))
    .get()!.n;
}

export function messagesAt(db: Db, mailboxId: number, folders: string[]): MessageRow[] {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.mailboxId, mailboxId), inArray(messages.folder, folders)))
    .all();
}

export function findMessageRow(db: Db, id: number): MessageRow | undefined {
  return db.select().from(messages).where(eq(messages.id, id)).get();
}

/** Earlier messages of a thread, newest first, for the drafting prompt's context. */
export function earlierInThread(db: Db, threadId: number, beforeId: number, limit: number): MessageRow[] {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.threadId, threadId), sql`${messages.id} < ${beforeId}`))
    .orderBy(sql`${messages.id} desc`)
    .limit(limit)
    .all();
}

/** What the drafting job reads of the stored messages, bound to one database (see createDraftsRepository). */
export function createMessagesRepository(db: Db) {
  return {
    earlierInThread: (threadId: number, beforeId: number, limit: number) =>
      earlierInThread(db, threadId, beforeId, limit),
    findRepliesTo: (mailboxId: number, idHash: string) => findRepliesTo(db, mailboxId, idHash),
  };
}
export type MessagesRepository = ReturnType<typeof createMessagesRepository>;
