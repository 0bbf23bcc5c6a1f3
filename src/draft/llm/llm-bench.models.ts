/**
 * `veildraft bench-llm`: from measured prefill and decode speeds of the installed model, the
 * thread count that drafts fastest and the largest Q4_K_M model that keeps a typical draft under
 * the time budget. Pure: the measuring is in llm-bench.usecases.ts.
 *
 * The extrapolation: on CPU, decoding reads every weight once per token, so it is bound by memory
 * bandwidth and its tokens/s scale with 1 / model bytes. Prefill processes the prompt in batches
 * and is bound by arithmetic, so its tokens/s scale with 1 / parameters. A Q4_K_M file holds about
 * 4.85 bits per parameter. Both are rough (±30 %): architecture, quantization kernels and cache
 * sizes matter; a tiny model is dominated by per-token overhead and says little about big ones.
 */
export interface ThreadMeasurement {
  threads: number;
  prefillTokensPerSecond: number;
  decodeTokensPerSecond: number;
}

export interface BenchMeasurement {
  model: string;
  modelBytes: number;
  modelParameters: number;
  promptTokens: number;
  replyTokens: number;
  runs: number;
  totalMemoryBytes: number;
  threads: ThreadMeasurement[];
}

export interface BenchReport extends BenchMeasurement {
  measuredAt: string;
  draftBudgetSeconds: number;
  rows: (ThreadMeasurement & { draftSeconds: number })[];
  recommendation: {
    threads: number;
    draftSeconds: number;
    /** Largest Q4_K_M file (GB) whose typical draft stays within the budget at the best thread count. */
    maxModelGbBySpeed: number;
    /** Largest file that leaves room for the OS, the appliance and the KV cache (60 % of RAM). */
    maxModelGbByMemory: number;
    maxModelGb: number;
    /** False when the measured model is too small for the extrapolation to mean much. */
    reliable: boolean;
  };
  explanation: string[];
}

export const q4kmBitsPerParameter = 4.85;
export const draftBudgetSeconds = 120;
const memoryShare = 0.6;
const reliableFromBytes = 200e6;
const GB = 1e9;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function draftSeconds(m: ThreadMeasurement, promptTokens: number, replyTokens: number): number {
  return promptTokens / m.prefillTokensPerSecond + replyTokens / m.decodeTokensPerSecond;
}

/** Seconds of a typical draft per byte of a Q4_K_M model, from one measured model (see above). */
function secondsPerModelByte(m: BenchMeasurement, best: ThreadMeasurement): number {
  const prefillPerParam = m.promptTokens / (best.prefillTokensPerSecond * m.modelParameters);
  const decodePerByte = m.replyTokens / (best.decodeTokensPerSecond * m.modelBytes);
  return prefillPerParam * (8 / q4kmBitsPerParameter) + decodePerByte;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function benchReport(m: BenchMeasurement, at: Date): BenchReport {
  if (m.threads.length === 0) throw new Error('no measurements');
  const rows = m.threads.map((t) => ({
    ...t,
    draftSeconds: round(draftSeconds(t, m.promptTokens, m.replyTokens), 2),
  }));
  const best = rows.reduce((a, b) => (b.draftSeconds < a.draftSeconds ? b : a));
  const bySpeed = draftBudgetSeconds / secondsPerModelByte(m, best) / GB;
  const byMemory = (m.totalMemoryBytes * memoryShare) / GB;
  const reliable = m.modelBytes >= reliableFromBytes;
  const explanation = [
    `A typical draft = ${m.promptTokens} prompt tokens (prefill) + ${m.replyTokens} reply tokens (decode).`,
    'Decode is memory-bandwidth bound: its tokens/s scale with 1 / model bytes.',
    'Prefill is compute bound: its tokens/s scale with 1 / parameters (Q4_K_M ≈ 4.85 bits per parameter).',
    `The largest model keeps the typical draft under ${draftBudgetSeconds} s at ${best.threads} threads, extrapolated from ${m.model} (${round(m.modelBytes / 1e6)} MB, ${round(m.modelParameters / 1e6, 2)} M parameters), and fits in ${Math.round(memoryShare * 100)} % of RAM.`,
    ...(reliable
      ? [
          'Expect ±30 %: architecture, quantization kernels and caches matter. Measure the chosen model again.',
        ]
      : [
          'The measured model is tiny: its speed is dominated by per-token overhead, not by memory or arithmetic, so the size extrapolation is NOT meaningful. Run bench-llm with a real model (≥ 0.5 GB).',
        ]),
  ];
  return {
    ...m,
    measuredAt: at.toISOString(),
    draftBudgetSeconds,
    rows,
    recommendation: {
      threads: best.threads,
      draftSeconds: best.draftSeconds,
      maxModelGbBySpeed: round(bySpeed, 2),
      maxModelGbByMemory: round(byMemory, 2),
      maxModelGb: round(Math.min(bySpeed, byMemory), 2),
      reliable,
    },
    explanation,
  };
}

export function formatBenchReport(r: BenchReport): string {
  const header = ['threads', 'prefill tok/s', 'decode tok/s', 'typical draft s'];
  const lines = r.rows.map((row) => [
    String(row.threads),
    row.prefillTokensPerSecond.toFixed(1),
    row.decodeTokensPerSecond.toFixed(1),
    row.draftSeconds.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] as number)).join('  ');
  const rec = r.recommendation;
  return [
    `Model ${r.model}: ${(r.modelBytes / 1e6).toFixed(1)} MB, median of ${r.runs} runs per thread count`,
    '',
    fmt(header),
    ...lines.map(fmt),
    '',
    `Recommended: VEILDRAFT_LLM_THREADS=${rec.threads} (typical draft ${rec.draftSeconds.toFixed(2)} s).`,
    `Largest Q4_K_M model for a draft under ${r.draftBudgetSeconds} s: about ${rec.maxModelGb} GB (speed allows ${rec.maxModelGbBySpeed} GB, memory ${rec.maxModelGbByMemory} GB)${rec.reliable ? '' : ' (not meaningful, see below)'}.`,
    '',
    ...r.explanation.map((e) => `  ${e}`),
    '',
  ].join('\n');
}
