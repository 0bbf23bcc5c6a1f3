/**
 * Benchmark entry for the anonymizer: runs the email-set evaluation (Veildraft and the peers on
 * the same texts) and returns throughput and the headline scores. Full tables: npm run eval.
 */
import { runEval } from '../eval/eval.js';

export async function run(): Promise<object> {
  const out = await runEval({ only: 'emails', log: () => {}, write: false });
  return out.sets.map((set) => ({
    set: set.key,
    texts: set.docs,
    systems: set.systems.map((s) => ({
      system: s.system,
      textsPerCpuSecond: Math.round(s.docsPerSecond),
      textsPerWallSecond: Math.round(s.wallDocsPerSecond),
      binaryRecall: s.score.binary.recall,
      binaryPrecision: s.score.binary.precision,
      binaryF2: s.score.binary.f2,
      ...(s.error ? { error: s.error } : {}),
    })),
  }));
}
