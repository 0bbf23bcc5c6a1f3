import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/knowledge/embeddings.js';
import { putEmbedding, setConversationStatus } from '../../src/knowledge/knowledge.repository.js';
import {
  diversify,
  reciprocalRankFusion,
  textLikeness,
  tokenSet,
  vectorLikeness,
} from '../../src/knowledge/retrieve.models.js';
import { createRetriever } from '../../src/knowledge/retrieve.usecases.js';
import { createVectorIndex } from '../../src/knowledge/vector-index.js';
import { addConversations, knowledgeStore } from './knowledge-fixtures.js';

const unit = (...xs: number[]) => {
  const n = Math.hypot(...xs);
  return Float32Array.from(xs, (x) => x / n);
};

/** An embedder that maps known texts to fixed vectors: the real one is tested in embeddings.test.ts. */
function fixedEmbedder(vectors: Record<string, Float32Array>, model = 'fixed@1'): Embedder {
  return {
    load: async () => {},
    status: () => ({ state: 'ready', modelId: model, dim: 3 }),
    modelId: () => model,
    embed: async (texts) => texts.map((t) => vectors[t] ?? unit(1, 1, 1)),
    dispose: async () => {},
  };
}

describe('rank fusion and diversity', () => {
  it('fuses rankings so an id ranked well in both beats one ranked first in only one', () => {
    const fused = reciprocalRankFusion([
      [1, 2, 3],
      [4, 2, 5],
    ]);
    expect(fused.map((f) => f.id)).toEqual([2, 1, 4, 3, 5]);
  });

  it('drops near-duplicates and prefers a different relevant candidate', () => {
    const texts: Record<number, string> = {
      1: 'my parcel arrived damaged please replace it',
      2: 'my parcel arrived damaged please replace it',
      3: 'my parcel arrived damaged please replace it now',
      4: 'the invoice for my parcel is wrong',
    };
    const sim = (a: number, b: number) => textLikeness(tokenSet(texts[a]!), tokenSet(texts[b]!));
    const ids = diversify(
      [1, 2, 3, 4].map((id, i) => ({ id, score: 1 - i * 0.1 })),
      3,
      sim,
    );
    expect(ids).toEqual([1, 4]);
  });

  it('treats vectors as copies only when nearly parallel', () => {
    expect(vectorLikeness(unit(1, 0.01), unit(1, 0)).duplicate).toBe(true);
    expect(vectorLikeness(unit(1, 0.5), unit(1, 0))).toMatchObject({ duplicate: false });
    expect(vectorLikeness(unit(-1, 0), unit(1, 0)).sim).toBe(0);
  });
});

