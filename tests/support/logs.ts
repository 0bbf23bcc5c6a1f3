import { Writable } from 'node:stream';
import { createLogger, type LogFormat, type Logger } from '../../src/shared/logger.js';

/** A real logger (same redaction as production) writing into memory, for asserting what reaches the log. */
export function captureLogs(
  level = 'trace',
  format: LogFormat = 'json',
): { logger: Logger; lines: string[]; output: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(level, stream, format), lines, output: () => lines.join('') };
}
