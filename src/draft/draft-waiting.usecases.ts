import { requeueJob } from '../jobs/jobs.repository.js';
import type { Db } from '../store/store.js';
import { draftJobKey } from './draft-compose.models.js';
import { listWaitingDrafts, recordDraftOutcome } from './drafts.repository.js';

/**
 * Mail that arrived while no language model was usable waits (drafts.status `waiting`). When a
 * start finds a model, the recent ones are drafted: their finished draft job runs again, under
 * the same idempotency and draft keys, so a message still gets at most one draft. Older ones
 * were most likely answered by hand meanwhile; a draft days late would only be clutter in the
 * Drafts folder, so they are closed with `draft.waited_too_long`.
 */
export const waitingPickupMs = 3 * 24 * 3_600_000;

export function resumeWaitingDrafts(db: Db, now: number): { queued: number; expired: number } {
  return db.transaction((tx) => {
    let queued = 0;
    let expired = 0;
    for (const row of listWaitingDrafts(tx)) {
      const recent = row.createdAt >= now - waitingPickupMs;
      if (recent && row.messageRowId != null && requeueJob(tx, draftJobKey(row.messageRowId), now)) {
        recordDraftOutcome(tx, row.draftKey, { status: 'pending', failureCode: null });
        queued++;
      } else {
        recordDraftOutcome(tx, row.draftKey, { status: 'failed', failureCode: 'draft.waited_too_long' });
        expired++;
      }
    }
    return { queued, expired };
  });
}
