import { enqueueJob } from '../jobs/jobs.repository.js';
import { type JobHandler, jobHandler } from '../jobs/jobs.runner.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import { pruneAudit } from './audit.repository.js';
import { auditPruneJob } from './audit-prune.job.js';

const DAY = 86_400_000;

/** Schedules the daily retention prune; one job per day through its idempotency key. */
export function scheduleAuditPrune(db: Db, runAt: number, now: number, maxAttempts: number): void {
  const day = new Date(runAt).toISOString().slice(0, 10);
  enqueueJob(
    db,
    auditPruneJob,
    {
      payload: { day },
      idempotencyKey: `${auditPruneJob.kind}:${day}`,
      maxAttempts,
      runAfter: runAt,
    },
    now,
  );
}

export function auditPruneHandler(deps: {
  db: Db;
  auditKey: Buffer;
  clock: Clock;
  logger: Logger;
  retentionDays: number;
  maxAttempts: number;
}): JobHandler<'audit.prune'> {
  return jobHandler(auditPruneJob, {
    concurrency: 1,
    async handle() {
      const now = deps.clock.now();
      const deleted = pruneAudit(deps.db, deps.auditKey, {
        before: now - deps.retentionDays * DAY,
        now,
        actor: { kind: 'system' },
      });
      deps.logger.info({ deleted }, 'audit retention applied');
      scheduleAuditPrune(deps.db, now + DAY, now, deps.maxAttempts);
    },
  });
}
