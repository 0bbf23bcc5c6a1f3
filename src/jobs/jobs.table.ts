import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const jobStates = ['queued', 'running', 'done', 'dead'] as const;
export type JobState = (typeof jobStates)[number];

/**
 * Durable job queue. `payload` holds references and ids only (a mailbox id, a folder,
 * UIDVALIDITY and UID), never mail content: jobs re-fetch what they need from the mailbox.
 */
export const jobs = sqliteTable(
  'jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    payload: text('payload').notNull(),
    state: text('state', { enum: jobStates }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    runAfter: integer('run_after').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until'),
    lastErrorCode: text('last_error_code'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    finishedAt: integer('finished_at'),
    /**
     * When what the job is about happened (a mail's arrival), for kinds that run fresh work first
     * (`JobType.freshFirstMs`); null for the others.
     */
    itemAt: integer('item_at'),
  },
  (t) => [index('jobs_claim_idx').on(t.kind, t.state, t.runAfter)],
);
