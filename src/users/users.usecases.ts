import { randomBytes } from 'node:crypto';
import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { hashPassword } from '../auth/passwords.js';
import { newTotpSecret } from '../auth/totp.models.js';
import { sealTotpSecret } from '../auth/totp-secret.js';
import { findIdentityOfUser } from '../identity/identities.repository.js';
import { pseudonym } from '../ingest/message.models.js';
import { deleteUserSessions } from '../sessions/sessions.repository.js';
import type { Tx } from '../store/store.js';
import {
  emailProblem,
  type FieldErrors,
  normaliseUsername,
  parseRole,
  usernameProblem,
} from './users.models.js';
import {
  countOtherActiveAdmins,
  findUser,
  findUserByName,
  insertUser,
  replaceRecoveryCodes,
  updateUser,
} from './users.repository.js';
import type { Role } from './users.table.js';

export type CreateUserResult =
  | { ok: true; id: number; username: string; temporaryPassword: string }
  | { ok: false; errors: FieldErrors };

/**
 * A new user gets a random one-time password, shown once to the admin. At first sign-in they
 * choose their own password and enrol TOTP before anything else.
 */
export async function createUser(
  deps: ConsoleDeps,
  actorId: number,
  input: { username: string; role: string },
): Promise<CreateUserResult> {
  const username = normaliseUsername(input.username);
  const role = parseRole(input.role);
  const errors: FieldErrors = {};
  const nameProblem = usernameProblem(username);
  if (nameProblem) errors.username = nameProblem;
  else if (findUserByName(deps.db, username)) errors.username = 'A user with this name exists already.';
  if (!role) errors.role = 'Choose admin, reviewer or auditor.';
  if (!role || Object.keys(errors).length > 0) return { ok: false, errors };
  const temporaryPassword = randomBytes(15).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  const now = deps.clock.now();
  return deps.db.transaction((tx): CreateUserResult => {
    if (findUserByName(tx, username))
      return { ok: false, errors: { username: 'A user with this name exists already.' } };
    const id = insertUser(tx, { username, role, passwordHash, mustChangePassword: true, now });
    updateUser(tx, id, { totpSecret: sealTotpSecret(deps.keys.secrets, id, newTotpSecret()) });
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: actorId },
      action: 'user.create',
      target: `user:${id}`,
      metadata: { role },
      at: now,
    });
    return { ok: true, id, username, temporaryPassword };
  });
}

export type ChangeResult = { ok: true } | { ok: false; message: string };

const LAST_ADMIN =
  'This is the last active admin. Create or enable another admin first, so the console is never left without one.';

/** Applies one change to a user with its audit row (`actor`: a console user or the CLI's operator). */
function changeUser(
  deps: ConsoleDeps,
  actor: AuditActor,
  userId: number,
  action: string,
  apply: (tx: Tx, now: number) => Record<string, number | string | boolean | null> | string,
): ChangeResult {
  const now = deps.clock.now();
  return deps.db.transaction((tx): ChangeResult => {
    const user = findUser(tx, userId);
    if (!user) return { ok: false, message: 'No such user.' };
    const outcome = apply(tx, now);
    if (typeof outcome === 'string') return { ok: false, message: outcome };
    emitAudit(tx, deps.keys.audit, {
      actor,
      action,
      target: `user:${userId}`,
      metadata: outcome,
      at: now,
    });
    return { ok: true };
  });
}

function removesLastAdmin(tx: Tx, userId: number): boolean {
  const user = findUser(tx, userId);
  return user?.role === 'admin' && countOtherActiveAdmins(tx, userId) === 0;
}

export function changeRole(
  deps: ConsoleDeps,
  actorId: number,
  userId: number,
  roleInput: string,
): ChangeResult {
  const role = parseRole(roleInput);
  if (!role) return { ok: false, message: 'Choose admin, reviewer or auditor.' };
  return changeUser(deps, { kind: 'user', id: actorId }, userId, 'user.role_change', (tx, now) => {
    const before = findUser(tx, userId)!.role;
    if (before === role) return { role, from: before, sessionsEnded: 0 };
    if (removesLastAdmin(tx, userId)) return LAST_ADMIN;
    updateUser(tx, userId, { role: role as Role, updatedAt: now });
    // A new role means new rights: end sessions so no page keeps the old ones.
    const ended = deleteUserSessions(tx, userId);
    return { role, from: before, sessionsEnded: ended };
  });
}

/**
 * Ends the user's sessions; they enrol a new TOTP secret at their next sign-in. From the
 * console the last admin cannot be reset (nobody could then sign in to help); from the CLI,
 * whose operator already controls the appliance, it can: that is the way back in for an admin
 * who lost both the authenticator and the recovery codes.
 */
export function resetMfa(deps: ConsoleDeps, actor: AuditActor, userId: number): ChangeResult {
  return changeUser(deps, actor, userId, 'user.mfa_reset', (tx, now) => {
    if (findIdentityOfUser(tx, userId))
      return "This user signs in through the directory; their two-factor sign-in is the directory's.";
    if (actor.kind !== 'cli' && removesLastAdmin(tx, userId)) return LAST_ADMIN;
    updateUser(tx, userId, {
      totpSecret: sealTotpSecret(deps.keys.secrets, userId, newTotpSecret()),
      totpLastStep: null,
      enrolledAt: null,
      updatedAt: now,
    });
    replaceRecoveryCodes(tx, userId, []);
    return { sessionsEnded: deleteUserSessions(tx, userId) };
  });
}

export function setDisabled(
  deps: ConsoleDeps,
  actorId: number,
  userId: number,
  disabled: boolean,
): ChangeResult {
  return changeUser(
    deps,
    { kind: 'user', id: actorId },
    userId,
    disabled ? 'user.disable' : 'user.enable',
    (tx, now) => {
      if (disabled && removesLastAdmin(tx, userId)) return LAST_ADMIN;
      updateUser(tx, userId, { disabledAt: disabled ? now : null, updatedAt: now });
      return { sessionsEnded: disabled ? deleteUserSessions(tx, userId) : 0 };
    },
  );
}

/**
 * The user's e-mail address, kept as its keyed pseudonym: analytics attributes a reply whose
 * sender is this address to this user (per-agent mode) and counts distinct agents. The audit row
 * says only whether an address is now set, never which. Empty input removes it.
 */
export function setEmail(deps: ConsoleDeps, actorId: number, userId: number, input: string): ChangeResult {
  const address = input.trim();
  const problem = emailProblem(address);
  if (problem) return { ok: false, message: problem };
  return changeUser(deps, { kind: 'user', id: actorId }, userId, 'user.email_change', (tx, now) => {
    const emailPseudonym = address === '' ? null : pseudonym(deps.keys.pseudonym, address);
    const before = findUser(tx, userId)!.emailPseudonym;
    updateUser(tx, userId, { emailPseudonym, updatedAt: now });
    return { set: emailPseudonym !== null, changed: before !== emailPseudonym };
  });
}
