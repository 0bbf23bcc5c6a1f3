import { and, asc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '../store/store.js';
import { type Role, recoveryCodes, type User, users } from './users.table.js';

export function findUserByName(db: Tx, username: string): User | undefined {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function findUser(db: Tx, id: number): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function listUsers(db: Tx): User[] {
  return db.select().from(users).orderBy(asc(users.username)).all();
}

/** Setup is complete once an enabled admin has confirmed TOTP. */
export function hasEnrolledAdmin(db: Tx): boolean {
  return (
    db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNotNull(users.enrolledAt), isNull(users.disabledAt)))
      .limit(1)
      .get() !== undefined
  );
}

/** Enabled, enrolled admins other than `exceptId`: the console must never lose its last one. */
export function countOtherActiveAdmins(db: Tx, exceptId: number): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(
      and(
        eq(users.role, 'admin'),
        isNotNull(users.enrolledAt),
        isNull(users.disabledAt),
        ne(users.id, exceptId),
      ),
    )
    .get();
  return row?.n ?? 0;
}

export function deleteUnenrolledAdmins(db: Tx): number[] {
  return db
    .delete(users)
    .where(and(eq(users.role, 'admin'), isNull(users.enrolledAt)))
    .returning({ id: users.id })
    .all()
    .map((r) => r.id);
}

export function insertUser(
  db: Tx,
  u: { username: string; role: Role; passwordHash: string; mustChangePassword: boolean; now: number },
): number {
  const row = db
    .insert(users)
    .values({
      username: u.username,
      role: u.role,
      passwordHash: u.passwordHash,
      mustChangePassword: u.mustChangePassword,
      createdAt: u.now,
      updatedAt: u.now,
    })
    .returning({ id: users.id })
    .get();
  return row.id;
}

export function updateUser(db: Tx, id: number, set: Partial<Omit<User, 'id'>>): void {
  db.update(users).set(set).where(eq(users.id, id)).run();
}

export function replaceRecoveryCodes(db: Tx, userId: number, hashes: string[]): void {
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  for (const codeHash of hashes) db.insert(recoveryCodes).values({ userId, codeHash }).run();
}

/** Marks an unused recovery code used; true when one matched. */
export function useRecoveryCode(db: Tx, userId: number, codeHash: string, now: number): boolean {
  return (
    db
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(recoveryCodes.userId, userId),
          eq(recoveryCodes.codeHash, codeHash),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .run().changes === 1
  );
}

export function countUnusedRecoveryCodes(db: Tx, userId: number): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .get();
  return row?.n ?? 0;
}
