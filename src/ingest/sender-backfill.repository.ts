import { and, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../store/store.js';
import { messages } from './message.table.js';

/** A stored reply's place in its mailbox: what a header fetch needs. */
export interface SentLocation {
  id: number;
  folder: string;
  uidValidity: number;
  uid: number;
}

const lacksSender = and(
  eq(messages.folderRole, 'sent'),
  eq(messages.direction, 'outbound'),
  isNull(messages.senderPseudonym),
);

/** Per mailbox, the highest id of its Sent messages without a stored sender. */
export function mailboxesLackingSenders(db: Tx): { mailboxId: number; upToId: number }[] {
  return db
    .select({ mailboxId: messages.mailboxId, upToId: sql<number>`max(${messages.id})` })
    .from(messages)
    .where(lacksSender)
    .groupBy(messages.mailboxId)
    .all();
}

/** The next `limit` Sent messages of a mailbox without a stored sender, by id in (afterId, upToId]. */
export function sentLackingSender(
  db: Db,
  mailboxId: number,
  range: { afterId: number; upToId: number },
  limit: number,
): SentLocation[] {
  return db
    .select({
      id: messages.id,
      folder: messages.folder,
      uidValidity: messages.uidValidity,
      uid: messages.uid,
    })
    .from(messages)
    .where(
      and(
        eq(messages.mailboxId, mailboxId),
        lacksSender,
        gt(messages.id, range.afterId),
        lte(messages.id, range.upToId),
      ),
    )
    .orderBy(messages.id)
    .limit(limit)
    .all();
}

/** Sets a message's sender, unless one was stored meanwhile. */
export function setSenderPseudonym(tx: Tx, id: number, senderPseudonym: string): void {
  tx.update(messages)
    .set({ senderPseudonym })
    .where(and(eq(messages.id, id), isNull(messages.senderPseudonym)))
    .run();
}
