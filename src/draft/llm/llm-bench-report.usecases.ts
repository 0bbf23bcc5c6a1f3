import { readSetting, writeSetting } from '../../settings/settings.repository.js';
import type { Tx } from '../../store/store.js';

import type { BenchReport } from './llm-bench.models.js';

/**
 * The last `veildraft bench-llm` result, kept in the settings table so the console can show it.
 * Figures only: model file name, sizes, speeds, the recommendation; nothing from mail.
 */
export const llmBenchKey = 'llm-bench';

export function saveLlmBench(db: Tx, report: BenchReport, now: number): void {
  writeSetting(db, llmBenchKey, JSON.stringify(report), now, null);
}

export function readLlmBench(db: Tx): BenchReport | null {
  const raw = readSetting(db, llmBenchKey);
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw) as BenchReport;
  } catch {
    return null;
  }
}
