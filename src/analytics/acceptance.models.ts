/** Drafts by how much of them the sent reply kept (the feedback step's similarity). */
export const acceptanceBuckets = [
  'unchanged',
  'light_edit',
  'rewrite',
  'replied_without_draft',
  'not_scored',
] as const;

export type AcceptanceBucket = (typeof acceptanceBuckets)[number];

export function acceptanceBucket(similarity: number | null): AcceptanceBucket {
  if (similarity === null) return 'not_scored';
  if (similarity >= 0.9) return 'unchanged';
  if (similarity >= 0.6) return 'light_edit';
  if (similarity >= 0.2) return 'rewrite';
  return 'replied_without_draft';
}
