import { type AppError, isAppError } from '../shared/errors.js';

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * Runs the change a form asked for. An error the user can fix (an AppError with a 4xx status)
 * comes back as a value, so the route shows the form again with its message; anything else
 * goes on to app.onError, the one place that answers failed requests.
 */
export async function attempt<T>(run: () => T | Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    if (isAppError(e) && e.status < 500) return { ok: false, error: e };
    throw e;
  }
}
