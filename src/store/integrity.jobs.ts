import { emitAudit } from '../audit/audit.repository.js';
import { enqueueJob } from '../jobs/jobs.repository.js';
import { type JobHandler, jobHandler } from '../jobs/jobs.runner.js';
import { databaseKey } from '../keys/subkeys.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import { checkIntegrity, firstProblem, type IntegrityReport } from './integrity.js';
import { integrityCheckJob } from './integrity-check.job.js';
import { storeErrors } from './store.errors.js';
import type { Db, Store } from './store.js';
import type { StoreHealth } from './store-health.js';

/** The job's kind, also the audit action of a check that passed. */
export const INTEGRITY_CHECK = integrityCheckJob.kind;

/**
 * How long the nightly job waits for `integrity_check` (it reads every page and index: minutes
 * for a database of several GB). Past it the job ends; the check goes on in its thread and its
 * verdict is acted on when it comes.
 */
export const NIGHTLY_CHECK_DEADLINE_MS = 60 * 60_000;

/** The next time the clock reads `hour`:00 in the server's local time, after `now`. */
export function nextCheckAt(now: number, hour: number): number {
  const at = new Date(now);
  at.setHours(hour, 0, 0, 0);
  if (at.getTime() <= now) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** Schedules the full check for `runAt`; one job per day through its idempotency key. */
export function scheduleIntegrityCheck(db: Db, runAt: number, now: number, maxAttempts: number): void {
  const day = new Date(runAt).toISOString().slice(0, 10);
  enqueueJob(
    db,
    integrityCheckJob,
    {
      payload: { day },
      idempotencyKey: `${INTEGRITY_CHECK}:${day}`,
      maxAttempts,
      runAfter: runAt,
    },
    now,
  );
}

/**
 * The nightly full `PRAGMA integrity_check`, on its own read-only connection in a worker thread
 * (see integrity.ts), so neither the console nor the other jobs wait for it. A passing check is
 * written to the audit log (the dashboard shows the last one); a failing one turns the appliance
 * read-only, and nothing is written: the file is damaged.
 */
export function integrityCheckHandler(deps: {
  store: Pick<Store, 'db' | 'file' | 'masterKey'>;
  auditKey: Buffer;
  clock: Clock;
  logger: Logger;
  health: StoreHealth;
  hour: number;
  maxAttempts: number;
  deadlineMs?: number;
}): JobHandler<'store.integrity_check'> {
  const { store, clock, logger, health } = deps;
  const record = (report: IntegrityReport) => {
    if (!report.ok) {
      logger.error({ problems: report.problems, ms: report.ms }, 'the nightly integrity check found damage');
      health.corrupt(firstProblem(report.problems));
      return;
    }
    store.db.transaction((tx) =>
      emitAudit(tx, deps.auditKey, {
        actor: { kind: 'system' },
        action: INTEGRITY_CHECK,
        metadata: { result: 'ok', ms: report.ms },
        at: clock.now(),
      }),
    );
    logger.info({ ms: report.ms }, 'the nightly integrity check passed');
  };
  return jobHandler(integrityCheckJob, {
    concurrency: 1,
    async handle(_payload, ctx) {
      const report = await checkIntegrity({
        file: store.file,
        key: databaseKey(store.masterKey),
        mode: 'full',
        deadlineMs: deps.deadlineMs ?? NIGHTLY_CHECK_DEADLINE_MS,
        signal: ctx.signal,
        onLate: (late) => {
          try {
            record(late);
          } catch (e) {
            logger.warn({ err: e }, 'could not record the integrity check');
          }
        },
      });
      if (ctx.signal.aborted) throw storeErrors.integrityCheckInterrupted();
      if (report) record(report);
      else logger.warn('the nightly integrity check is still running; its result will be logged');
      if (health.isCorrupt) return;
      const now = clock.now();
      scheduleIntegrityCheck(store.db, nextCheckAt(now, deps.hour), now, deps.maxAttempts);
    },
  });
}
