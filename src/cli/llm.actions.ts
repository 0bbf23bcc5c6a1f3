import { verifyLlmModel } from '../draft/llm/llama.files.js';
import { benchReport, formatBenchReport } from '../draft/llm/llm-bench.models.js';
import { measureLlm } from '../draft/llm/llm-bench.usecases.js';
import { saveLlmBench } from '../draft/llm/llm-bench-report.usecases.js';
import { systemClock } from '../shared/clock.js';
import { isAppError } from '../shared/errors.js';
import { openAppliance } from '../start.js';
import { cliErrors } from './cli.errors.js';
import type { CliIo } from './cli-action.js';

/**
 * `veildraft bench-llm`: prefill and decode speed of the configured GGUF (VEILDRAFT_LLM_MODEL) for
 * 1..N threads, a thread recommendation and the largest model size that keeps a typical draft
 * under two minutes. The result is also stored in the settings table (key `llm-bench`) for the
 * console. Run it while the appliance is idle: a running draft would skew the figures.
 */
export interface BenchOptions {
  maxThreads: string;
  promptTokens: string;
  replyTokens: string;
  runs: string;
  maxSeconds: string;
  json?: boolean;
  save: boolean;
}

function whole(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw cliErrors.invalidOption({ name, min, max });
  }
  return n;
}

export async function benchLlmCommand(io: CliIo, opts: BenchOptions): Promise<number> {
  const config = io.config();
  const maxThreads = whole(opts.maxThreads, '--max-threads', 1, 256);
  const checked = await verifyLlmModel(config.modelsDir, config.llmModel);
  if (isAppError(checked)) throw checked;
  const measurement = await measureLlm({
    file: checked.file,
    model: config.llmModel,
    threads: Array.from({ length: maxThreads }, (_, i) => i + 1),
    promptTokens: whole(opts.promptTokens, '--prompt-tokens', 16, 131072),
    replyTokens: whole(opts.replyTokens, '--reply-tokens', 1, 8192),
    runs: whole(opts.runs, '--runs', 1, 50),
    maxPhaseSeconds: whole(opts.maxSeconds, '--max-seconds', 1, 3600),
    onProgress: (m) => {
      if (!opts.json) io.stderr.write(`${m}\n`);
    },
  });
  const report = benchReport(measurement, new Date(systemClock.now()));
  if (opts.save) {
    const { store } = openAppliance(config, systemClock);
    try {
      saveLlmBench(store.db, report, systemClock.now());
    } finally {
      store.close();
    }
  }
  io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatBenchReport(report));
  if (opts.save && !opts.json) io.stdout.write('Saved for the console (settings key llm-bench).\n');
  return 0;
}
