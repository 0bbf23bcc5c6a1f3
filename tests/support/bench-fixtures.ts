import type { BenchMeasurement, ThreadMeasurement } from '../../src/draft/llm/llm-bench.models.js';

/** A bench-llm measurement of `model` with the given speeds per thread count (typical draft: 1,500 + 300 tokens). */
export function benchMeasurement(model: string, threads: ThreadMeasurement[]): BenchMeasurement {
  return {
    model,
    modelBytes: 0.91e9,
    modelParameters: 1.5e9,
    promptTokens: 1500,
    replyTokens: 300,
    runs: 3,
    totalMemoryBytes: 16e9,
    threads,
  };
}
