import { and, eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '../users/users.repository.js';
import { type SessionStage, sessions, signinAttempts } from './sessions.table.js';

export type SessionRow = typeof sessions.$inferSelect;

export function insertSession(
  db: Tx,
  s: { idHash: string; userId: number; stage: SessionStage; now: number },
): void {
  db.insert(sessions)
    .values({ idHash: s.idHash, userId: s.userId, stage: s.stage, createdAt: s.now, lastSeenAt: s.now })
    .run();
}

export function findSession(db: Tx, idHash: string): SessionRow | undefined {
  return db.select().from(sessions).where(eq(sessions.idHash, idHash)).get();
}

export function touchSession(db: Tx, idHash: string, now: number): void {
  db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash)).run();
}

export function deleteSession(db: Tx, idHash: string): void {
  db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
}

export function deleteUserSessions(db: Tx, userId: number): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

export function recordSigninAttempt(
  db: Tx,
  a: { at: number; accountKey: string; clientKey: string; ok: boolean },
): void {
  db.insert(signinAttempts).values(a).run();
}

export function countRecentFailures(
  db: Tx,
  since: number,
): { byAccount(key: string): number; byClient(key: string): number } {
  const count = (column: typeof signinAttempts.accountKey | typeof signinAttempts.clientKey, key: string) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(signinAttempts)
      .where(and(eq(column, key), eq(signinAttempts.ok, false), gt(signinAttempts.at, since)))
      .get()?.n ?? 0;
  return {
    byAccount: (key) => count(signinAttempts.accountKey, key),
    byClient: (key) => count(signinAttempts.clientKey, key),
  };
}

/** Attempts older than the throttle window serve no purpose; dropped at each sign-in. */
export function pruneSigninAttempts(db: Tx, before: number): void {
  db.delete(signinAttempts).where(sql`${signinAttempts.at} < ${before}`).run();
}
