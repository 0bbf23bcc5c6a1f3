import { emitAudit } from '../audit/audit.repository.js';
import { newSessionId } from '../sessions/sessions.models.js';
import { insertSession } from '../sessions/sessions.repository.js';
import { readSetting, writeSettingOnce } from '../settings/settings.repository.js';
import type { Tx } from '../store/store.js';
import { type FieldErrors, normaliseUsername, usernameProblem } from '../users/users.models.js';
import {
  deleteUnenrolledAdmins,
  hasEnrolledAdmin,
  insertUser,
  updateUser,
} from '../users/users.repository.js';
import type { ConsoleDeps } from './auth.deps.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { newTotpSecret } from './totp.models.js';
import { sealTotpSecret } from './totp-secret.js';

const SETUP_DONE = 'setup.completed_at';

/**
 * Setup is complete once the first admin confirmed TOTP; that moment is recorded, so the wizard
 * never returns, even if every admin later needs an MFA reset (done from the CLI).
 */
export function setupComplete(deps: { db: Tx }): boolean {
  return readSetting(deps.db, SETUP_DONE) !== undefined || hasEnrolledAdmin(deps.db);
}

export function markSetupComplete(tx: Tx, userId: number, now: number): void {
  writeSettingOnce(tx, SETUP_DONE, String(now), now, userId);
}

export type SetupResult = { ok: true; sessionId: string } | { ok: false; errors: FieldErrors };

/**
 * Wizard step 1: the first admin. Allowed only while no enrolled admin exists. An earlier
 * attempt that never confirmed TOTP is replaced, so an abandoned wizard cannot lock the
 * appliance. Returns an enrolment-only session for step 2.
 */
export async function createFirstAdmin(
  deps: ConsoleDeps,
  input: { username: string; password: string; confirmPassword: string },
): Promise<SetupResult> {
  const { db, keys, clock } = deps;
  const username = normaliseUsername(input.username);
  const errors: FieldErrors = {};
  const nameProblem = usernameProblem(username);
  if (nameProblem) errors.username = nameProblem;
  const pwProblem = passwordProblem(input.password, username);
  if (pwProblem) errors.password = pwProblem;
  else if (input.password !== input.confirmPassword) errors.confirmPassword = 'The two passwords differ.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const passwordHash = await hashPassword(input.password);
  const now = clock.now();
  const session = newSessionId();
  return db.transaction((tx): SetupResult => {
    if (setupComplete({ db: tx })) return { ok: false, errors: { username: 'Setup is already complete.' } };
    const replaced = deleteUnenrolledAdmins(tx);
    const id = insertUser(tx, { username, role: 'admin', passwordHash, mustChangePassword: false, now });
    updateUser(tx, id, { totpSecret: sealTotpSecret(keys.secrets, id, newTotpSecret()) });
    insertSession(tx, { idHash: session.hash, userId: id, stage: 'enrol', now });
    emitAudit(tx, keys.audit, {
      actor: { kind: 'setup' },
      action: 'user.create',
      target: `user:${id}`,
      metadata: { role: 'admin', firstAdmin: true, replacedUnconfirmed: replaced },
      at: now,
    });
    return { ok: true, sessionId: session.id };
  });
}
