import { requeueJob } from '../jobs/jobs.repository.js';
import type { Db, Tx } from '../store/store.js';
import { draftJobKey } from './draft-compose.models.js';
import { listUndraftedMail, recordDraftOutcome } from './drafts.repository.js';

/**
 * Mail that could not be drafted because drafting was not possible: it waited for a language
 * model (drafts.status `waiting`), or failed with a model reason (`llm.*`) or because drafting
 * was off for its mailbox. When drafting becomes possible again (the model loaded, the mailbox
 * resumed, drafting switched on, or "Draft N waiting" on the console), the messages that arrived
 * within the backlog window (VEILDRAFT_DRAFT_BACKLOG_HOURS) are drafted: their finished draft job
 * runs again, under the same idempotency and draft keys, so a message still gets at most one
 * draft (the job also skips a message an agent answered meanwhile). Older waiting ones were most
 * likely answered by hand; a draft days late would only be clutter in the Drafts folder, so they
 * are closed with `draft.waited_too_long`.
 */
export interface BacklogWindow {
  now: number;
  /** VEILDRAFT_DRAFT_BACKLOG_HOURS in milliseconds. */
  windowMs: number;
  /** Only this mailbox's mail; every mailbox when absent. */
  mailboxId?: number;
}

/** Runs a message's finished draft job again and marks its draft pending; false when there is none to run. */
export function requeueDraft(
  tx: Tx,
  row: { draftKey: string; messageRowId: number | null },
  now: number,
): boolean {
  if (row.messageRowId == null || !requeueJob(tx, draftJobKey(row.messageRowId), now)) return false;
  recordDraftOutcome(tx, row.draftKey, { status: 'pending', failureCode: null });
  return true;
}

/** In the caller's transaction (the change that made drafting possible, and its audit event). */
export function draftWhatWaits(tx: Tx, w: BacklogWindow): { queued: number; expired: number } {
  let queued = 0;
  let expired = 0;
  for (const row of listUndraftedMail(tx, w.mailboxId)) {
    const recent = (row.receivedAt ?? row.createdAt) >= w.now - w.windowMs;
    if (recent) {
      if (requeueDraft(tx, row, w.now)) queued++;
    } else if (row.status === 'waiting') {
      recordDraftOutcome(tx, row.draftKey, { status: 'failed', failureCode: 'draft.waited_too_long' });
      expired++;
    }
  }
  return { queued, expired };
}

/** How many messages "Draft N waiting" would queue now. */
export function countDraftableBacklog(db: Pick<Tx, 'select'>, w: BacklogWindow): number {
  return listUndraftedMail(db, w.mailboxId).filter(
    (r) => r.messageRowId != null && (r.receivedAt ?? r.createdAt) >= w.now - w.windowMs,
  ).length;
}

export function resumeWaitingDrafts(db: Db, w: BacklogWindow): { queued: number; expired: number } {
  return db.transaction((tx) => draftWhatWaits(tx, w));
}
