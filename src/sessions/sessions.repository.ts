import { and, count, countDistinct, desc, eq, gt, max, sql } from 'drizzle-orm';
import type { Tx } from '../store/store.js';

import type { FailureStats } from './sessions.models.js';
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

const failedSince = (since: number) => and(eq(signinAttempts.ok, false), gt(signinAttempts.at, since));

/** The failures since `since` that decide whether one attempt must wait (sessions.models.ts). */
export function signinFailureStats(
  db: Tx,
  q: { accountKey: string; clientKey: string; since: number; clientLimit: number },
): FailureStats {
  const clientLimitAt =
    db
      .select({ at: signinAttempts.at })
      .from(signinAttempts)
      .where(and(eq(signinAttempts.clientKey, q.clientKey), failedSince(q.since)))
      .orderBy(desc(signinAttempts.at))
      .limit(1)
      .offset(q.clientLimit - 1)
      .get()?.at ?? null;
  const account = db
    .select({ n: count() })
    .from(signinAttempts)
    .where(and(eq(signinAttempts.accountKey, q.accountKey), failedSince(q.since)))
    .get();
  const pair = db
    .select({ n: count(), last: max(signinAttempts.at) })
    .from(signinAttempts)
    .where(
      and(
        eq(signinAttempts.accountKey, q.accountKey),
        eq(signinAttempts.clientKey, q.clientKey),
        failedSince(q.since),
      ),
    )
    .get();
  return {
    clientLimitAt,
    accountFailures: account?.n ?? 0,
    pairFailures: pair?.n ?? 0,
    pairLastAt: pair?.last ?? null,
  };
}

export interface AccountFailures {
  accountKey: string;
  failures: number;
  lastAt: number;
  addresses: number;
}

/** Failed sign-ins per account key since `since`, for the admin's view. */
export function failedSigninsByAccount(db: Tx, since: number): AccountFailures[] {
  return db
    .select({
      accountKey: signinAttempts.accountKey,
      failures: count(),
      lastAt: sql<number>`max(${signinAttempts.at})`,
      addresses: countDistinct(signinAttempts.clientKey),
    })
    .from(signinAttempts)
    .where(failedSince(since))
    .groupBy(signinAttempts.accountKey)
    .all();
}
