import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Sync checkpoint per mailbox and folder role. `lastUid` advances in the same transaction as
 * the messages of a batch, so a crash resumes after the last committed batch: nothing lost,
 * nothing twice. `liveSince` is when the first sync began: inbound mail received before it (less
 * VEILDRAFT_DRAFT_BACKLOG_HOURS) is history (learned from, never drafted for).
 */
export const folderState = sqliteTable(
  'folder_state',
  {
    mailboxId: integer('mailbox_id').notNull(),
    role: text('role', { enum: ['inbox', 'sent'] }).notNull(),
    folder: text('folder').notNull(),
    uidValidity: integer('uid_validity').notNull(),
    lastUid: integer('last_uid').notNull().default(0),
    highestModseq: text('highest_modseq'),
    backfillDone: integer('backfill_done').notNull().default(0),
    backfillTotal: integer('backfill_total').notNull().default(0),
    backfillFinishedAt: integer('backfill_finished_at'),
    liveSince: integer('live_since').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.mailboxId, t.role] })],
);
