#!/usr/bin/env node
import { Command, Option } from 'commander';
import { registerAnonymizeCommands } from './cli/anonymize.commands.js';
import { action } from './cli/cli-run.js';
import { version } from './cli/version.js';

// Every file this process creates (database, WAL, key files, backups) is private to its user.
process.umask(0o077);

const program = new Command('veildraft')
  .description('On-prem AI email drafting: anonymized learning, local LLM drafts in the Drafts folder.')
  .version(version, '-v, --version')
  .option('--debug', 'print stack traces of errors')
  .showHelpAfterError();

// detect and anonymize run in pipelines and evaluations, often once per file: they start without
// importing the appliance's modules (database, IMAP, language model, web server), which cost each
// such process ~60 MB of memory and about a second of start-up.
const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (command === 'detect' || command === 'anonymize') {
  registerAnonymizeCommands(program);
} else {
  const [{ auditVerifyCommand, doctorCommand, rekeyCommand, startCommand }, jobs, llm, mailbox, users] =
    await Promise.all([
      import('./cli/commands.js'),
      import('./cli/jobs.commands.js'),
      import('./cli/llm.commands.js'),
      import('./cli/mailbox.commands.js'),
      import('./cli/users.commands.js'),
    ]);
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
  mailbox.registerMailboxCommands(program);
  users.registerUsersCommands(program);
  jobs.registerJobsCommands(program);
  registerAnonymizeCommands(program);
  llm.registerLlmCommands(program);
}

await program.parseAsync();
