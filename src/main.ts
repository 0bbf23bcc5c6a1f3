#!/usr/bin/env node
import { Command } from 'commander';
import { reportCliError } from './cli/cli-errors.js';
import { auditVerifyCommand, doctorCommand, rekeyCommand, startCommand, version } from './cli/commands.js';

// Every file this process creates (database, WAL, key files, backups) is private to its user.
process.umask(0o077);

const program = new Command('veildraft')
  .description('On-prem AI email drafting: anonymized learning, local LLM drafts in the Drafts folder.')
  .version(version, '-v, --version')
  .option('--debug', 'print stack traces of errors')
  .showHelpAfterError();

const run = (fn: () => Promise<number | undefined> | Promise<void> | number) => async () => {
  try {
    process.exitCode = (await fn()) ?? 0;
  } catch (e) {
    process.exitCode = reportCliError(e, Boolean(program.opts().debug));
  }
};

program
  .command('start')
  .description('run the appliance: workers and the web server')
  .action(run(startCommand));
program
  .command('doctor')
  .description('check the installation and print a checklist')
  .action(run(doctorCommand));
program
  .command('rekey')
  .description('rotate the master key and re-encrypt the database')
  .action(run(rekeyCommand));
program
  .command('audit')
  .description('audit log tools')
  .command('verify')
  .description('verify the audit hash chain and name the first bad row')
  .action(run(auditVerifyCommand));

await program.parseAsync();
