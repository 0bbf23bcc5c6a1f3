import { z } from 'zod';
import { defineJob } from '../jobs/jobs.models.js';

/** The scheduled backup; `day` (YYYY-MM-DD) makes it one job per day. */
export const backupJob = defineJob({
  kind: 'backup.create',
  label: 'Scheduled backup',
  payload: z.object({ day: z.iso.date() }),
});
