import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLlamaBackend } from '../../src/draft/llm/llama.backend.js';
import { createLogger } from '../../src/shared/logger.js';
import { makeTinyModels, tinyModelNames } from '../models/make-tiny-models.js';

/**
 * The `llama` backend with the tiny model on a draft-sized prompt (~1,500 tokens): time to load,
 * and per request the prefill, the generation and what the backend adds around them (template,
 * prompt-length check, clearing the sequence, queueing), p50/p95 over 10 requests.
 */
const round = (x: number) => Math.round(x * 10) / 10;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN);
};

export async function run(): Promise<object> {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-llm-bench-'));
  const llm = createLlamaBackend({
    config: {
      modelsDir: dir,
      llmModel: tinyModelNames.llm,
      llmThreads: 1,
      llmContextTokens: 2048,
      llmTimeoutSeconds: 60,
      llmPrefixSlots: 1,
    },
    logger: createLogger('silent'),
  });
  try {
    await makeTinyModels(dir);
    let t = performance.now();
    await llm.load();
    const loadMs = round(performance.now() - t);
    const customer = 'Hello, my parcel did not arrive and I would like to know when it will. '.repeat(18);
    const request = {
      messages: [
        { role: 'system' as const, content: 'You write replies to customer mail in the house style.' },
        { role: 'user' as const, content: customer },
      ],
      maxTokens: 300,
      temperature: 0,
    };
    await llm.generate(request); // warm-up
    const prefill: number[] = [];
    const generate: number[] = [];
    const overhead: number[] = [];
    let promptTokens = 0;
    for (let i = 0; i < 10; i++) {
      t = performance.now();
      const r = await llm.generate(request);
      const wall = performance.now() - t;
      prefill.push(r.prefillMs);
      generate.push(r.generateMs);
      overhead.push(wall - r.prefillMs - r.generateMs);
      promptTokens = r.promptTokens;
    }
    return {
      loadMs,
      promptTokens,
      prefillMs: { p50: pct(prefill, 50), p95: pct(prefill, 95) },
      generateMs: { p50: pct(generate, 50), p95: pct(generate, 95) },
      backendOverheadMs: { p50: pct(overhead, 50), p95: pct(overhead, 95) },
    };
  } finally {
    await llm.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await run(), null, 2));
}
