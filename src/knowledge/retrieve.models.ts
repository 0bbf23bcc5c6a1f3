/**
 * Pure ranking steps of retrieval: reciprocal-rank fusion of the full-text and vector rankings,
 * then a greedy MMR-style pick that prefers relevant conversations unlike the ones already
 * picked and drops near-duplicates outright (a mailbox has many copies of the same question;
 * three copies of one example teach the model less than three different ones).
 */

/** RRF's damping constant: 60 is the value of the original paper and works without tuning. */
export const rrfK = 60;

/** Fused score per id, best first. Each ranking is a list of ids, best first. */
export function reciprocalRankFusion(
  rankings: readonly (readonly number[])[],
  k = rrfK,
): { id: number; score: number }[] {
  const scores = new Map<number, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, rank) => {
      scores.set(id, (scores.get(id) ?? 0) + 1 / (k + rank + 1));
    });
  }
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
}

export interface DiversityOptions {
  /** Weight of relevance against novelty (1 = relevance only). */
  lambda?: number;
  /** Candidates at least this similar to one already picked are dropped. */
  duplicateAbove?: number;
}

/**
 * Greedy maximal marginal relevance over fused candidates (best first). `similarity(a, b)` is in
 * [0, 1]. Returns at most k ids.
 */
export function diversify(
  candidates: readonly { id: number; score: number }[],
  k: number,
  similarity: (a: number, b: number) => number,
  options: DiversityOptions = {},
): number[] {
  const lambda = options.lambda ?? 0.7;
  const duplicateAbove = options.duplicateAbove ?? 0.9;
  const top = candidates[0]?.score ?? 0;
  const pool = candidates.map((c) => ({ id: c.id, relevance: top > 0 ? c.score / top : 0, maxSim: 0 }));
  const picked: number[] = [];
  while (picked.length < k && pool.length > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i]!;
      const value = lambda * c.relevance - (1 - lambda) * c.maxSim;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    const [chosen] = pool.splice(best, 1);
    picked.push(chosen!.id);
    for (let i = pool.length - 1; i >= 0; i--) {
      const c = pool[i]!;
      c.maxSim = Math.max(c.maxSim, similarity(chosen!.id, c.id));
      if (c.maxSim >= duplicateAbove) pool.splice(i, 1);
    }
  }
  return picked;
}

/** Dot product of two normalized vectors, clamped to [0, 1] (opposite texts are simply unlike). */
export function cosine01(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return Math.max(0, Math.min(1, s));
}

const wordRe = /[\p{L}\p{N}]+/gu;

export function tokenSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(wordRe) ?? []);
}

/** Jaccard similarity of two token sets: the near-duplicate test when there are no vectors. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}
