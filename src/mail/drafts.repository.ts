import { eq } from 'drizzle-orm';
import type { Db } from '../store/store.js';
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
