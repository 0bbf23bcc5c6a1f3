// Every table, for drizzle's typed queries and for drizzle-kit's migration generator.
export * from '../analytics/analytics.table.js';
export * from '../audit/audit.table.js';
export * from '../draft/drafts.table.js';
export * from '../dsr/dsr.table.js';
export * from '../identity/identities.table.js';
export * from '../ingest/message.table.js';
export * from '../ingest/quarantine.table.js';
export * from '../ingest/thread.table.js';
export * from '../jobs/jobs.table.js';
export * from '../keys/keyring.table.js';
export * from '../knowledge/conversations.table.js';
export * from '../mailboxes/mailboxes.table.js';
export * from '../sessions/sessions.table.js';
export * from '../settings/settings.table.js';
export * from '../sync/folder-state.table.js';
export * from '../users/users.table.js';
