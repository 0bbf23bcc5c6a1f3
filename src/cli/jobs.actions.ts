import { jobErrors } from '../jobs/jobs.errors.js';
import { retryDeadJobs } from '../jobs/jobs.usecases.js';
import { systemClock } from '../shared/clock.js';
import { openAppliance } from '../start.js';
import type { CliIo } from './cli-action.js';

/** `veildraft jobs retry <id>|--all-dead`: run dead jobs again once their cause is fixed. */
export function jobsRetryCommand(io: CliIo, id: string | undefined, opts: { allDead?: boolean }): number {
  if ((id === undefined) === !opts.allDead)
    throw jobErrors.retryUsage('Name one job id, or give --all-dead.');
  const jobId = Number(id);
  if (id !== undefined && !(Number.isInteger(jobId) && jobId > 0))
    throw jobErrors.retryUsage(`${JSON.stringify(id)} is not a job id.`);
  const { store, keys } = openAppliance(io.config(), systemClock);
  try {
    const done = retryDeadJobs(
      { db: store.db, keys, clock: systemClock },
      { kind: 'cli' },
      opts.allDead ? 'all-dead' : [jobId],
    );
    io.stdout.write(
      done.length === 0 ? 'No dead jobs.\n' : `Queued again: ${done.length} job(s) (${done.join(', ')}).\n`,
    );
    return 0;
  } finally {
    store.close();
  }
}
