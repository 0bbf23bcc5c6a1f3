import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import type { DataKeys } from '../keys/subkeys.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { jobErrors } from './jobs.errors.js';
import { findJob, listDeadJobIds, requeueDeadJob } from './jobs.repository.js';

/**
 * Runs dead jobs again (after the cause was fixed: a model installed, a bug fixed), each with a
 * fresh set of attempts, audited in the same transaction. `'all-dead'` takes every dead job,
 * `{ deadOfKind }` the dead jobs of one queue (the console's button per queue). Returns the ids
 * requeued; a named job that is not dead is refused.
 */
export function retryDeadJobs(
  deps: { db: Db; keys: Pick<DataKeys, 'audit'>; clock: Clock },
  actor: AuditActor,
  ids: readonly number[] | 'all-dead' | { deadOfKind: string },
): number[] {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const wanted =
      ids === 'all-dead'
        ? listDeadJobIds(tx)
        : 'deadOfKind' in ids
          ? listDeadJobIds(tx, ids.deadOfKind)
          : ids;
    for (const id of wanted) {
      const job = findJob(tx, id);
      if (!job) throw jobErrors.notFound(id);
      if (!requeueDeadJob(tx, id, now)) throw jobErrors.notDead({ id, state: job.state });
      emitAudit(tx, deps.keys.audit, {
        actor,
        action: 'job.retry',
        target: `job:${id}`,
        metadata: { kind: job.kind, lastErrorCode: job.lastErrorCode },
        at: now,
      });
    }
    return [...wanted];
  });
}
