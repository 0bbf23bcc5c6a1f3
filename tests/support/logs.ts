import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/shared/logger.js';

/** A real logger (same redaction as production) writing into memory, for asserting what reaches the log. */
export function captureLogs(level = 'trace'): { logger: Logger; lines: string[]; output: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(level, stream), lines, output: () => lines.join('') };
}
