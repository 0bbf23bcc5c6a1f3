import { eq, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '../store/store.js';
import { draftingAutoPauses } from './analytics.table.js';
import type { DraftUse } from './auto-pause.models.js';

export type AutoPauseRow = typeof draftingAutoPauses.$inferSelect;

export function findAutoPause(db: Tx, mailboxId: number): AutoPauseRow | undefined {
  return db.select().from(draftingAutoPauses).where(eq(draftingAutoPauses.mailboxId, mailboxId)).get();
}

export function saveAutoPause(tx: Tx, row: AutoPauseRow): void {
  const { mailboxId: _key, ...set } = row;
  tx.insert(draftingAutoPauses)
    .values(row)
    .onConflictDoUpdate({ target: draftingAutoPauses.mailboxId, set })
    .run();
}

export function listAutoPaused(db: Tx): AutoPauseRow[] {
  return db.select().from(draftingAutoPauses).where(isNotNull(draftingAutoPauses.pausedAt)).all();
}

/** The mailbox's newest stored drafts created in (after, before], newest first (drafts_mailbox_created_idx). */
export function newestStoredDrafts(
  db: Db,
  mailboxId: number,
  window: { after: number; before: number },
  limit: number,
): DraftUse[] {
  return db.$client
    .prepare(
      `SELECT similarity, sent_message_row_id AS sentMessageRowId FROM drafts
       WHERE mailbox_id = ? AND created_at > ? AND created_at <= ? AND status = 'stored'
       ORDER BY created_at DESC LIMIT ?`,
    )
    .all(mailboxId, window.after, window.before, limit) as DraftUse[];
}
