import { describe, expect, it } from 'vitest';
import type { BenchReport } from '../../src/draft/llm/llm-bench.models.js';
import { readLlmBench } from '../../src/draft/llm/llm-bench-report.usecases.js';
import { envFor, openTestAppliance } from '../support/appliance.js';
import { runCli } from '../support/cli.js';
import { ensureTinyModels, tinyModelNames, tinyModelsDir } from '../support/tiny-models.js';
import { tempDir } from '../support/tmp.js';

const small = ['--max-threads', '2', '--runs', '1', '--prompt-tokens', '300', '--reply-tokens', '40'];

describe('veildraft bench-llm', () => {
  it('measures the tiny model for 1..N threads, prints JSON with a recommendation, and stores it for the console', async () => {
    await ensureTinyModels();
    const dir = tempDir();
    const env = envFor(dir, { VEILDRAFT_MODELS_DIR: tinyModelsDir, VEILDRAFT_LLM_MODEL: tinyModelNames.llm });
    const run = await runCli(['bench-llm', ...small, '--json'], { env, timeoutMs: 60_000 });
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as BenchReport;
    expect(report.model).toBe(tinyModelNames.llm);
    expect(report).toMatchObject({ promptTokens: 300, replyTokens: 40, runs: 1 });
    expect(report.rows.map((r) => r.threads)).toEqual([1, 2]);
    for (const r of report.rows) {
      expect(r.prefillTokensPerSecond).toBeGreaterThan(0);
      expect(r.decodeTokensPerSecond).toBeGreaterThan(0);
    }
    expect([1, 2]).toContain(report.recommendation.threads);
    expect(report.recommendation.reliable).toBe(false); // half a megabyte says nothing about 4 GB
    expect(report.modelParameters).toBeGreaterThan(100_000);

    const { store } = openTestAppliance(dir);
    try {
      expect(readLlmBench(store.db)).toEqual(report);
    } finally {
      store.close();
    }
  });

  it('prints a table, the recommendation and how the sizes were extrapolated', async () => {
    await ensureTinyModels();
    const env = envFor(tempDir(), {
      VEILDRAFT_MODELS_DIR: tinyModelsDir,
      VEILDRAFT_LLM_MODEL: tinyModelNames.llm,
    });
    const run = await runCli(['bench-llm', ...small, '--max-threads', '1', '--no-save'], {
      env,
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/threads\s+prefill tok\/s\s+decode tok\/s\s+typical draft s/);
    expect(run.stdout).toContain('Recommended: VEILDRAFT_LLM_THREADS=1');
    expect(run.stdout).toContain('memory-bandwidth bound');
    expect(run.stdout).toContain('NOT meaningful');
    expect(run.stdout).not.toContain('Saved for the console');
  });

  it('refuses a model that is not in the models folder, with the fix', async () => {
    const env = envFor(tempDir(), { VEILDRAFT_MODELS_DIR: tempDir(), VEILDRAFT_LLM_MODEL: 'llm.gguf' });
    const run = await runCli(['bench-llm', '--no-save'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error [llm.model_missing]');
    expect(run.stderr).toContain('manifest.json');
  });
});