describe('retriever', () => {
  it('ranks the relevant conversation first, in its own mailbox only', async () => {
    const store = knowledgeStore();
    const [relevant] = addConversations(store, [
      { customerText: 'My parcel arrived damaged, the box was crushed.' },
      { customerText: 'Please change my delivery address.' },
      { customerText: 'How do I reset my password?' },
      { mailboxId: 2, customerText: 'My parcel arrived damaged and crushed, crushed box.' },
    ]);
    const retriever = createRetriever({ db: store.db, index: createVectorIndex({ db: store.db }) });
    const started = performance.now();
    const r = await retriever.retrieve({
      mailboxId: 1,
      text: 'The parcel came crushed and damaged',
      k: 3,
      includeReview: false,
    });
    expect(r.mode).toBe('bm25');
    expect(r.conversations.map((c) => c.id)).toEqual([relevant]);
    expect(r.conversations.every((c) => c.mailboxId === 1)).toBe(true);
    // The reported time is measured around the work, in milliseconds: within the caller's wall time.
    expect(r.ms).toBeGreaterThan(0);
    expect(r.ms).toBeLessThanOrEqual(performance.now() - started);
  });

  it('uses conversations in review only when allowed, and rejected ones never', async () => {
    const store = knowledgeStore();
    const [review, rejected] = addConversations(store, [
      { customerText: 'warranty claim for headphones', status: 'review' },
      { customerText: 'warranty claim for headphones broken', status: 'rejected' },
    ]);
    const retriever = createRetriever({ db: store.db, index: createVectorIndex({ db: store.db }) });
    const ask = (includeReview: boolean) =>
      retriever.retrieve({ mailboxId: 1, text: 'headphones warranty claim', k: 3, includeReview });
    expect((await ask(false)).conversations).toEqual([]);
    expect((await ask(true)).conversations.map((c) => c.id)).toEqual([review]);
    expect((await ask(true)).conversations.map((c) => c.id)).not.toContain(rejected);
  });

  it('finds by meaning through vectors (hybrid) and leaves out a vector hit that was rejected later', async () => {
    const store = knowledgeStore();
    const model = 'fixed@1';
    const [synonym, keyword, later] = addConversations(store, [
      { customerText: 'reimbursement wanted', embedding: { model, vector: unit(1, 0, 0) } },
      { customerText: 'refund for shoes', embedding: { model, vector: unit(0, 1, 0) } },
      { customerText: 'money back please', embedding: { model, vector: unit(0.9, 0.1, 0.4) } },
    ]);
    const index = createVectorIndex({ db: store.db });
    const retriever = createRetriever({
      db: store.db,
      index,
      embedder: fixedEmbedder({ 'refund please': unit(1, 0, 0.05) }),
    });
    const r = await retriever.retrieve({ mailboxId: 1, text: 'refund please', k: 3, includeReview: false });
    expect(r.mode).toBe('hybrid');
    // "money back" shares no word with the query: only its vector finds it.
    expect(r.conversations.map((c) => c.id)).toEqual(expect.arrayContaining([synonym, keyword, later]));
    setConversationStatus(store.db, later!, 'rejected', 5_000);
    const again = await retriever.retrieve({
      mailboxId: 1,
      text: 'refund please',
      k: 3,
      includeReview: false,
    });
    expect(again.conversations.map((c) => c.id)).not.toContain(later);
  });

  it('does not return two near-identical conversations', async () => {
    const store = knowledgeStore();
    const same = 'I was charged twice for my subscription this month';
    addConversations(store, [
      { customerText: same },
      { customerText: same },
      { customerText: `${same}.` },
      { customerText: 'Charged twice? My subscription invoice shows a double payment' },
    ]);
    const retriever = createRetriever({ db: store.db, index: createVectorIndex({ db: store.db }) });
    const r = await retriever.retrieve({
      mailboxId: 1,
      text: 'charged twice subscription',
      k: 3,
      includeReview: false,
    });
    expect(r.conversations).toHaveLength(2);
    expect(new Set(r.conversations.map((c) => c.customerText.replace('.', ''))).size).toBe(2);
  });
});

describe('vector index', () => {
  it('loads a mailbox lazily from the database and takes later additions and removals', () => {
    const store = knowledgeStore();
    const [a, b] = addConversations(store, [
      { embedding: { model: 'm', vector: unit(1, 0) } },
      { embedding: { model: 'm', vector: unit(0, 1) } },
      { mailboxId: 2, embedding: { model: 'm', vector: unit(1, 0) } },
    ]);
    const index = createVectorIndex({ db: store.db });
    // Before the first search the index is not loaded: an add is left to the lazy load.
    const [c] = addConversations(store, [{}]);
    store.db.transaction((tx) => putEmbedding(tx, c!, 'm', unit(1, 1)));
    index.add(1, 'm', c!, unit(1, 1));
    expect(index.size(1, 'm')).toBe(3);
    expect(index.search(1, 'm', unit(1, 0.1), 2).map((h) => h.id)).toEqual([a, c]);
    const [d] = addConversations(store, [{}]);
    index.add(1, 'm', d!, unit(1, 0.01));
    expect(index.search(1, 'm', unit(1, 0), 1).map((h) => h.id)).toEqual([a]);
    expect(index.search(1, 'm', unit(1, 0.02), 1)[0]!.id).toBe(d);
    index.remove([a!, d!]);
    expect(index.search(1, 'm', unit(1, 0), 3).map((h) => h.id)).toEqual([c, b]);
    expect(index.size(1, 'm')).toBe(2);
    expect(index.search(1, 'other-model', unit(1, 0), 3)).toEqual([]);
    expect(index.search(1, 'm', unit(1, 0, 0), 3)).toEqual([]);
  });

  it('scores by cosine: identical direction scores 1', () => {
    const store = knowledgeStore();
    const [a] = addConversations(store, [{ embedding: { model: 'm', vector: unit(3, 4) } }]);
    const [hit] = createVectorIndex({ db: store.db }).search(1, 'm', unit(3, 4), 1);
    expect(hit!.id).toBe(a);
    expect(hit!.score).toBeCloseTo(1, 5);
  });
});
