import { seal, unseal } from '../shared/crypto.js';

/** TOTP secrets are sealed under keys.secrets, bound to their user row. */
export function sealTotpSecret(key: Buffer, userId: number, secret: string): Buffer {
  return seal(key, Buffer.from(secret, 'utf8'), `user:${userId}:totp`);
}

export function unsealTotpSecret(key: Buffer, userId: number, sealed: Buffer): string {
  return unseal(key, sealed, `user:${userId}:totp`).toString('utf8');
}
