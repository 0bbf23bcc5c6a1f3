import { createHash, randomBytes } from 'node:crypto';

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000;
/**
 * Sign-in throttling. Failures count for 15 minutes. One client address may fail 10 times in
 * that window, whatever the accounts. Per account there is no lock, because a lock is a weapon:
 * anyone who knows the admin's username could keep the admin out. Instead, once an account
 * has failed FREE_ACCOUNT_FAILURES times, an address that has failed for it more than once
 * waits before its next attempt for that account, 1 s doubling with each further failure of
 * the account, up to 15 minutes. An address that has not failed for the account (the admin at
 * their own desk) is not delayed, nor is one that mistyped once. A distributed attacker thus
 * gets about two guesses per address per 15 minutes, each needing the password and a TOTP
 * code together, and the answer never says which part was wrong.
 */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_CLIENT_FAILURES = 10;
export const FREE_ACCOUNT_FAILURES = 5;
const FORGIVEN_PAIR_FAILURES = 1;
const FIRST_DELAY_MS = 1000;
/**
 * How far back the admins' list of failed sign-ins looks; throttling looks at the last 15 minutes.
 * The rows themselves are kept for the retention period of sign-in attempts (at least a day).
 */
export const ATTEMPT_RETENTION_MS = 24 * 3_600_000;

export function accountDelayMs(accountFailures: number): number {
  if (accountFailures < FREE_ACCOUNT_FAILURES) return 0;
  return Math.min(THROTTLE_WINDOW_MS, FIRST_DELAY_MS * 2 ** (accountFailures - FREE_ACCOUNT_FAILURES));
}

/** Failures within the throttle window that bear on one attempt (account × client address). */
export interface FailureStats {
  /** When the client's failure that must leave the window before it may try again happened, if any. */
  clientLimitAt: number | null;
  accountFailures: number;
  /** This address's failures for this account, and the last one. */
  pairFailures: number;
  pairLastAt: number | null;
}

/** Milliseconds this attempt must wait; 0 means it may go ahead. */
export function signinWaitMs(stats: FailureStats, now: number): number {
  const waits = [0];
  if (stats.clientLimitAt !== null) waits.push(stats.clientLimitAt + THROTTLE_WINDOW_MS - now);
  if (stats.pairLastAt !== null && stats.pairFailures > FORGIVEN_PAIR_FAILURES)
    waits.push(stats.pairLastAt + accountDelayMs(stats.accountFailures) - now);
  return Math.max(...waits);
}

/** A new 256-bit session id (what the cookie carries) and its SHA-256 (what the database keeps). */
export function newSessionId(): { id: string; hash: string } {
  const id = randomBytes(32).toString('base64url');
  return { id, hash: hashSessionId(id) };
}

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export type Expiry = 'live' | 'idle' | 'absolute';

export function sessionExpiry(s: { createdAt: number; lastSeenAt: number }, now: number): Expiry {
  if (now - s.createdAt >= ABSOLUTE_TIMEOUT_MS) return 'absolute';
  if (now - s.lastSeenAt >= IDLE_TIMEOUT_MS) return 'idle';
  return 'live';
}
