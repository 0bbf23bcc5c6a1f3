import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import type { Config } from '../config/config.js';
import { reportCliError } from './error-report.js';

/** What a command may use: the streams and the environment given to `runCli`, nothing global. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** The configuration from runCli's env, read once on first use (detect and anonymize need none). */
  config(): Config;
}

export type CommandResult = Promise<number | undefined> | Promise<void> | number | undefined;

/** One run of the CLI: its program, streams and environment, and the exit code it ends with. */
export interface CliRun {
  program: Command;
  streams: Pick<CliIo, 'stdin' | 'stdout' | 'stderr'>;
  env: Record<string, string | undefined>;
  exitCode: number;
}

/**
 * A command's action, whose module is imported only when the command runs: `--version`,
 * `--help` and every other command pay nothing for it. Its return value becomes the exit code;
 * errors go through the one CLI handler.
 */
export function action<A extends unknown[]>(
  run: CliRun,
  load: () => Promise<(io: CliIo, ...args: A) => CommandResult>,
) {
  return async (...args: A) => {
    try {
      // The config module too: its schema library alone would double the time --version takes.
      const [fn, { loadConfig }] = await Promise.all([load(), import('../config/config.js')]);
      let config: Config | undefined;
      const io: CliIo = {
        ...run.streams,
        config: () => {
          config ??= loadConfig(run.env);
          return config;
        },
      };
      run.exitCode = (await fn(io, ...args)) ?? 0;
    } catch (e) {
      run.exitCode = reportCliError(e, Boolean(run.program.opts().debug), run.streams.stderr);
    }
  };
}
