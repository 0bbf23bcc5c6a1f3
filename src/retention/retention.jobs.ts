import { enqueueJob } from '../jobs/jobs.repository.js';
import { type JobHandler, jobHandler } from '../jobs/jobs.runner.js';
import type { Logger } from '../shared/logger.js';
import { nextCheckAt } from '../store/integrity.jobs.js';
import type { Db } from '../store/store.js';
import { dayOf, retentionPurgeJob } from './retention.job.js';
import { purgeRetention, type RetentionDeps } from './retention.usecases.js';

/** The nightly purge at `hour`:00 local time; one job per day through its idempotency key. */
export function scheduleRetentionPurge(db: Db, runAt: number, now: number, maxAttempts: number): void {
  const day = dayOf(runAt);
  enqueueJob(
    db,
    retentionPurgeJob,
    {
      payload: { day, by: null },
      idempotencyKey: `${retentionPurgeJob.kind}:${day}`,
      maxAttempts,
      runAfter: runAt,
    },
    now,
  );
}

export function retentionPurgeHandler(
  deps: RetentionDeps & {
    logger: Logger;
    hour: number;
    maxAttempts: number;
    batchSize?: number;
    /** Drops purged conversations from the in-memory vector index. */
    forgetConversations: (ids: readonly number[]) => void;
  },
): JobHandler<'retention.purge'> {
  return jobHandler(retentionPurgeJob, {
    concurrency: 1,
    async handle(payload, ctx) {
      const result = await purgeRetention(deps, {
        actor: payload.by === null ? { kind: 'system' } : { kind: 'user', id: payload.by },
        ...(deps.batchSize ? { batchSize: deps.batchSize } : {}),
        onConversationsDeleted: deps.forgetConversations,
        signal: ctx.signal,
      });
      deps.logger.info(result, 'retention purge done');
      if (payload.by !== null) return;
      const now = deps.clock.now();
      scheduleRetentionPurge(deps.db, nextCheckAt(now, deps.hour), now, deps.maxAttempts);
    },
  });
}
