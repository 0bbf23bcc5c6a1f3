import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { messages } from '../ingest/message.table.js';
import type { Tx } from '../store/store.js';
import { drafts } from './drafts.table.js';

/** A stored draft the sweep looks for in Drafts: where it was put, and its key header. */
export interface SweptDraft {
  id: number;
  draftKey: string;
  folder: string;
  uidValidity: number;
  uid: number;
}

/**
 * A mailbox's drafts that are in Drafts as far as we know: stored, not answered (no reply
 * scored), not already found deleted.
 */
export function listDraftsToSweep(db: Pick<Tx, 'select'>, mailboxId: number): SweptDraft[] {
  return db
    .select({
      id: drafts.id,
      draftKey: drafts.draftKey,
      folder: sql<string>`${drafts.folder}`,
      uidValidity: sql<number>`${drafts.uidValidity}`,
      uid: sql<number>`${drafts.uid}`,
    })
    .from(drafts)
    .where(
      and(
        eq(drafts.mailboxId, mailboxId),
        eq(drafts.status, 'stored'),
        isNull(drafts.deletedAt),
        isNull(drafts.sentMessageRowId),
        isNotNull(drafts.folder),
        isNotNull(drafts.uidValidity),
        isNotNull(drafts.uid),
      ),
    )
    .orderBy(drafts.id)
    .all();
}

/** The draft was re-saved or the folder renumbered: its key header was found under another UID. */
export function recordDraftLocation(
  db: Pick<Tx, 'update'>,
  id: number,
  at: { uidValidity: number; uid: number },
) {
  db.update(drafts).set(at).where(eq(drafts.id, id)).run();
}

const customer = alias(messages, 'customer');
const reply = alias(messages, 'reply');

/**
 * Marks drafts gone from Drafts as deleted unused, unless their thread has a reply sent since the
 * customer message arrived (then the agent sent it or answered otherwise: the reply matching
 * scores it). Returns the ids marked.
 */
export function markDraftsDeleted(db: Pick<Tx, 'select' | 'update'>, ids: number[], at: number): number[] {
  if (ids.length === 0) return [];
  const replied = db
    .select({ id: drafts.id })
    .from(drafts)
    .innerJoin(customer, eq(customer.id, drafts.messageRowId))
    .innerJoin(
      reply,
      and(
        eq(reply.threadId, customer.threadId),
        eq(reply.direction, 'outbound'),
        sql`${reply.receivedAt} >= ${customer.receivedAt}`,
      ),
    )
    .where(inArray(drafts.id, ids))
    .all();
  const answered = new Set(replied.map((r) => r.id));
  const unused = ids.filter((id) => !answered.has(id));
  if (unused.length === 0) return [];
  db.update(drafts)
    .set({ deletedAt: at })
    .where(and(inArray(drafts.id, unused), isNull(drafts.deletedAt), isNull(drafts.sentMessageRowId)))
    .run();
  return unused;
}
