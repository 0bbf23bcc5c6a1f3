import type { Command } from 'commander';
import { reportCliError } from './cli-errors.js';

export type CommandResult = Promise<number | undefined> | Promise<void> | number | undefined;

/** Wraps a command's action: its return value becomes the exit code, errors go through the one CLI handler. */
export function action<A extends unknown[]>(program: Command, fn: (...args: A) => CommandResult) {
  return async (...args: A) => {
    try {
      process.exitCode = (await fn(...args)) ?? 0;
    } catch (e) {
      process.exitCode = reportCliError(e, Boolean(program.opts().debug));
    }
  };
}
