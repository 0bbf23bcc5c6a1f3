import { emitAudit } from '../audit/audit.repository.js';
import { findIdentityOfUser } from '../identity/identities.repository.js';
import { loadSigninPolicy } from '../identity/signin-settings.usecases.js';
import type { DataKeys } from '../keys/subkeys.js';
import {
  MAX_CLIENT_FAILURES,
  newSessionId,
  signinWaitMs,
  THROTTLE_WINDOW_MS,
} from '../sessions/sessions.models.js';
import { insertSession, recordSigninAttempt, signinFailureStats } from '../sessions/sessions.repository.js';
import { hmacHex } from '../shared/crypto.js';
import { normaliseUsername } from '../users/users.models.js';
import { findUserByName, updateUser, useRecoveryCode } from '../users/users.repository.js';
import type { ConsoleDeps } from './auth.deps.js';
import { verifyPassword } from './passwords.js';
import { hashRecoveryCode, normaliseRecoveryCode } from './recovery.models.js';
import { verifyTotp } from './totp.models.js';
import { unsealTotpSecret } from './totp-secret.js';

export type SigninResult =
  | { ok: true; sessionId: string; stage: 'enrol' | 'full'; userId: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterS: number };

/** Attempts are counted per account under a keyed hash of the normalised username. */
export function signinAccountKey(keys: DataKeys, username: string): string {
  return hmacHex(keys.pseudonym, `signin-account:${normaliseUsername(username).slice(0, 128)}`);
}

/**
 * The throttle in front of every password sign-in, local or directory: the keyed hashes the
 * attempt is counted under, and how long this client must wait (audited here) or null.
 */
export function signinGate(
  deps: ConsoleDeps,
  username: string,
  client: string,
): { accountKey: string; clientKey: string; retryAfterS: number | null } {
  const { db, keys, clock } = deps;
  const accountKey = signinAccountKey(keys, username);
  const clientKey = hmacHex(keys.pseudonym, `signin-client:${client}`);
  const start = clock.now();
  const stats = signinFailureStats(db, {
    accountKey,
    clientKey,
    since: start - THROTTLE_WINDOW_MS,
    clientLimit: MAX_CLIENT_FAILURES,
  });
  const waitMs = signinWaitMs(stats, start);
  if (waitMs <= 0) return { accountKey, clientKey, retryAfterS: null };
  const retryAfterS = Math.ceil(waitMs / 1000);
  db.transaction((tx) => {
    emitAudit(tx, keys.audit, {
      actor: { kind: 'anonymous' },
      action: 'auth.signin_throttled',
      metadata: { client: clientKey.slice(0, 16), retryAfterS },
      at: start,
    });
  });
  return { accountKey, clientKey, retryAfterS };
}

/**
 * Password and (for enrolled users) a TOTP or recovery code, in one form. The answer never
 * says which part was wrong. A user without confirmed TOTP (new, or MFA reset) gets an
 * enrolment-only session. Throttled per client address, and per account only for addresses
 * that keep failing for it (sessions.models.ts says why); every attempt is audited in the
 * transaction that records it.
 */
export async function signIn(
  deps: ConsoleDeps,
  input: { username: string; password: string; code: string; client: string },
): Promise<SigninResult> {
  const { db, keys, clock } = deps;
  const username = normaliseUsername(input.username).slice(0, 128);
  const { accountKey, clientKey, retryAfterS } = signinGate(deps, username, input.client);
  if (retryAfterS !== null) return { ok: false, reason: 'throttled', retryAfterS };

  const user = findUserByName(db, username);
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  const now = clock.now();
  return db.transaction((tx): SigninResult => {
    let reason: string | null = null;
    let totpStep: number | null = null;
    let usedRecovery = false;
    if (!user || !passwordOk) reason = 'bad_credentials';
    else if (user.disabledAt != null) reason = 'disabled';
    // A directory user's password is random and never shown; the directory signs them in.
    else if (findIdentityOfUser(tx, user.id)) reason = 'directory_user';
    // Break-glass: with local sign-in restricted, local admins (with TOTP) still get in.
    else if (user.role !== 'admin' && loadSigninPolicy(tx).restrictLocal) reason = 'local_restricted';
    else if (user.enrolledAt != null) {
      const secret = user.totpSecret ? unsealTotpSecret(keys.secrets, user.id, user.totpSecret) : '';
      totpStep = verifyTotp(secret, input.code.trim(), now, user.totpLastStep);
      if (totpStep === null) {
        const recovery = normaliseRecoveryCode(input.code);
        usedRecovery =
          recovery !== null && useRecoveryCode(tx, user.id, hashRecoveryCode(keys.secrets, recovery), now);
        if (!usedRecovery) reason = 'bad_second_factor';
      }
    }
    recordSigninAttempt(tx, { at: now, accountKey, clientKey, ok: reason === null });
    if (reason !== null || !user) {
      emitAudit(tx, keys.audit, {
        actor: { kind: 'anonymous' },
        action: 'auth.signin_failed',
        target: user ? `user:${user.id}` : null,
        metadata: { reason, client: clientKey.slice(0, 16) },
        at: now,
      });
      return { ok: false, reason: 'invalid' };
    }
    if (totpStep !== null) updateUser(tx, user.id, { totpLastStep: totpStep });
    const stage = user.enrolledAt != null ? 'full' : 'enrol';
    const session = newSessionId();
    insertSession(tx, { idHash: session.hash, userId: user.id, stage, now });
    emitAudit(tx, keys.audit, {
      actor: { kind: 'user', id: user.id },
      action: 'auth.signin',
      target: `user:${user.id}`,
      metadata: { stage, recoveryCode: usedRecovery, client: clientKey.slice(0, 16) },
      at: now,
    });
    return { ok: true, sessionId: session.id, stage, userId: user.id };
  });
}
