import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from '../config/config.js';
import { prettyDestination } from './log-pretty.js';

export type { Logger } from 'pino';

/**
 * Field names that can carry mail content, credentials or keys. Any log object using them,
 * at the top level or up to two levels down, is censored. Code that handles such values
 * names them with these fields on purpose, so the redaction catches them.
 */
const sensitiveFields = [
  'password',
  'pass',
  'secret',
  'token',
  'accessToken',
  'oauthSecret',
  'key',
  'masterKey',
  'dbKey',
  'authorization',
  'cookie',
  'body',
  'text',
  'html',
  'subject',
  'raw',
  'content',
  'headers',
  'from',
  'to',
  'cc',
  'address',
  'email',
  'name',
  'totp',
  'recoveryCode',
];

export const redactPaths = sensitiveFields.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

export type LogFormat = 'pretty' | 'json';

/**
 * The process's logger on stdout. `auto` is pretty on a terminal and JSON when stdout is a pipe
 * or a file (a container's log driver, systemd's journal, a log shipper), which read JSON.
 */
export function createAppLogger(config: Pick<Config, 'logLevel' | 'logFormat'>): Logger {
  const tty = process.stdout.isTTY === true;
  const format = config.logFormat === 'auto' ? (tty ? 'pretty' : 'json') : config.logFormat;
  return createLogger(config.logLevel, undefined, format, tty);
}

export function createLogger(
  level: string,
  destination?: DestinationStream,
  format: LogFormat = 'json',
  color = false,
): Logger {
  const out = destination ?? pino.destination({ dest: 1, sync: false });
  return pino(
    {
      level,
      base: { app: 'veildraft' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
    },
    format === 'pretty' ? prettyDestination(out, color) : out,
  );
}

/**
 * Errors are logged by code and message only: a driver's message or stack can quote the
 * data it failed on (an SQL value, a header line), so those stay out of the log.
 */
function serializeError(e: unknown): Record<string, unknown> {
  if (e instanceof Error) {
    const code = 'code' in e ? (e as { code: unknown }).code : undefined;
    return { type: e.name, code, message: e.name === 'AppError' ? e.message : undefined };
  }
  return { type: typeof e };
}
