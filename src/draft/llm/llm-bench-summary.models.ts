import type { BenchReport } from './llm-bench.models.js';

/**
 * The stored `bench-llm` result said in one sentence for the console's Models step and settings:
 * how long a typical reply takes on this machine. Rounded as a person would say it, because the
 * figure itself varies by ±10 % between runs and the exact value would suggest a precision it
 * does not have.
 */
export interface BenchSummary {
  /** "This machine writes a typical reply in about 40 s with this model (2 threads)." */
  sentence: string;
  /** What the operator should change, or null: another thread count, or a measurement of the current model. */
  advice: string | null;
}

/** Seconds as said aloud: whole seconds below 10, fives below a minute, half minutes below 10 min, then minutes. */
export function aboutDuration(seconds: number): string {
  if (seconds < 1) return 'under a second';
  if (seconds < 9.5) return `about ${Math.round(seconds)} s`;
  const fives = Math.round(seconds / 5) * 5;
  if (fives < 60) return `about ${fives} s`;
  const minutes = seconds / 60;
  if (minutes < 9.75) {
    const halves = Math.max(1, Math.round(minutes * 2) / 2);
    return `about ${String(halves)} min`;
  }
  return `about ${Math.round(minutes)} min`;
}

const threadsText = (n: number) => `${n} ${n === 1 ? 'thread' : 'threads'}`;

/**
 * `configured` is what the appliance runs: the model file and VEILDRAFT_LLM_THREADS (0 = one per
 * physical core, a count the report cannot know). The configured thread count's row is used when
 * it was measured, else the fastest one, with the setting that gets it as advice.
 */
export function benchSummary(
  report: BenchReport,
  configured: { llmModel: string; llmThreads: number },
): BenchSummary {
  if (report.model !== configured.llmModel) {
    return {
      sentence: `The last measurement was of ${report.model}, not of the configured model ${configured.llmModel}.`,
      advice: 'Measure the configured model again with bench-llm.',
    };
  }
  const rec = report.recommendation;
  const row = report.rows.find((r) => r.threads === configured.llmThreads);
  const used = row ?? { threads: rec.threads, draftSeconds: rec.draftSeconds };
  const sentence = `This machine writes a typical reply in ${aboutDuration(used.draftSeconds)} with this model (${threadsText(used.threads)}).`;
  if (row && row.threads !== rec.threads) {
    return {
      sentence,
      advice: `With ${threadsText(rec.threads)} it takes ${aboutDuration(rec.draftSeconds)}: set VEILDRAFT_LLM_THREADS=${rec.threads}.`,
    };
  }
  if (!row && configured.llmThreads !== rec.threads) {
    return { sentence, advice: `Set VEILDRAFT_LLM_THREADS=${rec.threads} to run with the measured best.` };
  }
  return { sentence, advice: null };
}
