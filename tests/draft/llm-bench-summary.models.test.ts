import { describe, expect, it } from 'vitest';
import { benchReport } from '../../src/draft/llm/llm-bench.models.js';
import { aboutDuration, benchSummary } from '../../src/draft/llm/llm-bench-summary.models.js';
import { benchMeasurement } from '../support/bench-fixtures.js';

/** 1 thread 87.5 s, 2 threads 48.7 s, 3 threads 40 s (the fastest), 4 threads 43.75 s. */
const measured = benchMeasurement('llm.gguf', [
  { threads: 1, prefillTokensPerSecond: 30, decodeTokensPerSecond: 8 },
  { threads: 2, prefillTokensPerSecond: 55, decodeTokensPerSecond: 14 },
  { threads: 3, prefillTokensPerSecond: 75, decodeTokensPerSecond: 15 },
  { threads: 4, prefillTokensPerSecond: 80, decodeTokensPerSecond: 12 },
]);
const report = benchReport(measured, new Date('2026-11-22T00:00:00Z'));

describe('a typical reply time said in words', () => {
  it('says whole seconds below ten, fives below a minute', () => {
    expect(aboutDuration(0.4)).toBe('under a second');
    expect(aboutDuration(1.2)).toBe('about 1 s');
    expect(aboutDuration(7.6)).toBe('about 8 s');
    expect(aboutDuration(9.4)).toBe('about 9 s');
    expect(aboutDuration(9.6)).toBe('about 10 s');
    expect(aboutDuration(42.4)).toBe('about 40 s');
    expect(aboutDuration(43)).toBe('about 45 s');
    expect(aboutDuration(57.4)).toBe('about 55 s');
  });

  it('switches to minutes where the fives reach a minute, in half minutes up to ten', () => {
    expect(aboutDuration(57.5)).toBe('about 1 min');
    expect(aboutDuration(74)).toBe('about 1 min');
    expect(aboutDuration(75)).toBe('about 1.5 min');
    expect(aboutDuration(130)).toBe('about 2 min');
    expect(aboutDuration(9.7 * 60)).toBe('about 9.5 min');
    expect(aboutDuration(9.8 * 60)).toBe('about 10 min');
    expect(aboutDuration(754)).toBe('about 13 min');
  });
});

describe('bench-llm report as a sentence', () => {
  it('speaks of the configured thread count when it was measured, and points at a faster one', () => {
    expect(benchSummary(report, { llmModel: 'llm.gguf', llmThreads: 2 })).toEqual({
      sentence: 'This machine writes a typical reply in about 50 s with this model (2 threads).',
      advice: 'With 3 threads it takes about 40 s: set VEILDRAFT_LLM_THREADS=3.',
    });
  });

  it('gives no advice when the configured thread count is the fastest; one thread is singular', () => {
    expect(benchSummary(report, { llmModel: 'llm.gguf', llmThreads: 3 })).toEqual({
      sentence: 'This machine writes a typical reply in about 40 s with this model (3 threads).',
      advice: null,
    });
    const single = benchReport({ ...measured, threads: measured.threads.slice(0, 1) }, new Date());
    expect(benchSummary(single, { llmModel: 'llm.gguf', llmThreads: 1 }).sentence).toBe(
      'This machine writes a typical reply in about 1.5 min with this model (1 thread).',
    );
  });

  it('with one thread per core (0) speaks of the fastest measured count and names the setting', () => {
    expect(benchSummary(report, { llmModel: 'llm.gguf', llmThreads: 0 })).toEqual({
      sentence: 'This machine writes a typical reply in about 40 s with this model (3 threads).',
      advice: 'Set VEILDRAFT_LLM_THREADS=3 to run with the measured best.',
    });
  });

  it('does not pass off another model’s measurement as this one’s', () => {
    const s = benchSummary(report, { llmModel: 'other.gguf', llmThreads: 3 });
    expect(s.sentence).toBe('The last measurement was of llm.gguf, not of the configured model other.gguf.');
    expect(s.advice).toContain('bench-llm');
  });
});
