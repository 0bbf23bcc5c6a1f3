import { analyticsRefreshJob } from '../analytics/analytics.job.js';
import { backupJob } from '../backup/backup.job.js';
import { draftJob } from '../draft/draft.job.js';
import { dsrEraseJob, mailboxPurgeJob } from '../dsr/dsr.job.js';
import { senderBackfillJob } from '../ingest/sender-backfill.job.js';
import { learnJob } from '../knowledge/learn.job.js';
import { retentionPurgeJob } from '../retention/retention.job.js';
import { integrityCheckJob } from '../store/integrity-check.job.js';
import type { JobType } from './jobs.models.js';
import type { JobHandler } from './jobs.runner.js';

/**
 * Every kind of job the appliance queues, each defined next to the code it serves. A new kind
 * is one `defineJob` in its domain plus one entry here; the compiler then asks start.ts for
 * its handler.
 */
const jobTypes = [
  draftJob,
  learnJob,
  retentionPurgeJob,
  integrityCheckJob,
  dsrEraseJob,
  mailboxPurgeJob,
  backupJob,
  analyticsRefreshJob,
  senderBackfillJob,
] as const;

export type JobKind = (typeof jobTypes)[number]['kind'];

/** One handler per kind, built for that kind's payload: none can be missing or swapped. */
export type JobHandlers = { [K in JobKind]: JobHandler<K> };

const byKind: ReadonlyMap<string, JobType> = new Map(jobTypes.map((t) => [t.kind, t]));

/** The queues an operator sees on the dashboard; an unknown kind shows its code. */
export function jobKindLabel(kind: string): string {
  return byKind.get(kind)?.label ?? kind;
}
