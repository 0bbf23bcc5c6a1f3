import { z } from 'zod';
import { defineJob } from '../jobs/jobs.models.js';

/**
 * The agent (Sender, else From) of replies stored before ingest kept it: one batch of a mailbox's
 * Sent messages without a stored sender, with ids in (afterId, upToId]; a full batch queues the
 * next one. Queued once per mailbox (see scheduleSenderBackfill).
 */
export const senderBackfillJob = defineJob({
  kind: 'ingest.sender_backfill',
  label: 'Senders of older replies',
  payload: z.object({
    mailboxId: z.int().positive(),
    afterId: z.int().nonnegative(),
    upToId: z.int().positive(),
  }),
});
