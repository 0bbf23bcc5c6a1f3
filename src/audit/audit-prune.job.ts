import { z } from 'zod';
import { defineJob } from '../jobs/jobs.models.js';

/** The daily audit retention prune; `day` (YYYY-MM-DD) makes it one job per day. */
export const auditPruneJob = defineJob({
  kind: 'audit.prune',
  label: 'Audit log retention',
  payload: z.object({ day: z.iso.date() }),
});
