import { and, desc, eq, getTableColumns, gte, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { messages } from '../ingest/message.table.js';
import type { Db, Tx } from '../store/store.js';
import { type DraftRow, drafts } from './drafts.table.js';

/** Records the intent to write a draft (once per key); returns the row, new or existing. */
export function ensureDraftRow(
  db: Db,
  row: { mailboxId: number; draftKey: string; messageId: string; at: number },
): DraftRow {
  db.insert(drafts)
    .values({ mailboxId: row.mailboxId, draftKey: row.draftKey, messageId: row.messageId, createdAt: row.at })
    .onConflictDoNothing({ target: drafts.draftKey })
    .run();
  return findDraftByKey(db, row.draftKey)!;
}

export function findDraftByKey(db: Db, draftKey: string): DraftRow | undefined {
  return db.select().from(drafts).where(eq(drafts.draftKey, draftKey)).get();
}

export function recordDraftStored(
  db: Db,
  draftKey: string,
  stored: { folder: string; uidValidity: number; uid: number; outcome: 'appended' | 'found' },
  at: number,
): void {
  db.update(drafts)
    .set({ ...stored, appendedAt: at })
    .where(eq(drafts.draftKey, draftKey))
    .run();
}

/** What the drafting job did, for the console and the benchmark (ids, codes and timings, no text). */
export interface DraftOutcome {
  messageRowId?: number;
  status?: DraftRow['status'];
  failureCode?: string | null;
  suspicious?: boolean;
  model?: string | null;
  promptVersion?: string | null;
  timings?: Record<string, number>;
  checks?: unknown;
  sketch?: Buffer | null;
}

export function recordDraftOutcome(db: Pick<Db, 'update'>, draftKey: string, outcome: DraftOutcome): void {
  const { timings, checks, ...rest } = outcome;
  db.update(drafts)
    .set({
      ...rest,
      ...(timings ? { timings: JSON.stringify(timings) } : {}),
      ...(checks !== undefined ? { checks: JSON.stringify(checks) } : {}),
    })
    .where(eq(drafts.draftKey, draftKey))
    .run();
}

/** The stored draft that answered a customer message, if any (for the feedback step). */
export function findDraftForMessage(db: Db, messageRowId: number): DraftRow | undefined {
  return db.select().from(drafts).where(eq(drafts.messageRowId, messageRowId)).get();
}

export function recordDraftFeedback(
  db: Db,
  draftId: number,
  feedback: { similarity: number; sentMessageRowId: number },
): void {
  db.update(drafts).set(feedback).where(eq(drafts.id, draftId)).run();
}

/** A mailbox's draft records for the console, newest first (no `sketch`: it is of no use there). */
export function listDraftRecords(
  db: Db,
  q: { mailboxId: number; limit: number; offset: number },
): Omit<DraftRow, 'sketch'>[] {
  const { sketch: _sketch, ...columns } = getTableColumns(drafts);
  return db
    .select(columns)
    .from(drafts)
    .where(eq(drafts.mailboxId, q.mailboxId))
    .orderBy(desc(drafts.createdAt), desc(drafts.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
}

export function countDraftRecords(db: Db, mailboxId: number): number {
  return (
    db.select({ n: sql<number>`count(*)` }).from(drafts).where(eq(drafts.mailboxId, mailboxId)).get()?.n ?? 0
  );
}

/** Draft records matching `where` in the given mailboxes; `mailboxIds` null = every mailbox. */
function countDrafts(db: Db, where: SQL | undefined, mailboxIds: readonly number[] | null): number {
  if (mailboxIds?.length === 0) return 0;
  const inMailboxes = mailboxIds === null ? undefined : inArray(drafts.mailboxId, [...mailboxIds]);
  return db.select({ n: sql<number>`count(*)` }).from(drafts).where(and(where, inMailboxes)).get()?.n ?? 0;
}

/** Drafts stored in Drafts folders since `since` (ms); `mailboxIds` null = every mailbox. */
export function countStoredDraftsSince(db: Db, since: number, mailboxIds: readonly number[] | null): number {
  const at = sql`coalesce(${drafts.appendedAt}, ${drafts.createdAt})`;
  return countDrafts(db, and(eq(drafts.status, 'stored'), gte(at, since)), mailboxIds);
}

/**
 * Drafts that could not be written because drafting was not possible: waiting for a language
 * model, or failed with a model (`llm.*`) or mailbox-off reason. What a "draft again" may take.
 */
const couldNotDraft = or(
  eq(drafts.status, 'waiting'),
  and(
    eq(drafts.status, 'failed'),
    or(like(drafts.failureCode, 'llm.%'), eq(drafts.failureCode, 'draft.mailbox_off')),
  ),
);

/** Drafts not written because drafting was not possible, oldest first, with their message's arrival. */
export function listUndraftedMail(
  db: Pick<Tx, 'select'>,
  mailboxId?: number,
): (Pick<DraftRow, 'draftKey' | 'messageRowId' | 'status' | 'createdAt'> & { receivedAt: number | null })[] {
  return db
    .select({
      draftKey: drafts.draftKey,
      messageRowId: drafts.messageRowId,
      status: drafts.status,
      createdAt: drafts.createdAt,
      receivedAt: messages.receivedAt,
    })
    .from(drafts)
    .leftJoin(messages, eq(messages.id, drafts.messageRowId))
    .where(and(couldNotDraft, mailboxId === undefined ? undefined : eq(drafts.mailboxId, mailboxId)))
    .orderBy(drafts.createdAt, drafts.id)
    .all();
}

export function findDraftById(db: Pick<Tx, 'select'>, id: number): DraftRow | undefined {
  return db.select().from(drafts).where(eq(drafts.id, id)).get();
}

/** How many messages wait for a language model; `mailboxIds` null = every mailbox. */
export function countWaitingDrafts(db: Db, mailboxIds: readonly number[] | null): number {
  return countDrafts(db, eq(drafts.status, 'waiting'), mailboxIds);
}

/**
 * The draft bookkeeping one database gives the drafting and learning use cases, which take their
 * repositories as arguments (their tests hand in one on an in-memory database).
 */
export function createDraftsRepository(db: Db) {
  return {
    ensure: (row: Parameters<typeof ensureDraftRow>[1]) => ensureDraftRow(db, row),
    findByKey: (draftKey: string) => findDraftByKey(db, draftKey),
    recordOutcome: (draftKey: string, outcome: DraftOutcome) => recordDraftOutcome(db, draftKey, outcome),
    findForMessage: (messageRowId: number) => findDraftForMessage(db, messageRowId),
    recordFeedback: (draftId: number, feedback: Parameters<typeof recordDraftFeedback>[2]) =>
      recordDraftFeedback(db, draftId, feedback),
  };
}
export type DraftsRepository = ReturnType<typeof createDraftsRepository>;
