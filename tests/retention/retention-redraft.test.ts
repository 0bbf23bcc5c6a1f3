import { describe, expect, it } from 'vitest';
import { draftKeyFor } from '../../src/draft/draft.models.js';
import { commitIngestBatch } from '../../src/ingest/ingest.commit.js';
import type { FolderStateRow } from '../../src/ingest/ingest.repository.js';
import type { FolderRef, Prepared } from '../../src/ingest/ingest.usecases.js';
import { retentionCategories } from '../../src/retention/retention.models.js';
import { previewRetention, purgeRetention, savePeriods } from '../../src/retention/retention.usecases.js';
import { backfillSince } from '../../src/sync/sync.models.js';
import { preparedCustomerMail } from '../support/prepared-mail.js';
import { count, DAY, openRetentionStore } from './retention-fixtures.js';

describe('retention and exactly one draft per message', () => {
  it('a resync after purging draft records and finished jobs queues no second draft', async () => {
    const { store, clock, deps } = openRetentionStore();
    const now = clock.now();
    // Short periods everywhere they may be short, so the purge takes all it can.
    const shortest = Object.fromEntries(retentionCategories.map((c) => [c.key, String(c.minDays)]));
    expect(savePeriods(deps, { kind: 'cli' }, shortest).ok).toBe(true);

    // Live since 400 days: mail of 200 days ago was new then and got a draft job.
    const state = (uidValidity: number): FolderStateRow => ({
      mailboxId: 1,
      role: 'inbox',
      folder: 'INBOX',
      uidValidity,
      lastUid: 0,
      highestModseq: null,
      backfillDone: 0,
      backfillTotal: 0,
      backfillFinishedAt: null,
      liveSince: now - 400 * DAY,
      updatedAt: now,
    });
    const ref = (uidValidity: number): FolderRef => ({
      mailboxId: 1,
      folder: 'INBOX',
      role: 'inbox',
      uidValidity,
    });
    const mail = [preparedCustomerMail(1, now - 200 * DAY), preparedCustomerMail(2, now - 500 * DAY)];
    const first = commitIngestBatch(store.db, {
      ref: ref(1),
      prepared: mail,
      state: state(1),
      threadWindowMs: 30 * DAY,
      jobMaxAttempts: 3,
      draftBacklogMs: 0,
      now: now - 200 * DAY,
    });
    expect(first).toMatchObject({ inserted: 2, draftJobs: 1 });
    const rowId = (store.sqlite.prepare('SELECT id FROM messages WHERE uid = 1').get() as { id: number }).id;
    // The draft was written and the job finished, long ago.
    store.sqlite
      .prepare(
        `INSERT INTO drafts (mailbox_id, draft_key, message_id, created_at, status, message_row_id)
         VALUES (1, ?, '<vd@x>', ?, 'stored', ?)`,
      )
      .run(draftKeyFor(1, rowId), now - 200 * DAY, rowId);
    store.sqlite.prepare("UPDATE jobs SET state = 'done', finished_at = ?").run(now - 200 * DAY);

    // Message metadata asked for 30 days is held back to the sync's backfill window.
    const messages = previewRetention(deps).find((r) => r.category === 'messages')!;
    expect(messages.heldBy).toBe('sync_backfill');
    expect(messages.before).toBe(backfillSince(now, 12).getTime());

    const purged = await purgeRetention(deps, { actor: { kind: 'system' } });
    // Finished jobs: the draft job and the analytics refresh the stored mail queued.
    expect(purged.deleted).toMatchObject({ draftRecords: 1, finishedJobs: 2, messages: 1 });
    // The message of 200 days ago keeps its row (and so its draft key); the one of 500 days goes.
    expect(store.sqlite.prepare('SELECT uid FROM messages').all()).toEqual([{ uid: 1 }]);

    // A new UIDVALIDITY: the folder is read again from the start, within the backfill window,
    // so the message of 500 days ago is not fetched; the one of 200 days ago is a duplicate.
    const window = backfillSince(now, 12).getTime();
    const refetched = mail.filter((m) => m.kind === 'message' && m.row.receivedAt >= window);
    const again = commitIngestBatch(store.db, {
      ref: ref(2),
      prepared: refetched.map(
        (m) => ({ ...m, row: { ...(m as { row: object }).row, uidValidity: 2 } }) as Prepared,
      ),
      state: state(2),
      threadWindowMs: 30 * DAY,
      jobMaxAttempts: 3,
      draftBacklogMs: 0,
      now,
    });
    expect(again).toMatchObject({ inserted: 0, duplicates: 1, draftJobs: 0 });
    expect(count(store, 'jobs')).toBe(0);
    // Same row, same draft key: were a draft job ever run again, the Drafts-folder search for
    // this key would find the draft already there.
    expect((store.sqlite.prepare('SELECT id FROM messages').get() as { id: number }).id).toBe(rowId);
  });
});
