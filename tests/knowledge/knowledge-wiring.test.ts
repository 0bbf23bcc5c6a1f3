import { beforeAll, describe, expect, it } from 'vitest';
import { embedMissing } from '../../src/knowledge/embed-backfill.usecases.js';
import { insertConversation } from '../../src/knowledge/knowledge.repository.js';
import { createKnowledge } from '../../src/knowledge/knowledge.wiring.js';
import { createLogger } from '../../src/shared/logger.js';
import { ensureTinyModels, tinyModelNames, tinyModelsDir } from '../support/tiny-models.js';
import { conversation, knowledgeStore } from './knowledge-fixtures.js';

describe('knowledge wiring with the tiny embedding model', () => {
  beforeAll(async () => {
    await ensureTinyModels();
  });

  it('learns a conversation with its vector and finds it again in hybrid mode', async () => {
    const store = knowledgeStore();
    const knowledge = createKnowledge({
      db: store.db,
      config: { modelsDir: tinyModelsDir, embeddingModel: tinyModelNames.embedding },
      logger: createLogger('silent'),
    });
    await knowledge.load();
    const model = knowledge.embedder.modelId()!;
    // What the learn job does: embed outside the transaction, store, then tell the index.
    const texts = ['refund for my order please', 'password reset for account', 'delivery is late'];
    const vectors = await knowledge.embedder.embed(texts);
    const ids = texts.map((customerText, i) => {
      const { id } = store.db.transaction((tx) =>
        insertConversation(tx, conversation({ customerText, embedding: { model, vector: vectors[i]! } })),
      );
      knowledge.index.add(1, model, id, vectors[i]!);
      return id;
    });
    const r = await knowledge.retriever.retrieve({
      mailboxId: 1,
      text: 'refund order',
      k: 2,
      includeReview: false,
    });
    expect(r.mode).toBe('hybrid');
    expect(r.conversations[0]!.id).toBe(ids[0]);
    expect(knowledge.index.size(1, model)).toBe(3);
    await knowledge.dispose();
  });

  it('falls back to BM25 when the embedding model is missing', async () => {
    const store = knowledgeStore();
    const knowledge = createKnowledge({
      db: store.db,
      config: { modelsDir: tinyModelsDir, embeddingModel: 'absent' },
      logger: createLogger('silent'),
    });
    await knowledge.load();
    const [id] = store.db.transaction((tx) => [
      insertConversation(tx, conversation({ customerText: 'refund order' })).id,
    ]);
    const r = await knowledge.retriever.retrieve({
      mailboxId: 1,
      text: 'refund order',
      k: 2,
      includeReview: false,
    });
    expect(r).toMatchObject({ mode: 'bm25' });
    expect(r.conversations.map((c) => c.id)).toEqual([id]);
  });

  it('embeds the conversations learned before the model was installed, once', async () => {
    const store = knowledgeStore();
    store.db.transaction((tx) => {
      for (const customerText of ['refund for my order please', 'password reset', 'late delivery'])
        insertConversation(tx, conversation({ customerText }));
    });
    const knowledge = createKnowledge({
      db: store.db,
      config: { modelsDir: tinyModelsDir, embeddingModel: tinyModelNames.embedding },
      logger: createLogger('silent'),
    });
    await knowledge.load();
    const args = { db: store.db, knowledge, logger: createLogger('silent'), batchSize: 2 };
    expect(await embedMissing(args)).toBe(3);
    expect(await embedMissing(args)).toBe(0);
    expect(knowledge.index.size(1, knowledge.embedder.modelId()!)).toBe(3);
    const r = await knowledge.retriever.retrieve({
      mailboxId: 1,
      text: 'refund order',
      k: 1,
      includeReview: false,
    });
    expect(r.mode).toBe('hybrid');
    await knowledge.dispose();
  });
});
