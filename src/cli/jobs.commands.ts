import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { jobErrors } from '../jobs/jobs.errors.js';
import { retryDeadJobs } from '../jobs/jobs.usecases.js';
import { systemClock } from '../shared/clock.js';
import { openAppliance } from '../start.js';
import { action } from './cli-run.js';

/** The job queue from the appliance's shell: run dead jobs again once their cause is fixed. */
export function registerJobsCommands(program: Command): void {
  const jobs = program.command('jobs').description('the durable job queue');
  jobs
    .command('retry')
    .argument('[id]', 'the id of a dead job')
    .option('--all-dead', 'retry every dead job')
    .description('run a dead job (or all of them) again with a fresh set of attempts; audited')
    .action(
      action(program, (id: string | undefined, opts: { allDead?: boolean }): number => {
        if ((id === undefined) === !opts.allDead)
          throw jobErrors.retryUsage('Name one job id, or give --all-dead.');
        const jobId = Number(id);
        if (id !== undefined && !(Number.isInteger(jobId) && jobId > 0))
          throw jobErrors.retryUsage(`${JSON.stringify(id)} is not a job id.`);
        const { store, keys } = openAppliance(loadConfig(), systemClock);
        try {
          const done = retryDeadJobs(
            { db: store.db, keys, clock: systemClock },
            { kind: 'cli' },
            opts.allDead ? 'all-dead' : [jobId],
          );
          process.stdout.write(
            done.length === 0
              ? 'No dead jobs.\n'
              : `Queued again: ${done.length} job(s) (${done.join(', ')}).\n`,
          );
          return 0;
        } finally {
          store.close();
        }
      }),
    );
}
