import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { auditLog } from '../audit/audit.table.js';
import type { Tx } from '../store/store.js';
import { type DsrRequestRow, type DsrStatus, dsrRequests } from './dsr.table.js';

/**
 * The SQL of data-subject requests over the tables the registry names (dsr.registry.ts) that
 * belong to no other repository's write path: messages, threads, drafts, jobs, sign-in attempts,
 * the audit references and the tracker. Conversations go through the knowledge repository.
 * Id lists travel as one JSON parameter read with json_each: no bound-variable limit.
 */

export interface SubjectMessage {
  id: number;
  threadId: number;
  mailboxId: number;
}

const json = (v: readonly unknown[]) => JSON.stringify(v);

/**
 * The messages a person sent or received, by pseudonym (one scan for any number of them): as
 * From, as the Sender of a reply sent from a shared address, or as a recipient.
 */
export function messagesOfPseudonyms(db: Tx, pseudonyms: readonly string[]): SubjectMessage[] {
  if (pseudonyms.length === 0) return [];
  const set = json(pseudonyms);
  return db.all<SubjectMessage>(sql`
    SELECT id, thread_id AS threadId, mailbox_id AS mailboxId FROM messages m
    WHERE m.from_pseudonym IN (SELECT value FROM json_each(${set}))
       OR m.sender_pseudonym IN (SELECT value FROM json_each(${set}))
       OR EXISTS (SELECT 1 FROM json_each(m.recipient_pseudonyms) r
                  WHERE r.value IN (SELECT value FROM json_each(${set})))
    ORDER BY id`);
}

/** Rows of the person's messages as an access request shows them (no pseudonyms of others). */
export function exportMessages(db: Tx, ids: readonly number[]) {
  return db.all<{
    id: number;
    mailboxId: number;
    folder: string;
    direction: string;
    threadId: number;
    sentAt: number | null;
    receivedAt: number;
    size: number;
    language: string | null;
    attachmentCount: number;
    skipRule: string | null;
  }>(sql`
    SELECT id, mailbox_id AS mailboxId, folder, direction, thread_id AS threadId, sent_at AS sentAt,
      received_at AS receivedAt, size, language, attachment_count AS attachmentCount, skip_rule AS skipRule
    FROM messages WHERE id IN (SELECT value FROM json_each(${json(ids)})) ORDER BY id`);
}

export function exportThreads(db: Tx, ids: readonly number[]) {
  return db.all<{ id: number; mailboxId: number; firstAt: number; lastAt: number; messageCount: number }>(sql`
    SELECT id, mailbox_id AS mailboxId, first_at AS firstAt, last_at AS lastAt, message_count AS messageCount
    FROM threads WHERE id IN (SELECT value FROM json_each(${json(ids)})) ORDER BY id`);
}

/** Draft bookkeeping rows answering (or matched to the sent reply of) the person's messages. */
export function exportDrafts(db: Tx, messageIds: readonly number[]) {
  return db.all<{
    id: number;
    mailboxId: number;
    status: string;
    createdAt: number;
    appendedAt: number | null;
    model: string | null;
    similarity: number | null;
  }>(sql`
    SELECT id, mailbox_id AS mailboxId, status, created_at AS createdAt, appended_at AS appendedAt, model, similarity
    FROM drafts WHERE message_row_id IN (SELECT value FROM json_each(${json(messageIds)}))
       OR sent_message_row_id IN (SELECT value FROM json_each(${json(messageIds)})) ORDER BY id`);
}

/** Audit rows that name one of the conversations (review decisions, redactions). */
export function auditRowsOfConversations(db: Tx, conversationIds: readonly number[]) {
  const targets = conversationIds.map((id) => `conversation:${id}`);
  return db.all<{ id: number; at: number; action: string; target: string }>(sql`
    SELECT id, at, action, target FROM audit_log
    WHERE target IN (SELECT value FROM json_each(${json(targets)})) ORDER BY id`);
}

