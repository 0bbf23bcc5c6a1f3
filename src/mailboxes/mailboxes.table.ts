import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const mailboxSecurities = ['tls', 'starttls', 'none'] as const;
export type MailboxSecurity = (typeof mailboxSecurities)[number];

/** How Veildraft signs in: the stored password, or an OAuth2 access token it fetches (XOAUTH2/OAUTHBEARER). */
export const mailboxAuthMethods = ['password', 'oauth2'] as const;
export type MailboxAuthMethod = (typeof mailboxAuthMethods)[number];

/** Where OAuth2 tokens come from: an Entra app, a Google service account, or any token endpoint. */
export const oauthProviders = ['microsoft', 'google', 'custom'] as const;
export type OAuthProvider = (typeof oauthProviders)[number];

export const mailboxStates = ['active', 'paused', 'auth_failed', 'unreachable', 'backfilling'] as const;
export type MailboxState = (typeof mailboxStates)[number];

/**
 * One IMAP mailbox Veildraft watches. The password is sealed (AES-256-GCM, keys.secrets, aad
 * `mailbox:<id>:password`) so a copied row cannot be decrypted under another id. Folder
 * columns hold what SPECIAL-USE found, unless `foldersManual` says an operator set them.
 * An `oauth2` mailbox has no password (an empty buffer); its client secret or private key is
 * sealed the same way under aad `mailbox:<id>:oauth_secret`. Access tokens are never stored.
 */
export const mailboxes = sqliteTable('mailboxes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  host: text('host').notNull(),
  port: integer('port').notNull(),
  security: text('security', { enum: mailboxSecurities }).notNull(),
  username: text('username').notNull(),
  passwordSealed: blob('password_sealed', { mode: 'buffer' }).notNull(),
  authMethod: text('auth_method', { enum: mailboxAuthMethods }).notNull().default('password'),
  oauthProvider: text('oauth_provider', { enum: oauthProviders }),
  /** Entra tenant id or domain (microsoft only). */
  oauthTenant: text('oauth_tenant'),
  /** Entra application (client) id, Google service account e-mail, or the custom client id. */
  oauthClientId: text('oauth_client_id'),
  /** The token endpoint of a custom provider (microsoft and google have fixed ones). */
  oauthTokenUrl: text('oauth_token_url'),
  oauthScope: text('oauth_scope'),
  /** Public certificate of an Entra certificate credential; the private key is the sealed secret. */
  oauthCertificatePem: text('oauth_certificate_pem'),
  oauthSecretSealed: blob('oauth_secret_sealed', { mode: 'buffer' }),
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
