import type { Config } from '../config/config.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import { createEmbedder, type Embedder } from './embeddings.js';
import { createRetriever, type Retriever } from './retrieve.usecases.js';
import { createTermStats, type TermStats } from './term-stats.js';
import { createVectorIndex, type VectorIndex } from './vector-index.js';

/**
 * The knowledge base's long-lived parts, built once by the composition root: the embedder (its
 * model loads in load(), never throws; when absent retrieval is BM25 only), the in-memory vector
 * index, the term statistics and the retriever over them.
 */
export interface Knowledge {
  embedder: Embedder;
  index: VectorIndex;
  termStats: TermStats;
  retriever: Retriever;
  load(): Promise<void>;
  dispose(): Promise<void>;
}

export function createKnowledge(deps: {
  db: Db;
  config: Pick<Config, 'modelsDir' | 'embeddingModel'>;
  logger: Logger;
}): Knowledge {
  const embedder = createEmbedder({ modelsDir: deps.config.modelsDir, model: deps.config.embeddingModel });
  const index = createVectorIndex({ db: deps.db });
  const termStats = createTermStats({ db: deps.db });
  const retriever = createRetriever({ db: deps.db, embedder, index, termStats });
  return {
    embedder,
    index,
    termStats,
    retriever,
    async load() {
      await embedder.load();
      const status = embedder.status();
      if (status.state === 'disabled')
        deps.logger.warn(
          { code: status.error.code },
          'sentence embeddings are off; retrieval uses BM25 only',
        );
      else if (status.state === 'ready')
        deps.logger.info({ model: status.modelId, dim: status.dim }, 'sentence embeddings ready');
    },
    dispose: () => embedder.dispose(),
  };
}
