import QRCode from 'qrcode';
import { emitAudit } from '../audit/audit.repository.js';
import { newSessionId } from '../sessions/sessions.models.js';
import { deleteUserSessions, insertSession } from '../sessions/sessions.repository.js';
import type { FieldErrors } from '../users/users.models.js';
import { findUser, replaceRecoveryCodes, updateUser } from '../users/users.repository.js';
import type { ConsoleDeps } from './auth.deps.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { hashRecoveryCode, newRecoveryCodes } from './recovery.models.js';
import { markSetupComplete } from './setup.usecases.js';
import { totpUri, verifyTotp } from './totp.models.js';
import { unsealTotpSecret } from './totp-secret.js';

export interface EnrolmentView {
  username: string;
  secret: string;
  qrSvgDataUrl: string;
  mustChangePassword: boolean;
}

/** The pending TOTP secret as text and as a QR code, rendered locally (an SVG data URL). */
export async function enrolmentView(deps: ConsoleDeps, userId: number): Promise<EnrolmentView> {
  const user = findUser(deps.db, userId);
  if (!user?.totpSecret) throw new Error('enrolment without a pending secret');
  const secret = unsealTotpSecret(deps.keys.secrets, user.id, user.totpSecret);
  const svg = await QRCode.toString(totpUri(secret, user.username), { type: 'svg', margin: 2 });
  return {
    username: user.username,
    secret,
    qrSvgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    mustChangePassword: user.mustChangePassword,
  };
}

export type EnrolResult =
  | { ok: true; recoveryCodes: string[]; sessionId: string; role: string }
  | { ok: false; errors: FieldErrors };

/**
 * Confirms TOTP with a code from the app, stores 10 recovery codes (hashed; shown once), sets a
 * new password when one is required, and swaps the enrolment session for a full one (new id).
 */
export async function confirmEnrolment(
  deps: ConsoleDeps,
  userId: number,
  input: { code: string; newPassword?: string; confirmPassword?: string },
): Promise<EnrolResult> {
  const { db, keys, clock } = deps;
  const user = findUser(db, userId);
  if (!user?.totpSecret || user.enrolledAt != null)
    return { ok: false, errors: { code: 'Nothing to enrol.' } };
  const errors: FieldErrors = {};
  let passwordHash: string | undefined;
  if (user.mustChangePassword) {
    const pw = input.newPassword ?? '';
    const problem = passwordProblem(pw, user.username);
    if (problem) errors.newPassword = problem;
    else if (pw !== input.confirmPassword) errors.confirmPassword = 'The two passwords differ.';
    else passwordHash = await hashPassword(pw);
  }
  const now = clock.now();
  const secret = unsealTotpSecret(keys.secrets, user.id, user.totpSecret);
  const step = verifyTotp(secret, input.code.trim(), now, user.totpLastStep);
  if (step === null) errors.code = 'That code is not valid now. Enter the current 6-digit code from the app.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const codes = newRecoveryCodes();
  const session = newSessionId();
  db.transaction((tx) => {
    updateUser(tx, user.id, {
      enrolledAt: now,
      totpLastStep: step,
      updatedAt: now,
      ...(passwordHash ? { passwordHash, mustChangePassword: false } : {}),
    });
    replaceRecoveryCodes(
      tx,
      user.id,
      codes.map((c) => hashRecoveryCode(keys.secrets, c)),
    );
    if (user.role === 'admin') markSetupComplete(tx, user.id, now);
    deleteUserSessions(tx, user.id);
    insertSession(tx, { idHash: session.hash, userId: user.id, stage: 'full', now });
    emitAudit(tx, keys.audit, {
      actor: { kind: 'user', id: user.id },
      action: 'user.mfa_enrol',
      target: `user:${user.id}`,
      metadata: { recoveryCodes: codes.length, passwordChanged: passwordHash !== undefined },
      at: now,
    });
  });
  return { ok: true, recoveryCodes: codes, sessionId: session.id, role: user.role };
}
