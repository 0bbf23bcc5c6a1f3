import { describe, expect, it } from 'vitest';
import { modelFeatures } from '../../src/dashboard/features.models.js';
import { AppError } from '../../src/shared/errors.js';

const config = {
  llmBackend: 'openai' as const,
  llmUrl: 'http://10.0.0.5:8000/v1',
  llmModel: 'qwen.gguf',
  embeddingModel: 'minilm',
};

describe('the console lines on drafting and search by meaning', () => {
  it('name the backend and model when ready, and say what search falls back to when embeddings are off', () => {
    const [drafting, search] = modelFeatures(
      { state: 'ready', model: 'qwen2.5-3b', detail: 'Streaming.' },
      {
        state: 'disabled',
        error: new AppError('embed.model_missing', 'No embedding model in models/minilm.'),
      },
      config,
    );
    expect(drafting).toEqual({
      name: 'Drafting',
      on: true,
      detail: 'openai backend, qwen2.5-3b. Streaming.',
    });
    expect(search).toEqual({
      name: 'Similar-conversation search by meaning',
      on: false,
      detail: 'No embedding model in models/minilm. Examples are found by keywords (BM25) only.',
    });
  });

  it('say where the model is loading from, and why drafting is off', () => {
    expect(modelFeatures({ state: 'unloaded' }, { state: 'unloaded' }, config).map((f) => f.detail)).toEqual([
      'loading the server at http://10.0.0.5:8000/v1…',
      'loading…',
    ]);
    const off = modelFeatures(
      { state: 'disabled', error: new AppError('llm.off', 'Drafting is off (VEILDRAFT_LLM_BACKEND=none).') },
      { state: 'ready', modelId: 'minilm@abc', dim: 384 },
      { ...config, llmBackend: 'llama' as const },
    );
    expect(off).toEqual([
      { name: 'Drafting', on: false, detail: 'Drafting is off (VEILDRAFT_LLM_BACKEND=none).' },
      {
        name: 'Similar-conversation search by meaning',
        on: true,
        detail: 'embedding model minilm, with keyword search (BM25).',
      },
    ]);
  });
});
