import { describe, expect, it } from 'vitest';
import { benchReport } from '../../src/draft/llm/llm-bench.models.js';
import type { ModelFileStatus } from '../../src/model-files/model-files.manifest.js';
import { type ModelConfig, modelsOverview } from '../../src/model-files/models-overview.models.js';
import { benchMeasurement } from '../support/bench-fixtures.js';

const config: ModelConfig = {
  llmBackend: 'llama',
  llmModel: 'llm.gguf',
  llmThreads: 0,
  embeddingModel: 'embedding',
  nerEngine: 'tagger',
  nerModel: 'ner',
};
const ok = (feature: string, path: string): ModelFileStatus => ({ feature, path, status: 'ok' });
const shipped = [ok('ner', 'ner-tagger/tagger.bin.gz'), ok('special', 'special-tagger/special.bin.gz')];
const embedding = [ok('embedding', 'embedding/config.json'), ok('embedding', 'embedding/onnx/model.onnx')];
const bench = benchReport(
  benchMeasurement('llm.gguf', [{ threads: 2, prefillTokensPerSecond: 60, decodeTokensPerSecond: 12 }]),
  new Date('2026-11-22T00:00:00Z'),
);

describe('models overview', () => {
  it('with nothing fetched: the default fetch command for both models, the shipped taggers present', () => {
    const o = modelsOverview(shipped, config, null);
    expect(o.lines.map((l) => [l.feature, l.state])).toEqual([
      ['llm', 'missing'],
      ['embedding', 'missing'],
      ['ner', 'shipped'],
    ]);
    expect(o.fetch).toEqual({
      online: 'npx veildraft models fetch',
      fromDir: 'npx veildraft models fetch --from-dir /path/to/copied-models',
    });
    expect(o.bench).toBeNull();
  });

  it('names only the model that is missing; a damaged file counts as missing', () => {
    const damaged: ModelFileStatus = { feature: 'llm', path: 'llm.gguf', status: 'corrupt' };
    const o = modelsOverview([...shipped, ...embedding, damaged], config, null);
    expect(o.lines[0]!.state).toBe('corrupt');
    expect(o.fetch?.online).toBe('npx veildraft models fetch --only llm');
    const partial = modelsOverview(
      [ok('llm', 'llm.gguf'), { ...embedding[0]!, status: 'missing' }, embedding[1]!],
      config,
      bench,
    );
    expect(partial.lines[1]!.state).toBe('missing');
    expect(partial.fetch?.fromDir).toBe(
      'npx veildraft models fetch --only embedding --from-dir /path/to/copied-models',
    );
  });

  it('once the language model is there: its measured speed, or that it is not measured yet', () => {
    const all = [...shipped, ...embedding, ok('llm', 'llm.gguf')];
    expect(modelsOverview(all, config, null)).toMatchObject({
      fetch: null,
      bench: { state: 'not_measured' },
    });
    const o = modelsOverview(all, config, bench);
    expect(o.bench).toMatchObject({
      state: 'measured',
      summary: { sentence: 'This machine writes a typical reply in about 50 s with this model (2 threads).' },
    });
  });

  it('needs no file for an inference server or with drafting off, nor an embedding model when it is switched off', () => {
    const o = modelsOverview(
      shipped,
      { ...config, llmBackend: 'openai', llmUrl: 'http://10.0.0.5:8000/v1', embeddingModel: '' },
      bench,
    );
    expect(o.lines.map((l) => l.state)).toEqual(['not_needed', 'not_needed', 'shipped']);
    expect(o.lines[0]!.detail).toContain('http://10.0.0.5:8000/v1');
    expect(o.fetch).toBeNull();
    expect(o.bench).toBeNull();
    expect(modelsOverview(shipped, { ...config, llmBackend: 'none' }, null).lines[0]!.detail).toContain(
      'none',
    );
  });

  it('with transformer NER configured, checks its folder and fetches it on its own', () => {
    const o = modelsOverview(
      [...shipped, ...embedding, ok('llm', 'llm.gguf')],
      { ...config, nerEngine: 'transformer' },
      null,
    );
    expect(o.lines[2]).toMatchObject({ state: 'missing', detail: 'models/ner/' });
    expect(o.fetch?.online).toBe('npx veildraft models fetch --only ner');
  });
});
