/**
 * An error with a stable code (`domain.reason`) and a message fit for an operator.
 * `cause` keeps the technical detail for logs; it never reaches a browser or the CLI output
 * unless --debug is given.
 */
export class AppError extends Error {
  readonly code: string;
  /** Permanent errors are not retried by the job runner. */
  readonly permanent: boolean;

  constructor(code: string, message: string, options: { cause?: unknown; permanent?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.permanent = options.permanent ?? false;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** The stable code of any thrown value, for job rows and logs. */
export function errorCode(e: unknown): string {
  if (isAppError(e)) return e.code;
  if (e instanceof Error && 'code' in e && typeof e.code === 'string')
    return `system.${e.code.toLowerCase()}`;
  return 'internal.unexpected';
}
