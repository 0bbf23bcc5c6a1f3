import { z } from 'zod';
import { defineJob } from '../jobs/jobs.models.js';

/** The nightly full integrity check; `day` (YYYY-MM-DD) makes it one job per day. */
export const integrityCheckJob = defineJob({
  kind: 'store.integrity_check',
  label: 'Database integrity check',
  payload: z.object({ day: z.iso.date() }),
});
