import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const roles = ['admin', 'reviewer', 'auditor'] as const;
export type Role = (typeof roles)[number];

/**
 * Console users. The TOTP secret is sealed with keys.secrets (aad `user:<id>:totp`);
 * `totpLastStep` is the last accepted 30-second step, so each code works once.
 * `enrolledAt` is null until the user confirmed a TOTP code: such a user can only enrol.
 * `emailPseudonym` is the keyed pseudonym of the user's e-mail address (as mail addresses are
 * stored everywhere else), never the address: analytics only needs to tell that a reply's sender
 * is this user, and the store keeps no readable address of staff beyond the user name.
 */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  role: text('role', { enum: roles }).notNull(),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  totpSecret: blob('totp_secret', { mode: 'buffer' }),
  totpLastStep: integer('totp_last_step'),
  enrolledAt: integer('enrolled_at'),
  disabledAt: integer('disabled_at'),
  emailPseudonym: text('email_pseudonym'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export type User = typeof users.$inferSelect;

/** Single-use recovery codes, stored as an HMAC (they are random, so a keyed hash suffices). */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at'),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/**
 * Which mailboxes a reviewer may see. No foreign key to mailboxes (kept out of the users
 * migration); assignMailboxes validates the ids against the mailboxes table.
 */
export const userMailboxes = sqliteTable(
  'user_mailboxes',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mailboxId: integer('mailbox_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.mailboxId] })],
);
