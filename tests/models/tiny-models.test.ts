import path from 'node:path';
import { env, type FeatureExtractionPipeline, pipeline } from '@huggingface/transformers';
import { getLlama, LlamaChatSession, LlamaLogLevel } from 'node-llama-cpp';
import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIM } from '../../scripts/models/make-tiny-embedding.js';
import { checkModels } from '../../src/model-files/model-files.manifest.js';
import { tinyModelNames, tinyModelsDir } from '../support/tiny-models.js';

// The generated models must load through the same libraries and options the appliance uses:
// transformers.js from local files only, node-llama-cpp on CPU with its prebuilt binary.

describe('tiny generated models', () => {
  it('are all listed in the manifest with matching sha256 for each feature', async () => {
    const status = await checkModels(tinyModelsDir);
    expect(new Set(status.map((s) => s.feature))).toEqual(new Set(['ner', 'embedding', 'llm']));
    expect(status.filter((s) => s.status !== 'ok')).toEqual([]);
  });

  it('the embedding model gives mean-pooled vectors of its dimension that differ between texts', async () => {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = `${tinyModelsDir}${path.sep}`;
    const extract = (await pipeline('feature-extraction', tinyModelNames.embedding, {
      local_files_only: true,
      dtype: 'fp32',
    })) as FeatureExtractionPipeline;
    const texts = ['Please refund my order', 'My password does not work', 'Please refund my order'];
    const out = await extract(texts, { pooling: 'mean', normalize: true });
    await extract.dispose();
    expect(out.dims).toEqual([3, EMBEDDING_DIM]);
    const vectors = out.tolist() as number[][];
    const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);
    expect(cosine(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 5);
    expect(cosine(vectors[0]!, vectors[2]!)).toBeCloseTo(1, 5);
    expect(cosine(vectors[0]!, vectors[1]!)).toBeLessThan(0.99);
  });

  it('node-llama-cpp loads the tiny GGUF on CPU and generates through its chat template', async () => {
    const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error });
    const model = await llama.loadModel({ modelPath: path.join(tinyModelsDir, tinyModelNames.llm) });
    const context = await model.createContext({ contextSize: 512, threads: 1 });
    try {
      const session = new LlamaChatSession({
        contextSequence: context.getSequence(),
        systemPrompt: 'Be brief.',
      });
      expect(session.chatWrapper.wrapperName).toBe('ChatML');
      let generated = 0;
      await session.prompt('Hello', {
        maxTokens: 6,
        temperature: 0,
        onToken: (tokens) => {
          generated += tokens.length;
        },
      });
      expect(generated).toBeGreaterThan(0);
      expect(generated).toBeLessThanOrEqual(6);
    } finally {
      await context.dispose();
      await model.dispose();
      await llama.dispose();
    }
  });
});
