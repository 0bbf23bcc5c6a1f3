import type { AuditActor } from '../../audit/audit.models.js';
import { emitAudit } from '../../audit/audit.repository.js';
import type { ConsoleDeps } from '../../auth/auth.deps.js';
import { type SigninResult, signIn, signinGate } from '../../auth/signin.usecases.js';
import { recordSigninAttempt } from '../../sessions/sessions.repository.js';
import { isAppError } from '../../shared/errors.js';
import type { Tx } from '../../store/store.js';
import { normaliseUsername } from '../../users/users.models.js';
import { findUserByName } from '../../users/users.repository.js';
import { signInFromDirectory } from '../directory-signin.usecases.js';
import { findIdentityOfUser } from '../identities.repository.js';
import type { DirectoryIdentity, MappedAccess } from '../identity.types.js';
import { mapDirectoryAccess } from '../role-mapping.models.js';
import { loadRoleMapping, loadSigninPolicy } from '../signin-settings.usecases.js';
import type { LdapErrorCode } from './ldap.errors.js';
import { authenticate, type LdapLookup } from './ldap-client.js';
import { loadLdapConfig } from './ldap-settings.usecases.js';

/**
 * Codes that are the directory's or the settings' fault, not the person's: they are not
 * counted against the account or the address (an outage must not lock people out).
 */
const DIRECTORY_PROBLEMS = new Set<string>([
  'ldap.unreachable',
  'ldap.tls_failed',
  'ldap.service_bind_failed',
  'ldap.search_failed',
]);

/**
 * What the audit row says about a refused attempt. An unknown name and a wrong password are
 * one reason, as for local accounts, so the log does not list which directory names exist.
 */
function auditReason(code: string): string {
  if (code === 'ldap.user_not_found' || code === 'ldap.bad_credentials') return 'bad_credentials';
  return code.replace(/^ldap\./, '');
}

/** Whether a name signs in through LDAP: no local account has it, or the account is LDAP-linked. */
function goesToDirectory(db: Tx, username: string): boolean {
  const user = findUserByName(db, normaliseUsername(username).slice(0, 128));
  return !user || findIdentityOfUser(db, user.id)?.provider === 'ldap';
}

type Gate = { accountKey: string; clientKey: string };

/** One attempt counted for the throttle (inside the transaction that audits it). */
function countAttempt(tx: Tx, gate: Gate, ok: boolean, now: number): void {
  recordSigninAttempt(tx, { at: now, accountKey: gate.accountKey, clientKey: gate.clientKey, ok });
}

/** A refused directory sign-in: audited, and counted unless the directory itself failed. */
function refuse(deps: ConsoleDeps, gate: Gate, code: string): void {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    if (!DIRECTORY_PROBLEMS.has(code)) countAttempt(tx, gate, false, now);
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'anonymous' },
      action: 'auth.signin_failed',
      metadata: { provider: 'ldap', reason: auditReason(code), client: gate.clientKey.slice(0, 16) },
      at: now,
    });
  });
}

/**
 * The console's username and password form. With LDAP switched on, a name that is not a
 * local account (or is an LDAP-linked one) is checked against the directory and signed in
 * through signInFromDirectory with the saved role mapping; local accounts, the break-glass
 * admin among them, keep their password and TOTP. Both paths pass the same throttle, and the
 * answer never says which part was wrong.
 */
export async function signInWithPassword(
  deps: ConsoleDeps,
  input: { username: string; password: string; code: string; client: string },
): Promise<SigninResult> {
  const config = loadLdapConfig(deps.db, deps.keys);
  if (!config?.enabled || !goesToDirectory(deps.db, input.username)) return signIn(deps, input);
  const gate = signinGate(deps, input.username, input.client);
  if (gate.retryAfterS !== null) return { ok: false, reason: 'throttled', retryAfterS: gate.retryAfterS };

  let lookup: LdapLookup;
  try {
    lookup = await authenticate(config, input.username.slice(0, 256), input.password);
  } catch (e) {
    if (!isAppError(e) || !e.code.startsWith('ldap.')) throw e;
    if (DIRECTORY_PROBLEMS.has(e.code))
      deps.logger.warn(
        { code: e.code, cause: String(e.cause ?? '') },
        'LDAP sign-in could not use the directory',
      );
    refuse(deps, gate, e.code);
    return { ok: false, reason: 'invalid' };
  }

  const result = await signInFromDirectory(deps, lookup.identity, {
    mapping: loadRoleMapping(deps.db),
    // One policy for every directory: Settings → Sign-in decides just-in-time creation.
    createUsers: loadSigninPolicy(deps.db).createUsers,
    client: input.client,
  });
  // A refusal (no mapped group, not provisioned) is audited by signInFromDirectory itself.
  deps.db.transaction((tx) => countAttempt(tx, gate, result.ok, deps.clock.now()));
  if (!result.ok) return { ok: false, reason: 'invalid' };
  return { ok: true, sessionId: result.sessionId, stage: 'full', userId: result.userId };
}

export type LdapTestResult =
  | {
      ok: true;
      dn: string;
      attributes: Record<string, string[]>;
      identity: DirectoryIdentity;
      access: MappedAccess;
    }
  | { ok: false; code: LdapErrorCode | string; message: string };

/**
 * "Test sign-in": what the directory returns for a name and password, and the role it maps to,
 * without signing anyone in or changing any user. It checks a password, so it passes the same
 * throttle as sign-in and is audited with who ran it and the outcome code.
 */
export async function testLdapSignIn(
  deps: ConsoleDeps,
  actor: AuditActor,
  input: { username: string; password: string; client: string },
): Promise<LdapTestResult> {
  const config = loadLdapConfig(deps.db, deps.keys);
  let result: LdapTestResult;
  const gate = signinGate(deps, input.username, input.client);
  if (!config) result = { ok: false, code: 'ldap.not_configured', message: 'Save the LDAP settings first.' };
  else if (gate.retryAfterS !== null)
    result = {
      ok: false,
      code: 'auth.throttled',
      message: `Too many failed attempts for this name or address: try again in ${gate.retryAfterS} s.`,
    };
  else {
    try {
      const lookup = await authenticate(config, input.username.slice(0, 256), input.password);
      result = { ok: true, ...lookup, access: mapDirectoryAccess(lookup.identity, loadRoleMapping(deps.db)) };
    } catch (e) {
      if (!isAppError(e) || !e.code.startsWith('ldap.')) throw e;
      result = { ok: false, code: e.code, message: e.message };
    }
  }
  const outcome = result.ok ? 'ok' : result.code;
  // A wrong password here counts like one at sign-in: the test is no way around the throttle.
  const counted = config !== null && gate.retryAfterS === null && !DIRECTORY_PROBLEMS.has(outcome);
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    if (counted) countAttempt(tx, gate, result.ok, now);
    emitAudit(tx, deps.keys.audit, { actor, action: 'signin.ldap_test', metadata: { outcome }, at: now });
  });
  return result;
}
