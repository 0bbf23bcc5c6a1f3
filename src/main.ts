#!/usr/bin/env node
import { Command, Option } from 'commander';
import { registerAnonymizeCommands } from './cli/anonymize.commands.js';
import { action } from './cli/cli-run.js';
import { auditVerifyCommand, doctorCommand, rekeyCommand, startCommand, version } from './cli/commands.js';
import { registerJobsCommands } from './cli/jobs.commands.js';
import { registerLlmCommands } from './cli/llm.commands.js';
import { registerMailboxCommands } from './cli/mailbox.commands.js';
import { registerUsersCommands } from './cli/users.commands.js';

// Every file this process creates (database, WAL, key files, backups) is private to its user.
process.umask(0o077);

const program = new Command('veildraft')
  .description('On-prem AI email drafting: anonymized learning, local LLM drafts in the Drafts folder.')
  .version(version, '-v, --version')
  .option('--debug', 'print stack traces of errors')
  .showHelpAfterError();

program
  .command('start')
  .description('run the appliance: workers and the web server')
  .action(action(program, startCommand));
program
  .command('doctor')
  .description('check the installation and print a checklist')
  .action(action(program, doctorCommand));
program
  .command('rekey')
  .description('rotate the master key and re-encrypt the database (stop the appliance first)')
  .addOption(new Option('--pause-at <step>', 'stop after a step until killed (tests)').hideHelp())
  .action(action(program, rekeyCommand));
program
  .command('audit')
  .description('audit log tools')
  .command('verify')
  .description('verify the audit hash chain and name the first bad row')
  .action(action(program, auditVerifyCommand));
registerMailboxCommands(program);

registerUsersCommands(program);
registerJobsCommands(program);
registerAnonymizeCommands(program);
registerLlmCommands(program);

await program.parseAsync();
