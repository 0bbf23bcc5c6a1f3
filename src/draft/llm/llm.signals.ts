import type { AppError } from '../../shared/errors.js';
import { llmErrors } from './llm.errors.js';

/**
 * One request's stop signal: the caller's AbortSignal (job shutdown) or the backend's own
 * timeout, whichever comes first; `failure()` names which one it was, so the job records
 * `llm.aborted` or `llm.timeout` rather than a library's generic abort error.
 */
export interface RequestDeadline {
  signal: AbortSignal;
  /** The AppError for a stop, or null when neither the caller nor the timeout stopped it. */
  failure(): AppError | null;
  dispose(): void;
}

export function requestDeadline(caller: AbortSignal | undefined, timeoutMs: number): RequestDeadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  caller?.addEventListener('abort', onAbort, { once: true });
  if (caller?.aborted) controller.abort();
  return {
    signal: controller.signal,
    failure() {
      if (caller?.aborted) return llmErrors.aborted();
      if (timedOut) {
        return llmErrors.timeout(timeoutMs);
      }
      return null;
    },
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/** What generate() throws while the backend reports `reason`; the reason stays its cause. */
export function disabledError(reason: AppError): AppError {
  return llmErrors.disabled(reason, { cause: reason });
}

/**
 * Runs tasks strictly one after another (a CPU model gains nothing from parallel generations and
 * would need a second KV cache). A caller that aborts while waiting leaves the queue at once.
 */
export class OneAtATime {
  private tail: Promise<void> = Promise.resolve();

  run<T>(signal: AbortSignal | undefined, task: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise((r) => {
      release = r;
    });
    const waitTurn = new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(llmErrors.aborted());
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      previous.then(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
    // An aborted waiter still releases its slot only after its predecessor, keeping the order.
    return waitTurn.then(task).finally(() => previous.then(release));
  }
}
