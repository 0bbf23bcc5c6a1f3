import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDING_DIM } from '../../scripts/models/make-tiny-embedding.js';
import { createNerRecognizer } from '../../src/anonymize/recognizers/ner.js';
import { createEmbedder, type Embedder } from '../../src/knowledge/embeddings.js';
import {
  corruptTinyModelCopy,
  ensureTinyModels,
  tinyModelNames,
  tinyModelsDir,
} from '../support/tiny-models.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('sentence embeddings with the tiny model', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    await ensureTinyModels();
    embedder = createEmbedder({ modelsDir: tinyModelsDir, model: tinyModelNames.embedding, batchSize: 2 });
    await embedder.load();
  });
  afterAll(() => embedder.dispose());

  it('is ready with a model id that names the folder and its files', () => {
    const status = embedder.status();
    expect(status).toMatchObject({ state: 'ready', dim: EMBEDDING_DIM });
    expect(embedder.modelId()).toMatch(new RegExp(`^${tinyModelNames.embedding}@[0-9a-f]{12}$`));
  });

  it('gives one normalized vector per text, the same for the same text, across batches', async () => {
    const texts = ['refund please', 'invoice order', 'refund please', 'password account', 'delivery'];
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(5);
    for (const v of vectors) {
      expect(v).toHaveLength(EMBEDDING_DIM);
      expect(dot(v, v)).toBeCloseTo(1, 4);
    }
    expect(Array.from(vectors[2]!)).toEqual(Array.from(vectors[0]!));
    expect(dot(vectors[0]!, vectors[1]!)).toBeLessThan(0.9999);
  });

  it('loads next to NER from the same models folder without either disturbing the other', async () => {
    const ner = createNerRecognizer({ modelsDir: tinyModelsDir, model: tinyModelNames.ner });
    const other = createEmbedder({ modelsDir: tinyModelsDir, model: tinyModelNames.embedding });
    await Promise.all([ner.load(), other.load()]);
    expect(ner.status().state).toBe('ready');
    expect(other.status().state).toBe('ready');
    const [a] = await other.embed(['refund please']);
    const [b] = await embedder.embed(['refund please']);
    expect(Array.from(a!)).toEqual(Array.from(b!));
    await Promise.all([ner.dispose(), other.dispose()]);
  });
});

describe('embeddings without a usable model', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureTinyModels();
    dir = mkdtempSync(path.join(tmpdir(), 'veildraft-emb-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is disabled with models.embedding_missing when the manifest lists no such model, and refuses to embed', async () => {
    const embedder = createEmbedder({ modelsDir: dir, model: 'absent' });
    await embedder.load();
    const status = embedder.status();
    expect(status.state === 'disabled' && status.error.code).toBe('models.embedding_missing');
    expect(status.state === 'disabled' && status.error.message).toContain('BM25');
    expect(embedder.modelId()).toBeNull();
    await expect(embedder.embed(['x'])).rejects.toMatchObject({ code: 'models.embedding_missing' });
  });

  it('is disabled with models.embedding_corrupt when a file does not match its sha256', async () => {
    const copy = corruptTinyModelCopy(path.join(dir, 'corrupt'), tinyModelNames.embedding);
    const embedder = createEmbedder({ modelsDir: copy, model: tinyModelNames.embedding });
    await embedder.load();
    const status = embedder.status();
    expect(status.state === 'disabled' && status.error.code).toBe('models.embedding_corrupt');
  });

  it('is off with a reason when no model is configured', async () => {
    const embedder = createEmbedder({ modelsDir: tinyModelsDir, model: '' });
    await embedder.load();
    const status = embedder.status();
    expect(status.state === 'disabled' && status.error.code).toBe('models.embedding_off');
  });
});
