import { acceptanceBucket } from './acceptance.models.js';

/**
 * Auto-pause: a mailbox whose last N drafts, each older than a day (time for an agent to use it),
 * all went unused stops drafting by itself until an operator resumes it. Drafts nobody uses cost
 * model time and clutter the agents' Drafts folders; a silent switch-off (inbox-zero deletes) would
 * hide that, so the dashboard says so with the figures and offers the resume.
 *
 * Unused: no sent reply was matched to the draft, or the reply kept almost nothing of it
 * (similarity below 0.2: the acceptance bucket "replied without the draft").
 */
export const DRAFT_MIN_AGE_MS = 86_400_000;

export interface DraftUse {
  similarity: number | null;
  sentMessageRowId: number | null;
}

export function draftUnused(d: DraftUse): boolean {
  return d.sentMessageRowId === null || acceptanceBucket(d.similarity) === 'replied_without_draft';
}

/** The newest drafts first; pause when there are at least `n` and the newest `n` are all unused. */
export function shouldAutoPause(newestFirst: readonly DraftUse[], n: number): boolean {
  if (n <= 0 || newestFirst.length < n) return false;
  return newestFirst.slice(0, n).every(draftUnused);
}
