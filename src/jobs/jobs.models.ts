import { z } from 'zod';
import { mailboxUnavailable } from '../imap/imap-errors.models.js';
import { errorCode, isAppError } from '../shared/errors.js';
import { isCorruption, storeFault } from '../store/store-health.models.js';
import { jobErrors } from './jobs.errors.js';

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

/** What a job payload may hold: references and ids, flat (see `isReferencePayload`). */
export type ReferencePayload = Record<string, string | number | boolean | null>;

/**
 * One kind of job: its name in the queue, how the dashboard names its queue, and the shape of
 * its payload. Producers enqueue through it and its handler receives the payload it declares, so
 * the compiler checks both ends; the schema checks what comes back from the database.
 */
export interface JobType<K extends string = string, P extends ReferencePayload = ReferencePayload> {
  readonly kind: K;
  readonly label: string;
  readonly payload: z.ZodType<P>;
  /**
   * Fresh work first: a due job whose `itemAt` is younger than this goes ahead of the older
   * queue, newest first (see `claimJob`). Without it a kind runs in queue order.
   */
  readonly freshFirstMs?: number;
}

export function defineJob<const K extends string, P extends ReferencePayload>(type: {
  kind: K;
  label: string;
  payload: z.ZodType<P>;
  freshFirstMs?: number;
}): JobType<K, P> {
  return type;
}

/**
 * A payload as stored (JSON text), checked against its kind's schema. A payload that does not
 * match (written by an older version, or edited by hand) cannot get better by retrying: the job
 * goes dead with `jobs.payload_invalid` instead of failing inside its handler.
 */
export function readJobPayload<P extends ReferencePayload>(type: JobType<string, P>, stored: string): P {
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    data = undefined;
  }
  const parsed = type.payload.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw jobErrors.payloadInvalid({ kind: type.kind, where, problem: issue?.message ?? 'not JSON' });
}

/**
 * Job payloads are references and ids only. Anything else (a long string, a nested object
 * that could be mail content) is refused before it is stored.
 */
export function isReferencePayload(payload: unknown): payload is ReferencePayload {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  return Object.values(payload).every(
    (v) =>
      v === null ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (typeof v === 'string' && v.length <= 200 && !/[\r\n]/.test(v)),
  );
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

/**
 * The payload convention of the mail jobs: the message where it was seen (the mailbox, for the
 * mailbox's waiting jobs; folder, UIDVALIDITY and UID for the logs) and its row, from which the
 * job re-fetches the mail.
 */
export const messageRefPayload = z.object({
  mailboxId: z.int(),
  folder: z.string(),
  uidValidity: z.int(),
  uid: z.int(),
  messageRowId: z.int(),
});

/** The mailbox a job is about, by the payload convention of the mail jobs (`mailboxId`). */
export function jobMailboxId(payload: unknown): number | null {
  const id = (payload as { mailboxId?: unknown } | null)?.mailboxId;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}
