/**
 * HTTP statuses an error can carry. 4xx: the request can be fixed by whoever made it, so the
 * console shows the error's message; 500: anything else (logged, a calm page).
 */
export type ErrorStatus = 400 | 404 | 409 | 500;

export interface AppErrorOptions {
  cause?: unknown;
  /** Permanent errors are not retried by the job runner. */
  permanent?: boolean;
  status?: ErrorStatus;
}

/**
 * An error with a stable code (`domain.reason`) and a message fit for an operator.
 * `cause` keeps the technical detail for logs; it never reaches a browser or the CLI output
 * unless --debug is given. Build them with a domain's factories (`<domain>.errors.ts`), not inline.
 */
export class AppError<C extends string = string> extends Error {
  readonly code: C;
  readonly permanent: boolean;
  /** How the console answers when this error reaches `app.onError`. */
  readonly status: ErrorStatus;

  constructor(code: C, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.permanent = options.permanent ?? false;
    this.status = options.status ?? 500;
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

interface ErrorSpec<C extends string, P> {
  /** Fixed, or chosen by the parameters within a typed set (`mail.stalled.<step>`). */
  code: C | ((params: P) => C);
  message: string | ((params: P) => string);
  status?: ErrorStatus;
  permanent?: boolean;
  /**
   * The sentence the console shows when only the code was kept (a draft record's failure),
   * without the details of one occurrence.
   */
  summary?: string;
}

/** Calls without parameters when the message and code need none. */
export type ErrorFactory<C extends string, P> = ((
  ...args: [P] extends [undefined]
    ? [options?: { cause?: unknown }]
    : [params: P, options?: { cause?: unknown }]
) => AppError<C>) &
  Readonly<Pick<ErrorSpec<C, P>, 'code' | 'status' | 'summary'>>;

/**
 * One error of a domain: its code, message, HTTP status and retry policy in one definition,
 * so the same error is built the same way wherever it is thrown.
 */
export function createErrorFactory<C extends string, P = undefined>(
  spec: ErrorSpec<C, P>,
): ErrorFactory<C, P> {
  const takesParams = typeof spec.code === 'function' || typeof spec.message === 'function';
  const build = (...args: unknown[]): AppError<C> => {
    const params = (takesParams ? args[0] : undefined) as P;
    const options = (takesParams ? args[1] : args[0]) as { cause?: unknown } | undefined;
    const code = typeof spec.code === 'function' ? spec.code(params) : spec.code;
    const message = typeof spec.message === 'function' ? spec.message(params) : spec.message;
    return new AppError(code, message, {
      cause: options?.cause,
      permanent: spec.permanent,
      status: spec.status,
    });
  };
  return Object.assign(build, {
    code: spec.code,
    status: spec.status,
    summary: spec.summary,
  }) as ErrorFactory<C, P>;
}

/** The codes a domain's factories can produce, as one union type. */
export type ErrorCodes<T extends Record<string, (...args: never[]) => AppError>> = ReturnType<
  T[keyof T]
>['code'];

/** The console's sentence for a recorded code, from the factories that carry one. */
export function errorSummaries(
  ...groups: Record<string, { code: unknown; summary?: string }>[]
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const group of groups)
    for (const f of Object.values(group))
      if (typeof f.code === 'string' && f.summary !== undefined) out.set(f.code, f.summary);
  return out;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * Runs the change a form asked for. An error the user can fix (an AppError with a 4xx status)
 * comes back as a value, so the form is shown again with its message; anything else goes on
 * to the edge's one handler (app.onError, the CLI's reportCliError).
 */
export async function attempt<T>(run: () => T | Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    if (isAppError(e) && e.status < 500) return { ok: false, error: e };
    throw e;
  }
}
