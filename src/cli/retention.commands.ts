import { action, type CliRun } from './cli-action.js';

/** Retention from the appliance's shell: what would go tonight, and the purge itself. */
export function registerRetentionCommands(run: CliRun): void {
  const retention = run.program.command('retention').description('retention periods and the purge');
  retention
    .command('preview')
    .description(
      'per category: the period, where it comes from, and how many rows the purge would delete now',
    )
    .action(action(run, async () => (await import('./retention.actions.js')).retentionPreviewCommand));
  retention
    .command('purge')
    .option('--batch <rows>', 'rows deleted per transaction', '500')
    .description('delete everything past its period now, in batches; audited with the counts')
    .action(action(run, async () => (await import('./retention.actions.js')).retentionPurgeCommand));
}
