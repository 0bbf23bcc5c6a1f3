import { z } from 'zod';
import { defineJob } from '../jobs/jobs.models.js';

/**
 * The retention purge. The nightly run is one job per `day` (its idempotency key); "Purge now"
 * on the console or the CLI adds one with the user who asked (`by`), audited as that user.
 */
export const retentionPurgeJob = defineJob({
  kind: 'retention.purge',
  label: 'Retention purge',
  payload: z.object({ day: z.iso.date(), by: z.int().positive().nullable() }),
});

/** The job's day: the UTC date of when it runs. */
export const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
