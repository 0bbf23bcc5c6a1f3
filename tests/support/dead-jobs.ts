import { claimJob, enqueueJob, failJob } from '../../src/jobs/jobs.repository.js';
import type { Db } from '../../src/store/store.js';
import { testJob } from './test-jobs.js';

/**
 * Puts `count` dead jobs of `kind` in the store the way the runner does: enqueued, claimed, then
 * failed with a permanent error. Returns their ids.
 */
export function addDeadJobs(db: Db, kind: string, count: number, now: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    enqueueJob(
      db,
      testJob(kind),
      { payload: { n: i }, idempotencyKey: `${kind}:dead:${i}`, maxAttempts: 3 },
      now,
    );
    const job = claimJob(db, kind, 'test-worker', 60_000, now);
    if (!job) throw new Error(`no ${kind} job to claim`);
    failJob(db, job, 'test-worker', { code: 'mail.message_gone', permanent: true, retryAt: now, now });
    ids.push(job.id);
  }
  return ids;
}
