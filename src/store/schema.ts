// Every table, for drizzle's typed queries and for drizzle-kit's migration generator.
export * from '../audit/audit.table.js';
export * from '../jobs/jobs.table.js';
export * from '../keys/keyring.table.js';
export * from '../sessions/sessions.table.js';
export * from '../settings/settings.table.js';
export * from '../users/users.table.js';
