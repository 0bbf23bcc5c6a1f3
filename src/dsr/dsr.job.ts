import { z } from 'zod';
import { defineJob } from '../jobs/jobs.models.js';

/** Erase one person (a tracked erasure request) everywhere; see erase.usecases.ts. */
export const dsrEraseJob = defineJob({
  kind: 'dsr.erase',
  label: 'Data-subject erasure',
  payload: z.object({ requestId: z.int() }),
});

/** Delete everything derived from a removed mailbox; see mailbox-purge.usecases.ts. */
export const mailboxPurgeJob = defineJob({
  kind: 'mailbox.purge',
  label: 'Removing a mailbox’s data',
  payload: z.object({ mailboxId: z.int() }),
});
