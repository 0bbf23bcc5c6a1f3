import type { Config } from '../config/config.js';
import type { LlmStatus } from '../draft/llm/llm.types.js';
import type { EmbedderStatus } from '../knowledge/embeddings.js';

export interface FeatureStatus {
  name: string;
  on: boolean;
  /** Operator-readable: what is used, or why it is off and how to fix it. */
  detail: string;
}

/** The console's lines on drafting and meaning-based retrieval: on, or off and why. */
export function modelFeatures(
  llm: LlmStatus,
  embedder: EmbedderStatus,
  config: Pick<Config, 'llmBackend' | 'llmUrl' | 'llmModel' | 'embeddingModel'>,
): FeatureStatus[] {
  const where = config.llmBackend === 'openai' ? `the server at ${config.llmUrl}` : config.llmModel;
  return [
    {
      name: 'Drafting',
      on: llm.state === 'ready',
      detail:
        llm.state === 'ready'
          ? `${config.llmBackend} backend, ${llm.model}.${llm.detail ? ` ${llm.detail}` : ''}`
          : llm.state === 'disabled'
            ? llm.error.message
            : `loading ${where}…`,
    },
    {
      name: 'Similar-conversation search by meaning',
      on: embedder.state === 'ready',
      detail:
        embedder.state === 'ready'
          ? `embedding model ${config.embeddingModel}, with keyword search (BM25).`
          : embedder.state === 'disabled'
            ? `${embedder.error.message} Examples are found by keywords (BM25) only.`
            : 'loading…',
    },
  ];
}
