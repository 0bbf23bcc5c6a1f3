import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from '../users/users.table.js';

export const sessionStages = ['enrol', 'full'] as const;
export type SessionStage = (typeof sessionStages)[number];

/**
 * Server-side console sessions. Only the SHA-256 of the 256-bit cookie value is stored, so a
 * copy of the database does not hand out live sessions. `enrol` sessions may only finish TOTP
 * enrolment (first admin, new users, users whose MFA was reset).
 */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    stage: text('stage', { enum: sessionStages }).notNull(),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Sign-in attempts, for throttling (failures per account, per client address and per pair in a
 * window) and for showing admins recent failures. Both keys are keyed hashes: the table answers
 * "how many" without holding names or addresses. Rows are pruned by age, hence the index on `at`.
 */
export const signinAttempts = sqliteTable(
  'signin_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    accountKey: text('account_key').notNull(),
    clientKey: text('client_key').notNull(),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    index('signin_attempts_account_idx').on(t.accountKey, t.at),
    index('signin_attempts_client_idx').on(t.clientKey, t.at),
    index('signin_attempts_at_idx').on(t.at),
  ],
);
