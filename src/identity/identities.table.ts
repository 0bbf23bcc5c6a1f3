import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from '../users/users.table.js';
import { directoryProviders } from './identity.types.js';

/**
 * Links a console user to the directory identity that signs them in (OIDC or LDAP). A user with
 * a row here is a directory user: their role and reviewer mailboxes are rewritten from the
 * directory at every sign-in, and the local password form does not sign them in. `subject` is
 * null while the link is pending: an admin created the user for a directory name that has not
 * signed in yet; the first sign-in with that name and provider fills it in.
 */
export const userIdentities = sqliteTable(
  'user_identities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    provider: text('provider', { enum: directoryProviders }).notNull(),
    subject: text('subject'),
    lastSignInAt: integer('last_sign_in_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('user_identities_subject_idx').on(t.provider, t.subject)],
);

export type UserIdentity = typeof userIdentities.$inferSelect;
