import { action, type CliRun } from './cli-action.js';

const actions = () => import('./backup.actions.js');

/** Backups of the encrypted database, and restoring one (the appliance stopped). */
export function registerBackupCommands(run: CliRun): void {
  const { program } = run;
  const backup = program.command('backup').description('encrypted, verified backups of the database');
  backup
    .command('create')
    .description(
      'back up now: write, verify and keep the newest backups (works while the appliance runs); audited',
    )
    .action(action(run, async () => (await actions()).backupCreateCommand));
  backup
    .command('list')
    .description('list the backups with size, versions and verification result')
    .action(action(run, async () => (await actions()).backupListCommand));
  backup
    .command('verify')
    .argument('<file>', 'a backup file')
    .description('check a backup: checksum, key, cipher, integrity and row counts; changes nothing')
    .option('--key-file <file>', 'also try this master key file (a key from before a rotation)')
    .action(action(run, async () => (await actions()).backupVerifyCommand));
  program
    .command('restore')
    .argument('<file>', 'a backup file')
    .description(
      'restore a backup (stop the appliance first); keeps a restore point and rolls back if the restored database does not open',
    )
    .option(
      '--key-file <file>',
      'also try this master key file (a key from before a rotation, or from the old box)',
    )
    .action(action(run, async () => (await actions()).restoreCommand));
}
