import type { Writable } from 'node:stream';
import { isAppError } from '../shared/errors.js';

/**
 * The one place where errors meet the terminal: a stable code and a readable message,
 * the stack and causes only with --debug.
 */
export function reportCliError(e: unknown, debug: boolean, stderr: Writable): number {
  if (isAppError(e)) {
    stderr.write(`error [${e.code}]: ${e.message}\n`);
  } else {
    stderr.write(
      'error [internal.unexpected]: Veildraft hit an unexpected error. Run again with --debug for details.\n',
    );
  }
  if (debug) {
    let cause: unknown = e;
    while (cause) {
      stderr.write(`${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`);
      cause = cause instanceof Error ? cause.cause : undefined;
    }
  }
  return 1;
}
