// Every table, for drizzle's typed queries and for drizzle-kit's migration generator.
export * from '../audit/audit.table.js';
export * from '../jobs/jobs.table.js';
export * from '../keys/keyring.table.js';
