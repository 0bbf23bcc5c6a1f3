import { endianness } from 'node:os';
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../store/store.js';
import {
  type ConversationRow,
  conversationEmbeddings,
  conversationParticipants,
  conversations,
  type StyleProfileRow,
  styleProfiles,
} from './conversations.table.js';

export type ConversationStatus = ConversationRow['status'];

export interface NewConversation {
  mailboxId: number;
  replyMessageRowId: number;
  customerMessageRowId: number;
  threadId: number | null;
  lang: string | null;
  /** Anonymized texts only. */
  customerText: string;
  replyText: string;
  customerAt: number;
  replyAt: number;
  risk: number;
  status: ConversationStatus;
  source: ConversationRow['source'];
  createdAt: number;
  participants: { pseudonym: string; role: 'customer' | 'agent' | 'other' }[];
  embedding?: { model: string; vector: Float32Array };
}

// Vectors are stored as float32 little-endian; every platform Node ships on for us is LE, and a
// big-endian one would read garbage silently, so refuse loudly instead.
if (endianness() !== 'LE') throw new Error('conversation embeddings need a little-endian platform');

export function vectorToBlob(v: Float32Array): Buffer {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

export function blobToVector(b: Buffer): Float32Array {
  // Copy: the blob's buffer may be shared or unaligned for a Float32Array view.
  const out = new Float32Array(b.byteLength / 4);
  new Uint8Array(out.buffer).set(b);
  return out;
}

/**
 * Stores a learned conversation with its participants and, when given, its embedding. Idempotent
 * on the reply: learning the same reply twice (a retried job) returns the existing id, unchanged.
 */
export function insertConversation(tx: Tx, c: NewConversation): { id: number; created: boolean } {
  const { participants, embedding, ...row } = c;
  const inserted = tx
    .insert(conversations)
    .values(row)
    .onConflictDoNothing({ target: conversations.replyMessageRowId })
    .returning({ id: conversations.id })
    .get();
  if (!inserted) {
    const existing = tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(eq(conversations.replyMessageRowId, c.replyMessageRowId))
      .get()!;
    return { id: existing.id, created: false };
  }
  const id = inserted.id;
  if (participants.length > 0) {
    tx.insert(conversationParticipants)
      .values(participants.map((p) => ({ conversationId: id, pseudonym: p.pseudonym, role: p.role })))
      .onConflictDoNothing()
      .run();
  }
  if (embedding) putEmbedding(tx, id, embedding.model, embedding.vector);
  return { id, created: true };
}

/** Stores (or replaces) one conversation's embedding for a model. */
export function putEmbedding(tx: Tx, conversationId: number, model: string, vector: Float32Array): void {
  tx.insert(conversationEmbeddings)
    .values({ conversationId, model, dim: vector.length, vector: vectorToBlob(vector) })
    .onConflictDoUpdate({
      target: [conversationEmbeddings.conversationId, conversationEmbeddings.model],
      set: { dim: vector.length, vector: vectorToBlob(vector) },
    })
    .run();
}

/** Conversations of a mailbox that have no embedding for `model` yet (backfill after a model arrives). */
export function conversationsWithoutEmbedding(
  db: Tx,
  mailboxId: number,
  model: string,
  limit: number,
): { id: number; customerText: string }[] {
  return db.all<{ id: number; customerText: string }>(sql`
    SELECT c.id AS id, c.customer_text AS customerText FROM conversations c
    WHERE c.mailbox_id = ${mailboxId} AND c.status <> 'rejected' AND NOT EXISTS (
      SELECT 1 FROM conversation_embeddings e WHERE e.conversation_id = c.id AND e.model = ${model})
    ORDER BY c.id LIMIT ${limit}`);
}

/** Every embedding of a mailbox for one model, for the in-memory vector index. */
export function mailboxEmbeddings(
  db: Tx,
  mailboxId: number,
  model: string,
): { id: number; dim: number; vector: Buffer }[] {
  return db.all<{ id: number; dim: number; vector: Buffer }>(sql`
    SELECT e.conversation_id AS id, e.dim AS dim, e.vector AS vector
    FROM conversation_embeddings e JOIN conversations c ON c.id = e.conversation_id
    WHERE c.mailbox_id = ${mailboxId} AND e.model = ${model}
    ORDER BY e.conversation_id`);
}

export function setConversationStatus(tx: Tx, id: number, status: ConversationStatus, at: number): boolean {
  const res = tx.update(conversations).set({ status, reviewedAt: at }).where(eq(conversations.id, id)).run();
  return res.changes > 0;
}

export function getConversations(db: Tx, ids: readonly number[]): ConversationRow[] {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(conversations)
    .where(inArray(conversations.id, [...ids]))
    .all();
}

/**
 * Weights of bm25() per column: a stored customer text that resembles the new mail is the best
 * sign of a useful example; the reply's words count, but less (they are the house's phrasing).
 */
const customerWeight = 1.0;
const replyWeight = 0.4;

/**
 * Full-text candidates of one mailbox, best first. `match` must come from ftsMatchExpression
 * (fts-query.models.ts): it is bound as a parameter, but FTS5 parses it as a query. bm25() is
 * lower-is-better; the score returned is negated so that higher is better.
 */
export function searchFts(
  db: Tx,
  q: { mailboxId: number; match: string; limit: number; statuses: readonly ConversationStatus[] },
): { id: number; score: number }[] {
  if (q.statuses.length === 0 || q.limit <= 0) return [];
  const statuses = sql.join(
    q.statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  // Scores first, filter after: joining `conversations` per match would read each matching row
  // (texts included, `status` sits after them) — 6x slower at 100,000 rows than this form, where
  // the mailbox's ids come from the covering index conversations_mailbox_idx.
  return db.all<{ id: number; score: number }>(sql`
    WITH hits AS MATERIALIZED (
      SELECT rowid AS id, -bm25(conversations_fts, ${customerWeight}, ${replyWeight}) AS score
      FROM conversations_fts WHERE conversations_fts MATCH ${q.match})
    SELECT id, score FROM hits
    WHERE id IN (SELECT id FROM conversations WHERE mailbox_id = ${q.mailboxId} AND status IN (${statuses}))
    ORDER BY score DESC LIMIT ${q.limit}`);
}

/**
 * A random sample of conversation texts (customer and reply joined) and the table's size, for
 * the term statistics. Ids are drawn between the smallest and largest id; gaps just give fewer rows.
 */
export function sampleConversationTexts(db: Tx, n: number): { total: number; texts: string[] } {
  const range = db.get<{ lo: number | null; hi: number | null; total: number }>(
    sql`SELECT min(id) AS lo, max(id) AS hi, count(*) AS total FROM conversations`,
  );
  if (!range || range.lo === null || range.hi === null || range.total === 0) return { total: 0, texts: [] };
  const span = range.hi - range.lo + 1;
  const ids = new Set<number>();
  if (span <= n) for (let id = range.lo; id <= range.hi; id++) ids.add(id);
  else while (ids.size < n) ids.add(range.lo + Math.floor(Math.random() * span));
  const rows = db.all<{ text: string }>(sql`
    SELECT customer_text || ' ' || reply_text AS text FROM conversations
    WHERE id IN (SELECT value FROM json_each(${JSON.stringify([...ids])}))`);
  return { total: range.total, texts: rows.map((r) => r.text) };
}

/** The latest replies of a mailbox (not rejected), newest first, for its style profile. */
export function recentReplies(
  db: Tx,
  mailboxId: number,
  limit: number,
): { text: string; lang: string | null }[] {
  return db
    .select({ text: conversations.replyText, lang: conversations.lang })
    .from(conversations)
    .where(and(eq(conversations.mailboxId, mailboxId), ne(conversations.status, 'rejected')))
    .orderBy(desc(conversations.replyAt))
    .limit(limit)
    .all();
}

export function countConversations(db: Tx, mailboxId?: number): Record<ConversationStatus, number> {
  const rows = db
    .select({ status: conversations.status, n: sql<number>`count(*)` })
    .from(conversations)
    .where(mailboxId === undefined ? undefined : eq(conversations.mailboxId, mailboxId))
    .groupBy(conversations.status)
    .all();
  const out: Record<ConversationStatus, number> = { ready: 0, review: 0, rejected: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

/**
 * The conversations one person is part of: listed among its participants, or learned from one of
 * their messages (`messageRowIds`: the person's message rows, which also catch conversations
 * where they were only a recipient). Ids travel as one JSON parameter: no bound-variable limit.
 */
function ofPerson(pseudonym: string, messageRowIds: readonly number[]) {
  const ids = JSON.stringify(messageRowIds);
  return sql`(${conversations.id} IN (SELECT conversation_id FROM conversation_participants WHERE pseudonym = ${pseudonym})
    OR ${conversations.customerMessageRowId} IN (SELECT value FROM json_each(${ids}))
    OR ${conversations.replyMessageRowId} IN (SELECT value FROM json_each(${ids})))`;
}

/** Ids of the conversations a data-subject request covers (see ofPerson), for export and counts. */
export function conversationIdsOfPseudonym(
  db: Tx,
  pseudonym: string,
  messageRowIds: readonly number[] = [],
): number[] {
  return db
    .select({ id: conversations.id })
    .from(conversations)
    .where(ofPerson(pseudonym, messageRowIds))
    .orderBy(conversations.id)
    .all()
    .map((r) => r.id);
}

/**
 * Data-subject erasure: deletes every conversation one person took part in (see ofPerson).
 * Participants and embeddings go by cascade, the FTS rows by the delete trigger. Returns the
 * deleted ids (with their mailbox) so the caller can drop them from the vector index after commit.
 */
export function deleteConversationsOfPseudonym(
  tx: Tx,
  pseudonym: string,
  messageRowIds: readonly number[] = [],
): { id: number; mailboxId: number }[] {
  return tx
    .delete(conversations)
    .where(ofPerson(pseudonym, messageRowIds))
    .returning({ id: conversations.id, mailboxId: conversations.mailboxId })
    .all();
}

/** Removing a mailbox: all its conversations (participants, embeddings, FTS follow as above). */
export function deleteConversationsOfMailbox(tx: Tx, mailboxId: number): number[] {
  return tx
    .delete(conversations)
    .where(eq(conversations.mailboxId, mailboxId))
    .returning({ id: conversations.id })
    .all()
    .map((r) => r.id);
}

export function upsertStyleProfile(
  tx: Tx,
  row: { mailboxId: number; profile: string; conversations: number; updatedAt: number },
): void {
  tx.insert(styleProfiles)
    .values(row)
    .onConflictDoUpdate({
      target: styleProfiles.mailboxId,
      set: { profile: row.profile, conversations: row.conversations, updatedAt: row.updatedAt },
    })
    .run();
}

export function getStyleProfile(db: Tx, mailboxId: number): StyleProfileRow | undefined {
  return db.select().from(styleProfiles).where(eq(styleProfiles.mailboxId, mailboxId)).get();
}

/** The mailboxes that have learned conversations. */
export function mailboxesWithConversations(db: Tx): number[] {
  return db
    .all<{ id: number }>(sql`SELECT DISTINCT mailbox_id AS id FROM conversations ORDER BY mailbox_id`)
    .map((r) => r.id);
}

/** The learn job's write, bound to one database (the use case takes its repositories as arguments). */
export function createConversationsRepository(db: Db) {
  return {
    /** One synchronous transaction: the conversation, its participants and its embedding. */
    save: (c: NewConversation) => db.transaction((tx) => insertConversation(tx, c)),
  };
}
export type ConversationsRepository = ReturnType<typeof createConversationsRepository>;