/** Rows per table derived from the conversations (the cascades and trigger delete them). */
export function conversationDerivedCounts(db: Tx, conversationIds: readonly number[]) {
  const ids = json(conversationIds);
  const count = (table: 'conversation_participants' | 'conversation_embeddings') =>
    db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM ${sql.identifier(table)} WHERE conversation_id IN (SELECT value FROM json_each(${ids}))`,
    )?.n ?? 0;
  return {
    conversation_participants: count('conversation_participants'),
    conversation_embeddings: count('conversation_embeddings'),
    conversations_fts:
      db.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM conversations_fts WHERE rowid IN (SELECT value FROM json_each(${ids}))`,
      )?.n ?? 0,
  };
}

/** Jobs about the messages (draft, learn); a running one finds its message gone and ends. */
function jobsOfMessagesWhere(messageIds: readonly number[]) {
  const ids = json(messageIds);
  return sql`state <> 'running' AND (
    json_extract(payload, '$.messageRowId') IN (SELECT value FROM json_each(${ids}))
    OR json_extract(payload, '$.answersMessageRowId') IN (SELECT value FROM json_each(${ids})))`;
}

export function countJobsOfMessages(db: Tx, messageIds: readonly number[]): number {
  return (
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM jobs WHERE ${jobsOfMessagesWhere(messageIds)}`)?.n ??
    0
  );
}

export function countSigninAttempts(db: Tx, accountKeys: readonly string[]): number {
  return (
    db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM signin_attempts WHERE account_key IN (SELECT value FROM json_each(${json(accountKeys)}))`,
    )?.n ?? 0
  );
}

/**
 * Deletes the person's message-derived rows: drafts and jobs of their messages, the messages,
 * then threads left empty (threads still holding other people's messages get their count
 * corrected instead). Returns rows deleted per table.
 */
export function deleteMessageRows(tx: Tx, messages: readonly SubjectMessage[]) {
  const ids = json(messages.map((m) => m.id));
  const threadIds = json([...new Set(messages.map((m) => m.threadId))]);
  const drafts = tx.run(sql`DELETE FROM drafts WHERE message_row_id IN (SELECT value FROM json_each(${ids}))
    OR sent_message_row_id IN (SELECT value FROM json_each(${ids}))`).changes;
  const jobs = tx.run(sql`DELETE FROM jobs WHERE ${jobsOfMessagesWhere(messages.map((m) => m.id))}`).changes;
  const deletedMessages = tx.run(
    sql`DELETE FROM messages WHERE id IN (SELECT value FROM json_each(${ids}))`,
  ).changes;
  const threads = tx.run(sql`DELETE FROM threads WHERE id IN (SELECT value FROM json_each(${threadIds}))
    AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = threads.id)`).changes;
  tx.run(sql`UPDATE threads SET message_count = (SELECT count(*) FROM messages m WHERE m.thread_id = threads.id)
    WHERE id IN (SELECT value FROM json_each(${threadIds}))`);
  return { drafts, jobs, messages: deletedMessages, threads };
}

export function deleteSigninAttempts(tx: Tx, accountKeys: readonly string[]): number {
  return tx.run(
    sql`DELETE FROM signin_attempts WHERE account_key IN (SELECT value FROM json_each(${json(accountKeys)}))`,
  ).changes;
}

/**
 * Removing a mailbox: everything derived from it except conversations (knowledge repository).
 * Batched by the caller's transaction per table; returns rows deleted per table.
 */
export function deleteMailboxRows(tx: Tx, mailboxId: number): Record<string, number> {
  const run = (q: ReturnType<typeof sql>) => tx.run(q).changes;
  const jobs = run(
    sql`DELETE FROM jobs WHERE state <> 'running' AND kind <> 'mailbox.purge' AND json_extract(payload, '$.mailboxId') = ${mailboxId}`,
  );
  return {
    drafts: run(sql`DELETE FROM drafts WHERE mailbox_id = ${mailboxId}`),
    jobs,
    messages: run(sql`DELETE FROM messages WHERE mailbox_id = ${mailboxId}`),
    threads: run(sql`DELETE FROM threads WHERE mailbox_id = ${mailboxId}`),
    quarantine: run(sql`DELETE FROM quarantine WHERE mailbox_id = ${mailboxId}`),
    folder_state: run(sql`DELETE FROM folder_state WHERE mailbox_id = ${mailboxId}`),
    style_profiles: run(sql`DELETE FROM style_profiles WHERE mailbox_id = ${mailboxId}`),
    user_mailboxes: run(sql`DELETE FROM user_mailboxes WHERE mailbox_id = ${mailboxId}`),
  };
}

