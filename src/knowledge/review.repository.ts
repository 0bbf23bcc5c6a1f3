import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../store/store.js';
import { type ConversationRow, conversationEmbeddings, conversations } from './conversations.table.js';

/** The review queue's SQL: listing what waits, and a reviewer's corrections to one conversation. */

/** One row of the review queue: ids, dates and the score, no text. */
export interface ReviewQueueRow {
  id: number;
  mailboxId: number;
  lang: string | null;
  risk: number;
  replyAt: number;
  createdAt: number;
  source: ConversationRow['source'];
}

/** `mailboxIds` null = every mailbox; an empty list matches none. */
function inMailboxes(mailboxIds: readonly number[] | null) {
  return mailboxIds === null ? undefined : inArray(conversations.mailboxId, [...mailboxIds]);
}

/** Conversations waiting for review, newest reply first. */
export function listReviewQueue(
  db: Tx,
  q: { mailboxIds: readonly number[] | null; limit: number; offset: number },
): ReviewQueueRow[] {
  if (q.mailboxIds?.length === 0) return [];
  return db
    .select({
      id: conversations.id,
      mailboxId: conversations.mailboxId,
      lang: conversations.lang,
      risk: conversations.risk,
      replyAt: conversations.replyAt,
      createdAt: conversations.createdAt,
      source: conversations.source,
    })
    .from(conversations)
    .where(and(eq(conversations.status, 'review'), inMailboxes(q.mailboxIds)))
    .orderBy(desc(conversations.replyAt), desc(conversations.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
}

export function countReviewQueue(db: Tx, mailboxIds: readonly number[] | null): number {
  if (mailboxIds?.length === 0) return 0;
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(conversations)
      .where(and(eq(conversations.status, 'review'), inMailboxes(mailboxIds)))
      .get()?.n ?? 0
  );
}

export function getConversation(db: Tx, id: number): ConversationRow | undefined {
  return db.select().from(conversations).where(eq(conversations.id, id)).get();
}

/** New anonymized texts after a review correction; the FTS index follows by trigger. */
export function updateConversationTexts(
  tx: Tx,
  id: number,
  texts: { customerText: string; replyText: string },
): void {
  tx.update(conversations).set(texts).where(eq(conversations.id, id)).run();
}

/** Drops a conversation's embeddings (its text changed); returns how many rows went. */
export function deleteConversationEmbeddings(tx: Tx, conversationId: number): number {
  return tx
    .delete(conversationEmbeddings)
    .where(eq(conversationEmbeddings.conversationId, conversationId))
    .run().changes;
}
