import { z } from 'zod';
import { defineJob } from '../jobs/jobs.models.js';

/**
 * Analytics rollups brought up to date. The periodic run (`mailboxId` null, `slot` its start
 * minute, one job per slot) refreshes every mailbox incrementally, rebuilds one not rebuilt for a
 * day, and checks auto-pause; "Recompute with the current calendar" adds a `full` run for one
 * mailbox with the user who asked (`by`); new mail adds an incremental run for its mailbox.
 */
export const analyticsRefreshJob = defineJob({
  kind: 'analytics.refresh',
  label: 'Analytics rollups',
  payload: z.object({
    slot: z.string().max(40),
    mailboxId: z.int().positive().nullable(),
    full: z.boolean(),
    by: z.int().positive().nullable(),
  }),
});