// ---- the tracker ----

export function insertRequest(
  tx: Tx,
  r: Pick<DsrRequestRow, 'kind' | 'pseudonym' | 'reference' | 'receivedAt' | 'dueAt' | 'handler'> & {
    at: number;
  },
): number {
  const { at, ...row } = r;
  return tx
    .insert(dsrRequests)
    .values({ ...row, createdAt: at, updatedAt: at })
    .returning({ id: dsrRequests.id })
    .get().id;
}

export function getRequest(db: Tx, id: number): DsrRequestRow | undefined {
  return db.select().from(dsrRequests).where(eq(dsrRequests.id, id)).get();
}

export function listRequests(db: Tx, limit = 200): DsrRequestRow[] {
  return db
    .select()
    .from(dsrRequests)
    .orderBy(desc(dsrRequests.receivedAt), desc(dsrRequests.id))
    .limit(limit)
    .all();
}

export function requestsOfPseudonyms(db: Tx, pseudonyms: readonly string[]): DsrRequestRow[] {
  if (pseudonyms.length === 0) return [];
  return db
    .select()
    .from(dsrRequests)
    .where(inArray(dsrRequests.pseudonym, [...pseudonyms]))
    .orderBy(dsrRequests.id)
    .all();
}

export function setRequestStatus(
  tx: Tx,
  id: number,
  s: { status: DsrStatus; at: number; handler?: string; certificate?: string },
): void {
  tx.update(dsrRequests)
    .set({
      status: s.status,
      updatedAt: s.at,
      ...(s.handler ? { handler: s.handler } : {}),
      ...(s.status === 'done' || s.status === 'rejected' ? { completedAt: s.at } : {}),
      ...(s.certificate ? { certificate: s.certificate } : {}),
    })
    .where(eq(dsrRequests.id, id))
    .run();
}

/** Open requests past their due date, oldest first (the dashboard's warning). */
export function overdueRequests(db: Tx, now: number): DsrRequestRow[] {
  return db
    .select()
    .from(dsrRequests)
    .where(and(sql`${dsrRequests.status} IN ('open', 'erasing')`, lt(dsrRequests.dueAt, now)))
    .orderBy(dsrRequests.dueAt)
    .all();
}

/** The id of the audit row just written in this transaction (for the certificate). */
export function lastAuditId(tx: Tx): number {
  return tx.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()?.id ?? 0;
}

/** Conversations whose texts hold every one of the tokens (FTS5, any mailbox), at most `limit`. */
export function conversationsMatchingAll(db: Tx, tokens: readonly string[], limit: number): number[] {
  if (tokens.length === 0) return [];
  const match = tokens.map((t) => `"${t.replaceAll('"', '""')}"`).join(' ');
  return db
    .all<{ id: number }>(
      sql`SELECT rowid AS id FROM conversations_fts WHERE conversations_fts MATCH ${match} ORDER BY rowid LIMIT ${limit}`,
    )
    .map((r) => r.id);
}

/** Rows that hang on console accounts (removed with the account, by cascade). */
export function accountRowCounts(db: Tx, userIds: readonly number[]): Record<string, number> {
  const ids = json(userIds);
  const count = (table: string) =>
    db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM ${sql.identifier(table)} WHERE user_id IN (SELECT value FROM json_each(${ids}))`,
    )?.n ?? 0;
  return {
    sessions: count('sessions'),
    recovery_codes: count('recovery_codes'),
    user_identities: count('user_identities'),
    user_mailboxes: count('user_mailboxes'),
  };
}

export function usernames(
  db: Tx,
): { id: number; username: string; role: string; createdAt: number; emailPseudonym: string | null }[] {
  return db.all(
    sql`SELECT id, username, role, created_at AS createdAt, email_pseudonym AS emailPseudonym FROM users ORDER BY id`,
  );
}
