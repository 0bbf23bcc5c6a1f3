import { defineJob, messageRefPayload } from '../jobs/jobs.models.js';

/** Draft a reply to one customer message. */
export const draftJob = defineJob({
  kind: 'draft',
  label: 'Drafting replies',
  payload: messageRefPayload,
});
