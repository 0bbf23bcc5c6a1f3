import { createHash, randomBytes } from 'node:crypto';

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000;
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES = 10;

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
