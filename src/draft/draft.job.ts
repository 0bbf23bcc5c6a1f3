import { defineJob, messageRefPayload } from '../jobs/jobs.models.js';

/**
 * Draft a reply to one customer message. Mail that arrived within the last half hour is drafted
 * first, newest first, ahead of a backlog (a first sync's last day, mail that waited for a model):
 * a draft helps most while the agent has not answered yet. About 45 drafts of ~40 s each fit in
 * that half hour on a small CPU box; when more fresh mail than that keeps arriving, drafting is
 * saturated whatever the order.
 */
export const draftJob = defineJob({
  kind: 'draft',
  label: 'Drafting replies',
  payload: messageRefPayload,
  freshFirstMs: 30 * 60_000,
});
