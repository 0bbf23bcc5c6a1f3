import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { equalSecrets, hmacHex } from '../shared/crypto.js';
import { cookieNames, readCookie, writeCookie } from './cookies.js';

/**
 * CSRF tokens are an HMAC of the session cookie value (signed in), or of a random pre-session
 * cookie (sign-in and setup forms). A token is therefore bound to one session and cannot be
 * minted without the server's key; SameSite=Strict cookies are a second layer.
 */
export function csrfToken(
  c: Context,
  key: Buffer,
  secure: boolean,
  sessionCookie: string | undefined,
): string {
  if (sessionCookie) return hmacHex(key, `session:${sessionCookie}`);
  const names = cookieNames(secure);
  let pre = readCookie(c, names.pre);
  if (!pre || !/^[A-Za-z0-9_-]{43}$/.test(pre)) {
    pre = randomBytes(32).toString('base64url');
    writeCookie(c, secure, names.pre, pre);
  }
  return hmacHex(key, `pre:${pre}`);
}

export function csrfMatches(expected: string, given: unknown): boolean {
  return equalSecrets(expected, given);
}
