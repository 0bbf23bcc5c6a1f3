import { count, desc, eq } from 'drizzle-orm';
import { quarantine } from '../ingest/quarantine.table.js';
import type { Db } from '../store/store.js';
import { folderState } from './folder-state.table.js';

export interface FolderProgressRow {
  mailboxId: number;
  role: 'inbox' | 'sent';
  folder: string;
  done: number;
  total: number;
  finishedAt: number | null;
}

export function listFolderProgress(db: Db): FolderProgressRow[] {
  return db
    .select({
      mailboxId: folderState.mailboxId,
      role: folderState.role,
      folder: folderState.folder,
      done: folderState.backfillDone,
      total: folderState.backfillTotal,
      finishedAt: folderState.backfillFinishedAt,
    })
    .from(folderState)
    .all();
}

export function countQuarantineByMailbox(db: Db): Map<number, number> {
  const rows = db
    .select({ mailboxId: quarantine.mailboxId, n: count() })
    .from(quarantine)
    .groupBy(quarantine.mailboxId)
    .all();
  return new Map(rows.map((r) => [r.mailboxId, r.n]));
}

export type QuarantineRow = Omit<typeof quarantine.$inferSelect, 'headerHash'>;

/** Newest first; references and reason only (the table holds no content). */
export function listQuarantineRows(db: Db, limit: number): QuarantineRow[] {
  return db
    .select({
      id: quarantine.id,
      mailboxId: quarantine.mailboxId,
      folder: quarantine.folder,
      uidValidity: quarantine.uidValidity,
      uid: quarantine.uid,
      reason: quarantine.reason,
      size: quarantine.size,
      at: quarantine.at,
    })
    .from(quarantine)
    .orderBy(desc(quarantine.at), desc(quarantine.id))
    .limit(limit)
    .all();
}

export function countQuarantine(db: Db, mailboxId?: number): number {
  const q = db.select({ n: count() }).from(quarantine);
  const row = (mailboxId === undefined ? q : q.where(eq(quarantine.mailboxId, mailboxId))).get();
  return row?.n ?? 0;
}
