/**
 * Drafts by how much of them the sent reply kept (the feedback step's similarity); without a
 * scored reply, deleted from Drafts unused (the draft sweep) or still pending (`not_scored`).
 */
export const acceptanceBuckets = [
  'unchanged',
  'light_edit',
  'rewrite',
  'replied_without_draft',
  'deleted_unsent',
  'not_scored',
] as const;

export type AcceptanceBucket = (typeof acceptanceBuckets)[number];

export function acceptanceBucket(similarity: number | null, deleted = false): AcceptanceBucket {
  if (similarity === null) return deleted ? 'deleted_unsent' : 'not_scored';
  if (similarity >= 0.9) return 'unchanged';
  if (similarity >= 0.6) return 'light_edit';
  if (similarity >= 0.2) return 'rewrite';
  return 'replied_without_draft';
}
