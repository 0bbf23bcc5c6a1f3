import { mailboxUnavailable } from '../imap/imap-errors.models.js';
import { errorCode, isAppError } from '../shared/errors.js';
import { isCorruption, storeFault } from '../store/store-health.models.js';

/**
 * Delay before the next attempt: exponential from `baseMs`, capped, with full jitter so many
 * failing jobs (a mailbox server going down) do not retry in lockstep.
 */
export function backoffDelay(
  attempt: number,
  opts: { baseMs?: number; capMs?: number; random?: () => number } = {},
): number {
  const base = opts.baseMs ?? 2_000;
  const cap = opts.capMs ?? 30 * 60_000;
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  const random = opts.random ?? Math.random;
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Job payloads are references and ids only. Anything else (a long string, a nested object
 * that could be mail content) is refused before it is stored.
 */
export function isReferencePayload(
  payload: unknown,
): payload is Record<string, string | number | boolean | null> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  return Object.values(payload).every(
    (v) =>
      v === null ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (typeof v === 'string' && v.length <= 200 && !/[\r\n]/.test(v)),
  );
}

/** The queues an operator sees on the dashboard; an unknown kind shows its code. */
const jobKindLabels: Record<string, string> = {
  draft: 'Drafting replies',
  learn: 'Learning from sent replies',
  'audit.prune': 'Audit log retention',
  'store.integrity_check': 'Database integrity check',
};

export function jobKindLabel(kind: string): string {
  return jobKindLabels[kind] ?? kind;
}

/**
 * What a failed attempt means for the job. `wait`: the store or the job's mailbox is not
 * usable right now (disk full, database busy, server down or refusing the login); retrying
 * sooner cannot help and the attempt is not counted (a damaged database too: it stops the runner). `dead`: retrying cannot fix it.
 * `retry`: anything else, counted against the job's attempts.
 */
export type JobFailure =
  | { kind: 'wait'; code: string; on: 'store' | 'mailbox' }
  | { kind: 'retry' | 'dead'; code: string };

export function classifyJobFailure(e: unknown): JobFailure {
  // A damaged database stops the runner (see StoreHealth); the job runs again after a restore.
  if (isCorruption(e)) return { kind: 'wait', code: 'store.corrupt', on: 'store' };
  const store = storeFault(e);
  if (store) return { kind: 'wait', code: store, on: 'store' };
  const mailbox = mailboxUnavailable(e);
  if (mailbox) return { kind: 'wait', code: mailbox, on: 'mailbox' };
  return { kind: isAppError(e) && e.permanent ? 'dead' : 'retry', code: errorCode(e) };
}

/** The mailbox a job is about, by the payload convention of the mail jobs (`mailboxId`). */
export function jobMailboxId(payload: unknown): number | null {
  const id = (payload as { mailboxId?: unknown } | null)?.mailboxId;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}
