import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../store/store.js';
import { users } from '../users/users.table.js';
import { type UserIdentity, userIdentities } from './identities.table.js';
import type { DirectoryProvider } from './identity.types.js';

export function findIdentityBySubject(
  db: Tx,
  provider: DirectoryProvider,
  subject: string,
): UserIdentity | undefined {
  return db
    .select()
    .from(userIdentities)
    .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, subject)))
    .get();
}

/** A pending link: the user an admin created for this directory name, not yet signed in. */
export function findPendingIdentity(
  db: Tx,
  provider: DirectoryProvider,
  username: string,
): UserIdentity | undefined {
  return db
    .select({ identity: userIdentities })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(
      and(
        eq(userIdentities.provider, provider),
        isNull(userIdentities.subject),
        eq(users.username, username),
      ),
    )
    .get()?.identity;
}

export function findIdentityOfUser(db: Tx, userId: number): UserIdentity | undefined {
  return db.select().from(userIdentities).where(eq(userIdentities.userId, userId)).get();
}

export function insertIdentity(
  db: Tx,
  row: { userId: number; provider: DirectoryProvider; subject: string | null; now: number },
): void {
  db.insert(userIdentities)
    .values({
      userId: row.userId,
      provider: row.provider,
      subject: row.subject,
      // A link made by a sign-in is a sign-in; a pending link has not signed in yet.
      lastSignInAt: row.subject === null ? null : row.now,
      createdAt: row.now,
    })
    .run();
}

export function recordIdentitySignIn(db: Tx, id: number, subject: string, now: number): void {
  db.update(userIdentities).set({ subject, lastSignInAt: now }).where(eq(userIdentities.id, id)).run();
}

export function listIdentities(db: Tx): UserIdentity[] {
  return db.select().from(userIdentities).all();
}
