import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { env, type FeatureExtractionPipeline, pipeline } from '@huggingface/transformers';
import { getLlama, LlamaChatSession, LlamaLogLevel } from 'node-llama-cpp';
import { createNerRecognizer } from '../../src/anonymize/recognizers/ner.js';
import { makeTinyModels, tinyModelNames } from '../models/make-tiny-models.js';

/**
 * Time to generate each tiny model and to load it through the library the appliance uses, plus
 * the NER recognizer's throughput on email-sized texts (what the tiny model costs is mostly our
 * own tokenization, alignment and aggregation, since its graph is trivial).
 */
const ms = (since: number) => Math.round((performance.now() - since) * 10) / 10;

const email =
  'Dear John Smith, thank you for your order. José García from ACME Corp in Zürich will call you ' +
  'about the delivery to Berlin next week. Please keep your invoice and the order number at hand. ';

export async function run(): Promise<object> {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-tiny-models-'));
  try {
    const { generateMs } = await makeTinyModels(dir);

    let t = performance.now();
    const ner = createNerRecognizer({ modelsDir: dir, model: tinyModelNames.ner });
    await ner.load();
    const nerLoadMs = ms(t);
    const texts = Array.from({ length: 200 }, (_, i) => `${email.repeat(8)} Ref ${i}.`); // ~1.5 KB each
    const contexts = (batch: string[]) =>
      batch.map((text) => ({
        text,
        lang: 'en' as const,
        participants: [],
        thread: [],
        lists: { allow: [], deny: [] },
      }));
    await ner.detectBatch(contexts(texts.slice(0, 20))); // warm-up: first-run JIT and allocations
    t = performance.now();
    for (let i = 0; i < texts.length; i += 20) {
      await ner.detectBatch(contexts(texts.slice(i, i + 20)));
    }
    const nerEmailsPerSecond = Math.round(texts.length / ((performance.now() - t) / 1000));
    await ner.dispose();

    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = `${dir}${path.sep}`;
    t = performance.now();
    const extract = (await pipeline('feature-extraction', tinyModelNames.embedding, {
      local_files_only: true,
      dtype: 'fp32',
    })) as FeatureExtractionPipeline;
    const embeddingLoadMs = ms(t);
    await extract.dispose();

    t = performance.now();
    const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error });
    const llamaRuntimeMs = ms(t);
    t = performance.now();
    const model = await llama.loadModel({ modelPath: path.join(dir, tinyModelNames.llm) });
    const llmLoadMs = ms(t);
    const context = await model.createContext({ contextSize: 512, threads: 1 });
    const session = new LlamaChatSession({
      contextSequence: context.getSequence(),
      systemPrompt: 'Be brief.',
    });
    t = performance.now();
    await session.prompt('Hello', { maxTokens: 16, temperature: 0 });
    const llmPrompt16TokensMs = ms(t);
    await context.dispose();
    await model.dispose();
    await llama.dispose();

    return {
      generateMs,
      loadMs: { ner: nerLoadMs, embedding: embeddingLoadMs, llmRuntime: llamaRuntimeMs, llm: llmLoadMs },
      nerEmailsPerSecond,
      llmPrompt16TokensMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await run(), null, 2));
}
