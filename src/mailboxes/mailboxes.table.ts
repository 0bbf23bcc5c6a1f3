import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const mailboxSecurities = ['tls', 'starttls', 'none'] as const;
export type MailboxSecurity = (typeof mailboxSecurities)[number];

export const mailboxStates = ['active', 'paused', 'auth_failed', 'unreachable', 'backfilling'] as const;
export type MailboxState = (typeof mailboxStates)[number];

/**
 * One IMAP mailbox Veildraft watches. The password is sealed (AES-256-GCM, keys.secrets, aad
 * `mailbox:<id>:password`) so a copied row cannot be decrypted under another id. Folder
 * columns hold what SPECIAL-USE found, unless `foldersManual` says an operator set them.
 */
export const mailboxes = sqliteTable('mailboxes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  host: text('host').notNull(),
  port: integer('port').notNull(),
  security: text('security', { enum: mailboxSecurities }).notNull(),
  username: text('username').notNull(),
  passwordSealed: blob('password_sealed', { mode: 'buffer' }).notNull(),
  /** PEM of a CA certificate to trust for this server only (on-prem servers with their own CA). */
  caPem: text('ca_pem'),
  inboxFolder: text('inbox_folder').notNull().default('INBOX'),
  sentFolder: text('sent_folder'),
  draftsFolder: text('drafts_folder'),
  foldersManual: integer('folders_manual', { mode: 'boolean' }).notNull().default(false),
  fromAddress: text('from_address'),
  fromName: text('from_name'),
  state: text('state', { enum: mailboxStates }).notNull().default('active'),
  lastErrorCode: text('last_error_code'),
  lastErrorAt: integer('last_error_at'),
  draftingEnabled: integer('drafting_enabled', { mode: 'boolean' }).notNull().default(true),
  signature: text('signature'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export type MailboxRow = typeof mailboxes.$inferSelect;
