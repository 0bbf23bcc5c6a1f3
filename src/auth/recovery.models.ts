import { randomBytes } from 'node:crypto';
import { hmacHex } from '../shared/crypto.js';

export const RECOVERY_CODE_COUNT = 10;
// Crockford-like alphabet without look-alikes (0/O, 1/I/L).
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 10 characters from a 31-letter alphabet ≈ 49 bits each, shown as xxxxx-xxxxx. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normaliseRecoveryCode(input: string): string | null {
  const c = input.trim().toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z0-9]{10}$/.test(c) ? `${c.slice(0, 5)}-${c.slice(5)}` : null;
}

/** Recovery codes are random, so a keyed hash (not a slow password hash) is enough to store them. */
export function hashRecoveryCode(key: Buffer, code: string): string {
  return hmacHex(key, `recovery:${code}`);
}
