import { queueAnalyticsRefresh } from '../analytics/analytics.jobs.js';
import { draftJob } from '../draft/draft.job.js';
import { draftJobKey } from '../draft/draft-compose.models.js';
import { enqueueJob } from '../jobs/jobs.repository.js';
import { learnJob } from '../knowledge/learn.job.js';
import type { Db, Tx } from '../store/store.js';
import {
  type FolderStateRow,
  findAnsweredInbound,
  findDuplicate,
  findRepliesTo,
  insertMessage,
  insertQuarantine,
  insertThread,
  latestThreadBySubject,
  type MessageRow,
  putFolderState,
  relocateMessage,
  threadOfFirstParent,
  touchThread,
} from './ingest.repository.js';
import type { FolderRef, Prepared } from './ingest.usecases.js';
import { chooseThread } from './thread.models.js';

export interface BatchCounts {
  inserted: number;
  duplicates: number;
  quarantined: number;
  draftJobs: number;
  learnJobs: number;
}

export const emptyCounts = (): BatchCounts => ({
  inserted: 0,
  duplicates: 0,
  quarantined: 0,
  draftJobs: 0,
  learnJobs: 0,
});

function jobRef(row: Pick<MessageRow, 'id' | 'mailboxId' | 'folder' | 'uidValidity' | 'uid'>) {
  return {
    mailboxId: row.mailboxId,
    folder: row.folder,
    uidValidity: row.uidValidity,
    uid: row.uid,
    messageRowId: row.id,
  };
}

function enqueueLearn(
  tx: Tx,
  reply: MessageRow,
  answered: MessageRow,
  maxAttempts: number,
  now: number,
): boolean {
  return enqueueJob(
    tx,
    learnJob,
    {
      payload: { ...jobRef(reply), answersMessageRowId: answered.id },
      // One learn job per reply, however often or in whichever order the pair is seen.
      idempotencyKey: `learn:${reply.id}`,
      maxAttempts,
    },
    now,
  );
}

/**
 * Writes one batch: messages (deduplicated), threads, quarantine rows, jobs and the folder
 * checkpoint, in one synchronous transaction. A crash before it commits leaves the checkpoint
 * where it was, so the batch is fetched again; after it, nothing of it is fetched again.
 */
export function commitIngestBatch(
  db: Db,
  args: {
    ref: FolderRef;
    prepared: Prepared[];
    state: FolderStateRow;
    threadWindowMs: number;
    jobMaxAttempts: number;
    draftBacklogMs: number;
    now: number;
  },
): BatchCounts {
  const { ref, prepared, state, now } = args;
  const counts = emptyCounts();
  db.transaction((tx) => {
    for (const p of prepared) {
      if (p.kind === 'quarantine') {
        insertQuarantine(tx, {
          mailboxId: ref.mailboxId,
          folder: ref.folder,
          uidValidity: ref.uidValidity,
          uid: p.uid,
          reason: p.reason,
          headerHash: p.headerHash,
          size: p.size,
          at: now,
        });
        counts.quarantined++;
        continue;
      }
      const dup = findDuplicate(db, ref.mailboxId, p.row.messageIdHash, p.row.headerHash);
      if (dup !== undefined) {
        relocateMessage(db, dup, {
          folder: ref.folder,
          folderRole: ref.role,
          uidValidity: ref.uidValidity,
          uid: p.uid,
        });
        counts.duplicates++;
        continue;
      }
      const at = p.row.sentAt ?? p.row.receivedAt;
      const choice = chooseThread({
        byIds: threadOfFirstParent(db, ref.mailboxId, p.parentHashes),
        bySubject: latestThreadBySubject(db, ref.mailboxId, p.subjectKey, p.participantsKey),
        at,
        windowMs: args.threadWindowMs,
        subjectEmpty: p.subjectEmpty,
      });
      const threadId =
        choice.kind === 'existing'
          ? choice.threadId
          : insertThread(db, {
              mailboxId: ref.mailboxId,
              subjectKey: p.subjectKey,
              participantsKey: p.participantsKey,
              at,
            });
      touchThread(db, threadId, at);
      const id = insertMessage(db, { ...p.row, threadId, createdAt: now });
      const row: MessageRow = { ...p.row, id, threadId, createdAt: now } as MessageRow;
      counts.inserted++;

      if (row.direction === 'outbound') {
        const answered = findAnsweredInbound(db, ref.mailboxId, p.parentHashes);
        if (answered && enqueueLearn(tx, row, answered, args.jobMaxAttempts, now)) counts.learnJobs++;
        continue;
      }
      const replies = row.messageIdHash ? findRepliesTo(db, ref.mailboxId, row.messageIdHash) : [];
      for (const reply of replies) {
        if (enqueueLearn(tx, reply, row, args.jobMaxAttempts, now)) counts.learnJobs++;
      }
      // A draft only for mail that arrived since Veildraft watches the mailbox or within the
      // backlog window before (older history is learned from, never answered), that no rule
      // skips and that no agent answered yet. Sent is synced before INBOX, so a backlog
      // message's reply is already known here.
      const draftsFrom = state.liveSince - args.draftBacklogMs;
      const needsReply = !row.skipRule && row.receivedAt >= draftsFrom && replies.length === 0;
      if (
        needsReply &&
        enqueueJob(
          tx,
          draftJob,
          {
            payload: jobRef(row),
            idempotencyKey: draftJobKey(row.id),
            maxAttempts: args.jobMaxAttempts,
            // The mail's arrival at the server (INTERNALDATE; never later than now, so a date in
            // the future cannot keep a mail ahead of the queue): fresh mail goes first.
            itemAt: Math.min(row.receivedAt, now),
          },
          now,
        )
      ) {
        counts.draftJobs++;
      }
    }
    // The Analytics page reads its rollups as kept: their refresh follows the new mail.
    if (counts.inserted > 0) queueAnalyticsRefresh(tx, ref.mailboxId, now);
    putFolderState(tx, state);
  });
  return counts;
}
