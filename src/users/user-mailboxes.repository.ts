import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../store/store.js';

import { userMailboxes } from './users.table.js';

export function listAssignedMailboxIds(db: Tx | Db, userId: number): number[] {
  return db
    .select({ id: userMailboxes.mailboxId })
    .from(userMailboxes)
    .where(eq(userMailboxes.userId, userId))
    .orderBy(asc(userMailboxes.mailboxId))
    .all()
    .map((r) => r.id);
}

export function replaceAssignedMailboxes(tx: Tx, userId: number, mailboxIds: number[]): void {
  tx.delete(userMailboxes).where(eq(userMailboxes.userId, userId)).run();
  if (mailboxIds.length > 0)
    tx.insert(userMailboxes)
      .values(mailboxIds.map((mailboxId) => ({ userId, mailboxId })))
      .run();
}
