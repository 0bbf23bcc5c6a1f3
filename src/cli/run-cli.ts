import { Readable, type Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { registerAnalyticsCommands } from './analytics.commands.js';
import { registerAnonymizeCommands } from './anonymize.commands.js';
import { registerApplianceCommands } from './appliance.commands.js';
import { registerBackupCommands } from './backup.commands.js';
import type { CliRun } from './cli-action.js';
import { registerDsrCommands } from './dsr.commands.js';
import { registerJobsCommands } from './jobs.commands.js';
import { registerLlmCommands } from './llm.commands.js';
import { registerMailboxCommands } from './mailbox.commands.js';
import { registerModelsCommands } from './models.commands.js';
import { registerRetentionCommands } from './retention.commands.js';
import { registerSsoCommands } from './sso.commands.js';
import { registerUsersCommands } from './users.commands.js';
import { version } from './version.js';

export interface RunCliOptions {
  /** The arguments after the program name. */
  argv: readonly string[];
  env: Record<string, string | undefined>;
  stdout: Writable;
  stderr: Writable;
  /** Empty when not given. */
  stdin?: Readable;
}

/**
 * `veildraft <argv>` in this process: a fresh program per call, its output on the streams given,
 * the configuration read from the env given. Returns the exit code; it never exits the process
 * or sets its exit code (main.ts does), so tests run commands side by side in one process.
 * Commands register their names and options only; each imports its code when it runs.
 */
export async function runCli(opts: RunCliOptions): Promise<number> {
  const program = new Command('veildraft');
  const run: CliRun = {
    program,
    streams: { stdin: opts.stdin ?? Readable.from([]), stdout: opts.stdout, stderr: opts.stderr },
    env: opts.env,
    exitCode: 0,
  };
  // Before the commands are added: they inherit both settings.
  program
    .exitOverride()
    .configureOutput({ writeOut: (s) => opts.stdout.write(s), writeErr: (s) => opts.stderr.write(s) })
    .description('On-prem AI email drafting: anonymized learning, local LLM drafts in the Drafts folder.')
    .version(version, '-v, --version')
    .option('--debug', 'print stack traces of errors')
    .showHelpAfterError();
  registerApplianceCommands(run);
  registerMailboxCommands(run);
  registerUsersCommands(run);
  registerSsoCommands(run);
  registerJobsCommands(run);
  registerDsrCommands(run);
  registerRetentionCommands(run);
  registerAnonymizeCommands(run);
  registerLlmCommands(run);
  registerModelsCommands(run);
  registerBackupCommands(run);
  registerAnalyticsCommands(run);
  try {
    await program.parseAsync([...opts.argv], { from: 'user' });
  } catch (e) {
    // --help, --version and usage errors: commander has written its text and names the code.
    if (e instanceof CommanderError) return e.exitCode;
    throw e;
  }
  return run.exitCode;
}
