import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { cryptoErrors } from './crypto.errors.js';

/** HKDF-SHA256 of a 256-bit key for one purpose; `info` names the purpose and its version. */
export function deriveKey(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.from('veildraft'), Buffer.from(info), 32));
}

const SEAL_VERSION = 1;

/**
 * AES-256-GCM with a random 96-bit nonce. Output: version(1) | nonce(12) | tag(16) | ciphertext.
 * `aad` binds the sealed value to its place (e.g. "mailbox:3:password") so it cannot be moved.
 */
export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([SEAL_VERSION]), nonce, cipher.getAuthTag(), ct]);
}

export function unseal(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < 29 || sealed[0] !== SEAL_VERSION) {
    throw cryptoErrors.sealedInvalid();
  }
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(13, 29));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]);
  } catch (cause) {
    throw cryptoErrors.sealedTampered({ cause });
  }
}

export function hmacHex(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

/**
 * Whether a value sent by a client equals a secret, in time that does not depend on where they
 * differ: both sides are hashed first, so neither the content nor the length leaks.
 */
export function equalSecrets(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(expected), digest(given));
}
