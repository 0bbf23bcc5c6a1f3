import argon2 from 'argon2';
import { passwordProblem } from './password-policy.models.js';

export { passwordProblem };

/** argon2id with the library's defaults (64 MiB, t=3, p=4): ~0.1–0.3 s on this class of machine. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

// Verified against when the username does not exist, so the answer takes as long either way.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('veildraft-timing-equaliser');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
