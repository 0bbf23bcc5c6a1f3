import { createHash } from 'node:crypto';
import { type FeatureExtractionPipeline, pipeline } from '@huggingface/transformers';
import { modelFileErrors } from '../model-files/model-files.errors.js';
import { readManifest, verifyModelFolder } from '../model-files/model-files.manifest.js';
import { loadLocalModel } from '../model-files/transformers-env.js';
import type { AppError } from '../shared/errors.js';

/**
 * Sentence embeddings through @huggingface/transformers (feature extraction, ONNX, local files
 * only), mean-pooled over the attention mask and L2-normalized, so cosine similarity is a dot
 * product. Enabled when models/manifest.json lists the model's files and they match their sha256;
 * otherwise `status()` says why, `embed()` refuses, and retrieval runs on BM25 alone. load()
 * never throws.
 */
export interface EmbedderOptions {
  modelsDir: string;
  /** The model's folder inside modelsDir (transformers.js layout). */
  model: string;
  /** Texts per forward pass: bounds memory on long backfills. */
  batchSize?: number;
}

export type EmbedderStatus =
  | { state: 'unloaded' }
  | { state: 'ready'; modelId: string; dim: number }
  | { state: 'disabled'; error: AppError };

export interface Embedder {
  load(): Promise<void>;
  status(): EmbedderStatus;
  /**
   * The key stored with each vector (conversation_embeddings.model): the folder name and a hash of
   * its files' sha256, so replacing the model in the same folder never mixes incomparable vectors.
   * Null until ready.
   */
  modelId(): string | null;
  embed(texts: string[]): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

export function createEmbedder(options: EmbedderOptions): Embedder {
  const batchSize = options.batchSize ?? 16;
  let status: EmbedderStatus = { state: 'unloaded' };
  let pipe: FeatureExtractionPipeline | null = null;

  function modelIdFor(): string {
    const h = createHash('sha256');
    for (const f of readManifest(options.modelsDir)
      .files.filter((f) => f.feature === 'embedding' && f.path.startsWith(`${options.model}/`))
      .sort((a, b) => a.path.localeCompare(b.path)))
      h.update(`${f.path}:${f.sha256}\n`);
    return `${options.model}@${h.digest('hex').slice(0, 12)}`;
  }

  async function run(texts: string[]): Promise<Float32Array[]> {
    const p = pipe!;
    const out = await p(texts, { pooling: 'mean', normalize: true });
    const [n = 0, dim = 0] = out.dims as number[];
    const data = out.data as Float32Array;
    const vectors: Float32Array[] = [];
    for (let i = 0; i < n; i++) vectors.push(data.slice(i * dim, (i + 1) * dim));
    return vectors;
  }

  return {
    status: () => status,
    modelId: () => (status.state === 'ready' ? status.modelId : null),

    async load() {
      if (pipe) return;
      if (!options.model) {
        status = {
          state: 'disabled',
          error: modelFileErrors.embeddingOff(),
        };
        return;
      }
      const problem = await verifyModelFolder(options.modelsDir, 'embedding', options.model, {
        what: 'embedding',
        fallback: 'retrieval uses full-text search (BM25) alone',
      });
      if (problem) {
        status = { state: 'disabled', error: problem };
        return;
      }
      try {
        pipe = await loadLocalModel(
          options.modelsDir,
          async () =>
            (await pipeline('feature-extraction', options.model, {
              local_files_only: true,
              dtype: 'fp32',
            })) as FeatureExtractionPipeline,
        );
        const [probe] = await run(['probe']);
        status = { state: 'ready', modelId: modelIdFor(), dim: probe?.length ?? 0 };
      } catch (cause) {
        pipe = null;
        status = {
          state: 'disabled',
          error: modelFileErrors.loadFailed(
            {
              feature: 'embedding',
              what: `embedding model at ${options.model}`,
              fallback: 'retrieval uses full-text search (BM25) alone',
            },
            { cause },
          ),
        };
      }
    },

    async embed(texts) {
      if (!pipe || status.state !== 'ready') {
        throw status.state === 'disabled' ? status.error : modelFileErrors.embeddingNotLoaded();
      }
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += batchSize)
        out.push(...(await run(texts.slice(i, i + batchSize))));
      return out;
    },

    async dispose() {
      const p = pipe;
      pipe = null;
      status = { state: 'unloaded' };
      await p?.dispose();
    },
  };
}
