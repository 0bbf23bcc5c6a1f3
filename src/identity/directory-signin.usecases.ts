import { randomBytes } from 'node:crypto';
import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { hashPassword } from '../auth/passwords.js';
import { pseudonym } from '../ingest/message.models.js';
import { listMailboxRows } from '../mailboxes/mailboxes.repository.js';
import { newSessionId } from '../sessions/sessions.models.js';
import { deleteUserSessions, insertSession } from '../sessions/sessions.repository.js';
import { hmacHex } from '../shared/crypto.js';
import { replaceAssignedMailboxes } from '../users/user-mailboxes.repository.js';
import { normaliseUsername, usernameProblem } from '../users/users.models.js';
import { findUser, findUserByName, insertUser, updateUser } from '../users/users.repository.js';
import type { Role } from '../users/users.table.js';
import {
  findIdentityBySubject,
  findPendingIdentity,
  insertIdentity,
  recordIdentitySignIn,
} from './identities.repository.js';
import type { DirectoryIdentity, RoleMapping } from './identity.types.js';
import { mapDirectoryAccess } from './role-mapping.models.js';

export type DirectoryRefusal =
  | 'no_mapped_group'
  | 'not_provisioned'
  | 'disabled'
  | 'username_taken'
  | 'username_invalid';

export type DirectorySigninResult =
  | { ok: true; sessionId: string; userId: number; role: Role; created: boolean }
  | { ok: false; reason: DirectoryRefusal };

export interface DirectorySigninOptions {
  mapping: RoleMapping;
  /** Just-in-time creation of a console user for a mapped identity seen for the first time. */
  createUsers: boolean;
  /** The client address, kept in the audit row only as a keyed hash prefix (as local sign-in does). */
  client: string;
}

/**
 * The second half of every directory sign-in, after OIDC or LDAP has proven who the person is:
 * map their groups to a role (again at every sign-in), find or link or create their console
 * user, rewrite role and reviewer mailboxes from the directory, and open a full session (the
 * directory did the authentication, MFA included). A person whose groups no longer map is
 * refused and every session they still hold ends, in the same transaction as its audit row.
 *
 * An identity is never linked to an existing account by name alone (a directory user called
 * "admin" must not become the break-glass admin): it links to an account an admin created as a
 * pending directory user, or, when just-in-time creation is on, creates one whose name is free.
 */
export async function signInFromDirectory(
  deps: ConsoleDeps,
  identity: DirectoryIdentity,
  options: DirectorySigninOptions,
): Promise<DirectorySigninResult> {
  const { db, keys, clock } = deps;
  const access = mapDirectoryAccess(identity, options.mapping);
  const username = normaliseUsername(identity.username).slice(0, 128);
  // Hashed before the transaction (argon2 is async): the password of a directory user is random
  // and never shown, so the local form cannot sign them in.
  const unusableHash = await hashPassword(randomBytes(32).toString('base64url'));
  const now = clock.now();
  const client = hmacHex(keys.pseudonym, `signin-client:${options.client}`).slice(0, 16);

  return db.transaction((tx): DirectorySigninResult => {
    const refuse = (reason: DirectoryRefusal, userId: number | null): DirectorySigninResult => {
      const ended = userId === null ? 0 : deleteUserSessions(tx, userId);
      emitAudit(tx, keys.audit, {
        actor: { kind: 'anonymous' },
        action: 'auth.directory_refused',
        target: userId === null ? null : `user:${userId}`,
        metadata: { provider: identity.provider, reason, sessionsEnded: ended, client },
        at: now,
      });
      return { ok: false, reason };
    };

    const linked = findIdentityBySubject(tx, identity.provider, identity.subject);
    const pending = linked ? undefined : findPendingIdentity(tx, identity.provider, username);
    const link = linked ?? pending;
    const existing = link ? findUser(tx, link.userId) : undefined;
    if (!access.ok) return refuse(access.reason, existing?.id ?? null);
    if (existing?.disabledAt != null) return refuse('disabled', existing.id);

    let userId: number;
    let created = false;
    if (existing && link) {
      userId = existing.id;
      recordIdentitySignIn(tx, link.id, identity.subject, now);
    } else {
      if (!options.createUsers) return refuse('not_provisioned', null);
      if (usernameProblem(username) !== null) return refuse('username_invalid', null);
      if (findUserByName(tx, username)) return refuse('username_taken', null);
      userId = insertUser(tx, {
        username,
        role: access.role,
        passwordHash: unusableHash,
        mustChangePassword: false,
        now,
      });
      insertIdentity(tx, { userId, provider: identity.provider, subject: identity.subject, now });
      created = true;
    }

    const before = existing ? { role: existing.role } : null;
    // The address follows the directory like the role does (OIDC `email`, LDAP `mail`), kept as
    // its pseudonym only; a sign-in that sends none leaves an address an admin entered.
    const email = identity.email?.trim() ? { emailPseudonym: pseudonym(keys.pseudonym, identity.email) } : {};
    updateUser(tx, userId, { role: access.role, ...email, updatedAt: now });
    const known = new Set(listMailboxRows(tx).map((m) => m.id));
    replaceAssignedMailboxes(
      tx,
      userId,
      access.mailboxIds.filter((id) => known.has(id)),
    );
    const session = newSessionId();
    insertSession(tx, { idHash: session.hash, userId, stage: 'full', now });
    emitAudit(tx, keys.audit, {
      actor: { kind: 'user', id: userId },
      action: 'auth.signin',
      target: `user:${userId}`,
      metadata: {
        stage: 'full',
        provider: identity.provider,
        role: access.role,
        ...(before && before.role !== access.role ? { roleBefore: before.role } : {}),
        created,
        client,
      },
      at: now,
    });
    return { ok: true, sessionId: session.id, userId, role: access.role, created };
  });
}
