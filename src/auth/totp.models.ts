import { generateSecret, generateURI, verifySync } from 'otplib';

export const TOTP_PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: 'Veildraft', label: username, secret });
}

/**
 * Checks a 6-digit code at `nowMs` with ±1 step of drift. Returns the matched step, or null.
 * A step at or before `lastStep` is refused, so a code (or an older one) works only once.
 */
export function verifyTotp(
  secret: string,
  code: string,
  nowMs: number,
  lastStep: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(lastStep != null ? { afterTimeStep: lastStep } : {}),
  });
  // Only TOTP results carry the step; the functional API types HOTP and TOTP together.
  return result.valid && 'timeStep' in result ? (result.timeStep as number) : null;
}
