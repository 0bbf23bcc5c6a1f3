import { describe, expect, it } from 'vitest';
import {
  type BenchMeasurement,
  benchReport,
  draftSeconds,
  formatBenchReport,
  median,
} from '../../src/draft/llm/llm-bench.models.js';

const GB = 1e9;

/** A 1.5B-parameter Q4_K_M model of ~0.91 GB on a 4-core machine with 16 GB. */
const measured: BenchMeasurement = {
  model: 'qwen-1.5b-q4_k_m.gguf',
  modelBytes: 0.91 * GB,
  modelParameters: 1.5e9,
  promptTokens: 1500,
  replyTokens: 300,
  runs: 3,
  totalMemoryBytes: 16 * GB,
  threads: [
    { threads: 1, prefillTokensPerSecond: 30, decodeTokensPerSecond: 8 },
    { threads: 2, prefillTokensPerSecond: 55, decodeTokensPerSecond: 14 },
    { threads: 3, prefillTokensPerSecond: 75, decodeTokensPerSecond: 15 },
    { threads: 4, prefillTokensPerSecond: 80, decodeTokensPerSecond: 12 },
  ],
};

describe('bench-llm recommendation', () => {
  it('takes the median of runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('times a typical draft as prefill plus decode', () => {
    expect(
      draftSeconds({ threads: 1, prefillTokensPerSecond: 50, decodeTokensPerSecond: 10 }, 1500, 300),
    ).toBe(60);
  });

  it('recommends the thread count with the fastest typical draft, not the most threads', () => {
    const r = benchReport(measured, new Date('2026-11-22T00:00:00Z'));
    expect(r.rows.map((x) => x.draftSeconds)).toEqual([87.5, 48.7, 40, 43.75]);
    expect(r.recommendation).toMatchObject({ threads: 3, draftSeconds: 40, reliable: true });
  });

  it('extrapolates the largest model: decode scales with bytes, prefill with parameters', () => {
    const r = benchReport(measured, new Date());
    // At 3 threads a Q4_K_M model of B bytes takes B·(1500·8/(4.85·75·1.5e9) + 300/(15·0.91e9)) s.
    const perByte = (1500 * 8) / (4.85 * 75 * 1.5e9) + 300 / (15 * 0.91e9);
    expect(r.recommendation.maxModelGbBySpeed).toBeCloseTo(120 / perByte / GB, 2);
    expect(r.recommendation.maxModelGbBySpeed).toBeGreaterThan(2);
    expect(r.recommendation.maxModelGbBySpeed).toBeLessThan(3);
    expect(r.recommendation.maxModelGbByMemory).toBe(9.6);
    expect(r.recommendation.maxModelGb).toBe(r.recommendation.maxModelGbBySpeed);
  });

  it('caps the size by memory on a fast machine with little RAM', () => {
    const fast = {
      ...measured,
      totalMemoryBytes: 4 * GB,
      threads: [{ threads: 8, prefillTokensPerSecond: 800, decodeTokensPerSecond: 120 }],
    };
    const r = benchReport(fast, new Date());
    expect(r.recommendation.maxModelGb).toBe(2.4);
    expect(r.recommendation.maxModelGbBySpeed).toBeGreaterThan(2.4);
  });

  it('says the extrapolation is not meaningful from a tiny model', () => {
    const r = benchReport({ ...measured, modelBytes: 500_000, modelParameters: 130_000 }, new Date());
    expect(r.recommendation.reliable).toBe(false);
    expect(formatBenchReport(r)).toContain('NOT meaningful');
  });

  it('prints one table row per thread count and the recommended setting', () => {
    const text = formatBenchReport(benchReport(measured, new Date()));
    expect(text).toContain('Recommended: VEILDRAFT_LLM_THREADS=3 (typical draft 40.00 s).');
    expect(text.split('\n').filter((l) => /^\s+\d+\s+\d+\.\d\s+\d+\.\d\s+\d+\.\d\d$/.test(l))).toHaveLength(
      4,
    );
  });
});
