import type { Tx } from '../store/store.js';
import type { ConversationRow } from './conversations.table.js';
import type { Embedder } from './embeddings.js';
import { ftsMatchExpression } from './fts-query.models.js';
import { type ConversationStatus, getConversations, searchFts } from './knowledge.repository.js';
import {
  diversify,
  reciprocalRankFusion,
  textLikeness,
  tokenSet,
  vectorLikeness,
} from './retrieve.models.js';
import { createTermStats, type TermStats } from './term-stats.js';
import type { VectorIndex } from './vector-index.js';

/**
 * The k most useful past conversations of one mailbox for a new (anonymized) customer text:
 * full-text candidates (BM25) always, vector candidates when the embedder is ready, fused by rank
 * and diversified. Conversations in review are used only when the setting allows it
 * (VEILDRAFT_LEARN_UNREVIEWED); rejected ones never.
 */
export interface RetrieveRequest {
  mailboxId: number;
  /** The anonymized customer text. */
  text: string;
  k: number;
  includeReview: boolean;
}

export interface RetrieveResult {
  /** Best first. */
  conversations: ConversationRow[];
  mode: 'bm25' | 'hybrid';
  ms: number;
}

export interface Retriever {
  retrieve(request: RetrieveRequest): Promise<RetrieveResult>;
}

/** Candidates per ranking before fusion: enough for diversity to choose from, cheap to fetch. */
const candidatesPerRanking = 30;
/**
 * Summed document frequencies the full-text query may touch. Each posting costs FTS5 a few µs
 * (bm25 and its docsize lookup per matching row): at 100,000 conversations a 3,000-posting
 * query took 7 ms and a 12,000-posting one 48 ms (p50, loaded 2-core machine), while recall@3
 * of the bench barely moves (scripts/bench/retrieval.ts).
 */
export const postingBudget = 4000;

export function createRetriever(deps: {
  db: Tx;
  embedder?: Embedder;
  index: VectorIndex;
  termStats?: TermStats;
}): Retriever {
  const termStats = deps.termStats ?? createTermStats({ db: deps.db });
  return {
    async retrieve(request) {
      const started = performance.now();
      const statuses: ConversationStatus[] = request.includeReview ? ['ready', 'review'] : ['ready'];
      if (request.k <= 0) return { conversations: [], mode: 'bm25', ms: performance.now() - started };

      // The query embedding is the only await; everything after it is synchronous.
      const model = deps.embedder?.modelId() ?? null;
      const [queryVector] = model && deps.embedder ? await deps.embedder.embed([request.text]) : [];

      const match = ftsMatchExpression(request.text, {
        docFrequency: termStats.docFrequency,
        postingBudget,
      });
      const bm25 = match
        ? searchFts(deps.db, {
            mailboxId: request.mailboxId,
            match,
            limit: candidatesPerRanking,
            statuses,
          }).map((h) => h.id)
        : [];
      const vectorHits =
        model && queryVector
          ? deps.index.search(request.mailboxId, model, queryVector, candidatesPerRanking).map((h) => h.id)
          : [];

      const rows = new Map(
        getConversations(deps.db, [...new Set([...bm25, ...vectorHits])])
          .filter((r) => r.mailboxId === request.mailboxId && statuses.includes(r.status))
          .map((r) => [r.id, r]),
      );
      // The vector index knows no statuses: a conversation rejected after it was indexed drops out here.
      const vector = vectorHits.filter((id) => rows.has(id));
      const mode = vector.length > 0 ? 'hybrid' : 'bm25';
      const fused = reciprocalRankFusion(vector.length > 0 ? [bm25, vector] : [bm25]);

      const tokens = new Map<number, Set<string>>();
      const tokensOf = (id: number) => {
        let t = tokens.get(id);
        if (!t) {
          t = tokenSet(rows.get(id)?.customerText ?? '');
          tokens.set(id, t);
        }
        return t;
      };
      const similarity = (a: number, b: number) => {
        const va = model ? deps.index.vectorOf(request.mailboxId, model, a) : undefined;
        const vb = va && model ? deps.index.vectorOf(request.mailboxId, model, b) : undefined;
        return va && vb ? vectorLikeness(va, vb) : textLikeness(tokensOf(a), tokensOf(b));
      };
      const ids = diversify(fused, request.k, similarity);
      return {
        conversations: ids.map((id) => rows.get(id)!),
        mode,
        ms: performance.now() - started,
      };
    },
  };
}
