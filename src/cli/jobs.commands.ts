import { action, type CliRun } from './cli-action.js';

/** The job queue from the appliance's shell: run dead jobs again once their cause is fixed. */
export function registerJobsCommands(run: CliRun): void {
  const jobs = run.program.command('jobs').description('the durable job queue');
  jobs
    .command('retry')
    .argument('[id]', 'the id of a dead job')
    .option('--all-dead', 'retry every dead job')
    .description('run a dead job (or all of them) again with a fresh set of attempts; audited')
    .action(action(run, async () => (await import('./jobs.actions.js')).jobsRetryCommand));
}
