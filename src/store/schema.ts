// Every table, for drizzle's typed queries and for drizzle-kit's migration generator.
export * from '../audit/audit.table.js';
export * from '../jobs/jobs.table.js';
export * from '../keys/keyring.table.js';
export * from '../knowledge/conversations.table.js';
export * from '../mail/drafts.table.js';
export * from '../mail/folder-state.table.js';
export * from '../mail/mailboxes.table.js';
export * from '../mail/message.table.js';
export * from '../mail/quarantine.table.js';
export * from '../mail/thread.table.js';
export * from '../sessions/sessions.table.js';
export * from '../settings/settings.table.js';
export * from '../users/users.table.js';
