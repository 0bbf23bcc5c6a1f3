import { type DestinationStream, type Logger, pino } from 'pino';

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

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'veildraft' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
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
