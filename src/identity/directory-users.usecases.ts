import { randomBytes } from 'node:crypto';
import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { hashPassword } from '../auth/passwords.js';
import { normaliseUsername, usernameProblem } from '../users/users.models.js';
import { findUserByName, insertUser } from '../users/users.repository.js';
import { insertIdentity, listIdentities } from './identities.repository.js';
import { type DirectoryProvider, directoryProviders } from './identity.types.js';

export interface DirectoryLink {
  provider: DirectoryProvider;
  /** Null until the person's first sign-in through the directory (a pending link). */
  lastSignInAt: number | null;
}

/** Which users sign in through a directory, for the Users pages. */
export function directoryLinks(deps: Pick<ConsoleDeps, 'db'>): Map<number, DirectoryLink> {
  return new Map(
    listIdentities(deps.db).map((i) => [i.userId, { provider: i.provider, lastSignInAt: i.lastSignInAt }]),
  );
}

export type DirectoryUserResult =
  | { ok: true; id: number; username: string }
  | { ok: false; errors: Record<string, string> };

/**
 * A pending directory user: how a person gets an account while just-in-time creation is off.
 * Their first sign-in with this user name links the account to their directory subject; from
 * then on the subject decides. Role and mailboxes come from the mapping at that sign-in; until
 * then the least-privileged role stands, and the password is random and never shown.
 */
export async function createDirectoryUser(
  deps: ConsoleDeps,
  actorId: number,
  input: { username: string; provider: string },
): Promise<DirectoryUserResult> {
  const username = normaliseUsername(input.username);
  const provider = directoryProviders.find((p) => p === input.provider);
  const errors: Record<string, string> = {};
  const nameProblem = usernameProblem(username);
  if (nameProblem) errors.dirUsername = nameProblem;
  else if (findUserByName(deps.db, username)) errors.dirUsername = 'A user with this name exists already.';
  if (!provider) errors.provider = 'Choose OpenID Connect or LDAP.';
  if (!provider || Object.keys(errors).length > 0) return { ok: false, errors };
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const now = deps.clock.now();
  return deps.db.transaction((tx): DirectoryUserResult => {
    if (findUserByName(tx, username))
      return { ok: false, errors: { dirUsername: 'A user with this name exists already.' } };
    const id = insertUser(tx, { username, role: 'auditor', passwordHash, mustChangePassword: false, now });
    insertIdentity(tx, { userId: id, provider, subject: null, now });
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: actorId },
      action: 'user.create',
      target: `user:${id}`,
      metadata: { provider, pending: true },
      at: now,
    });
    return { ok: true, id, username };
  });
}
