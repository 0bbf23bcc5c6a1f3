import type { Tx } from '../store/store.js';
import { indexTokens } from './fts-query.models.js';
import { sampleConversationTexts } from './knowledge.repository.js';

/**
 * Estimated document frequencies of the full-text index, from a random sample of conversations,
 * so the query can keep the rare terms and leave out the ones that would make FTS5 walk a
 * doclist of half the table. Exact counts (fts5vocab) cost as much as the query itself: counting
 * a term's documents reads its whole doclist. A sample of 2,000 rows estimates a share of 5 %
 * within about ±1 %, which is all the choice needs. Refreshed when older than `maxAgeMs`.
 */
export interface TermStats {
  /** Estimated number of conversations (all mailboxes: the FTS index is shared) containing the term. */
  docFrequency(term: string): number;
  total(): number;
  /** Drop the sample (after bulk learning or erasure); the next lookup draws a new one. */
  invalidate(): void;
}

export function createTermStats(deps: {
  db: Tx;
  sampleSize?: number;
  maxAgeMs?: number;
  now?: () => number;
}): TermStats {
  const sampleSize = deps.sampleSize ?? 2000;
  const maxAgeMs = deps.maxAgeMs ?? 10 * 60_000;
  const now = deps.now ?? (() => performance.now());
  let state: { at: number; total: number; scale: number; df: Map<string, number> } | null = null;

  function current() {
    if (state && now() - state.at < maxAgeMs) return state;
    const { total, texts } = sampleConversationTexts(deps.db, sampleSize);
    const df = new Map<string, number>();
    for (const text of texts) {
      for (const t of new Set(indexTokens(text))) df.set(t, (df.get(t) ?? 0) + 1);
    }
    state = { at: now(), total, scale: texts.length > 0 ? total / texts.length : 0, df };
    return state;
  }

  return {
    docFrequency(term) {
      const s = current();
      // A term absent from the sample is rare: at most about one sample's worth.
      return (s.df.get(term) ?? 0.5) * s.scale;
    },
    total: () => current().total,
    invalidate() {
      state = null;
    },
  };
}
