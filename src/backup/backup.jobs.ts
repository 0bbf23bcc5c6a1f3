import { enqueueJob } from '../jobs/jobs.repository.js';
import { type JobHandler, jobHandler } from '../jobs/jobs.runner.js';
import type { Db } from '../store/store.js';
import { backupJob } from './backup.job.js';
import { nextBackupAt } from './backup.models.js';
import type { BackupService } from './backup.service.js';
import { loadBackupSettings } from './backup-settings.usecases.js';

/**
 * Schedules the next backup at the settings' time (the server's local time); one job per day
 * through its idempotency key, so a restart does not add a second one.
 */
export function scheduleBackup(db: Db, now: number, maxAttempts: number): void {
  const runAt = nextBackupAt(now, loadBackupSettings(db).time);
  const day = new Date(runAt).toISOString().slice(0, 10);
  enqueueJob(
    db,
    backupJob,
    { payload: { day }, idempotencyKey: `${backupJob.kind}:${day}`, maxAttempts, runAfter: runAt },
    now,
  );
}

/**
 * The scheduled backup. Settings are read when it runs: switched off, it only schedules the next
 * day. A failure (a full backup disk) is retried with the runner's back-off and audited each time.
 */
export function backupHandler(deps: {
  db: Db;
  backups: BackupService;
  now: () => number;
  maxAttempts: number;
}): JobHandler<'backup.create'> {
  return jobHandler(backupJob, {
    concurrency: 1,
    async handle() {
      // Tomorrow's first: a backup that keeps failing until its job is dead must not end the schedule.
      scheduleBackup(deps.db, deps.now(), deps.maxAttempts);
      if (loadBackupSettings(deps.db).enabled) await deps.backups.backUpNow({ kind: 'system' }, 'schedule');
    },
  });
}
