import { z } from 'zod';
import { defineJob, messageRefPayload } from '../jobs/jobs.models.js';

/** Learn from one agent reply (the message) and the customer message it answers. */
export const learnJob = defineJob({
  kind: 'learn',
  label: 'Learning from sent replies',
  payload: messageRefPayload.extend({ answersMessageRowId: z.int() }),
});
