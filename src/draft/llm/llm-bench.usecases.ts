import { statSync } from 'node:fs';
import { totalmem } from 'node:os';
import type { LlamaModel, Token } from 'node-llama-cpp';
import { getCpuLlama } from './llama.backend.js';
import { type BenchMeasurement, median, type ThreadMeasurement } from './llm-bench.models.js';

/**
 * Measures a GGUF's prefill and decode speed per thread count, straight on a context sequence
 * (no chat template, no stop on end-of-turn), so every run evaluates exactly the asked numbers of
 * prompt and reply tokens. One context per thread count; its history is cleared before each run.
 *
 * Each phase stops early after `maxPhaseSeconds` (between prefill chunks of 256 tokens, or between
 * reply tokens): speeds are steady after a few hundred prompt tokens and a few reply tokens, and
 * a 7B model on a small CPU would otherwise need minutes per run. Reported speeds are tokens done
 * divided by time taken, so a shortened phase still gives a true rate.
 */
export interface MeasureOptions {
  file: string;
  model: string;
  threads: number[];
  promptTokens: number;
  replyTokens: number;
  runs: number;
  maxPhaseSeconds: number;
  onProgress?: (message: string) => void;
}

const prefillChunk = 256;

const filler =
  'Thank you for your message about the delivery of order 4711. We checked the shipment with the ' +
  'carrier and the parcel left our warehouse on Monday. Please let us know if anything is missing. ';

function parameterCount(model: LlamaModel, bytes: number): number {
  const tensors = model.fileInfo.fullTensorInfo ?? [];
  const counted = tensors.reduce(
    (sum, t) => sum + t.dimensions.reduce<number>((p, d) => p * Number(d), 1),
    0,
  );
  // Without tensor info, assume a ~4.85-bit quantization.
  return counted > 0 ? counted : Math.round((bytes * 8) / 4.85);
}

export async function measureLlm(o: MeasureOptions): Promise<BenchMeasurement> {
  const llama = await getCpuLlama();
  try {
    const model = await llama.loadModel({ modelPath: o.file });
    try {
      const room = model.trainContextSize - 8;
      const replyTokens = Math.min(o.replyTokens, Math.floor(room / 2));
      const promptTokens = Math.min(o.promptTokens, room - replyTokens);
      let prompt: Token[] = model.tokenize(filler);
      while (prompt.length < promptTokens) prompt = prompt.concat(prompt);
      prompt = prompt.slice(0, promptTokens);
      const measured: ThreadMeasurement[] = [];
      for (const threads of o.threads) {
        const context = await model.createContext({
          contextSize: promptTokens + replyTokens + 8,
          threads,
          sequences: 1,
        });
        try {
          const sequence = context.getSequence();
          const prefill: number[] = [];
          const decode: number[] = [];
          for (let run = 0; run < o.runs; run++) {
            await sequence.clearHistory();
            const cap = o.maxPhaseSeconds * 1000;
            let t = performance.now();
            let done = 0;
            while (done < promptTokens - 1 && (done === 0 || performance.now() - t < cap)) {
              const chunk = prompt.slice(done, Math.min(done + prefillChunk, promptTokens - 1));
              await sequence.evaluateWithoutGeneratingNewTokens(chunk);
              done += chunk.length;
            }
            prefill.push(done / ((performance.now() - t) / 1000));
            t = performance.now();
            let generated = 0;
            for await (const _ of sequence.evaluate(prompt.slice(done, done + 1), {
              temperature: 0,
              yieldEogToken: true,
            })) {
              if (++generated >= replyTokens || performance.now() - t >= cap) break;
            }
            decode.push(generated / ((performance.now() - t) / 1000));
          }
          const m = {
            threads,
            prefillTokensPerSecond: Math.round(median(prefill) * 10) / 10,
            decodeTokensPerSecond: Math.round(median(decode) * 10) / 10,
          };
          measured.push(m);
          o.onProgress?.(
            `${threads} threads: prefill ${m.prefillTokensPerSecond} tok/s, decode ${m.decodeTokensPerSecond} tok/s`,
          );
        } finally {
          await context.dispose();
        }
      }
      const modelBytes = statSync(o.file).size;
      return {
        model: o.model,
        modelBytes,
        modelParameters: parameterCount(model, modelBytes),
        promptTokens,
        replyTokens,
        runs: o.runs,
        totalMemoryBytes: totalmem(),
        threads: measured,
      };
    } finally {
      await model.dispose();
    }
  } finally {
    await llama.dispose();
  }
}
