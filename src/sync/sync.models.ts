import { backoffDelay } from '../jobs/jobs.models.js';
import { oauthWaitsForOperator } from '../mailboxes/oauth.errors.js';

/** Pure decisions of the sync loop: batching, UID sets, reconnect delays, error kinds. */

export interface SizedUid {
  uid: number;
  size: number;
}

export interface PlannedBatch {
  /** Fetched whole (BODY.PEEK[]). */
  fetch: number[];
  /** Over the size cap: only the header block is fetched, for the quarantine row. */
  oversized: number[];
}

/**
 * Splits pending messages (in UID order) into batches bounded by count and bytes, so a run of
 * large messages never holds more than `maxBytes` of sources in memory at once.
 */
export function planBatches(
  items: readonly SizedUid[],
  opts: { maxCount: number; maxBytes: number; maxMessageBytes: number },
): PlannedBatch[] {
  const out: PlannedBatch[] = [];
  let cur: PlannedBatch = { fetch: [], oversized: [] };
  let bytes = 0;
  const flush = () => {
    if (cur.fetch.length + cur.oversized.length > 0) out.push(cur);
    cur = { fetch: [], oversized: [] };
    bytes = 0;
  };
  for (const it of [...items].sort((a, b) => a.uid - b.uid)) {
    const count = cur.fetch.length + cur.oversized.length;
    if (it.size > opts.maxMessageBytes) {
      if (count >= opts.maxCount) flush();
      cur.oversized.push(it.uid);
      continue;
    }
    if (count >= opts.maxCount || (count > 0 && bytes + it.size > opts.maxBytes)) flush();
    cur.fetch.push(it.uid);
    bytes += it.size;
  }
  flush();
  return out;
}

/** "1:3,7,9:10": compact UID set for FETCH (UIDs ascending or not). */
export function uidSet(uids: readonly number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * Delay before reconnecting. Authentication failures wait far longer: a wrong password retried
 * every few seconds can lock the account on the organisation's server.
 */
export function reconnectDelay(
  attempt: number,
  authFailed: boolean,
  opts: { baseMs: number; capMs: number; authBaseMs: number; authCapMs: number; random?: () => number },
): number {
  return authFailed
    ? backoffDelay(attempt, { baseMs: opts.authBaseMs, capMs: opts.authCapMs, random: opts.random })
    : backoffDelay(attempt, { baseMs: opts.baseMs, capMs: opts.capMs, random: opts.random });
}

/**
 * The code when `e` is a refused sign-in (a wrong password, or an OAuth2 client secret, consent
 * or token only an operator can fix), which backs off like a wrong password; null otherwise.
 */
export function authFailureCode(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const x = e as { authenticationFailed?: boolean; code?: string; serverResponseCode?: string };
  if (oauthWaitsForOperator(x.code)) return x.code!;
  const refused =
    x.authenticationFailed === true ||
    x.code === 'mail.auth_failed' ||
    x.serverResponseCode === 'AUTHENTICATIONFAILED';
  return refused ? 'mail.auth_failed' : null;
}

export function backfillSince(now: number, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}
