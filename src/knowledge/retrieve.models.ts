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

/** How alike two conversations are, in [0, 1], and whether they are copies of one another. */
export interface Likeness {
  sim: number;
  duplicate: boolean;
}

/**
 * Near-duplicate thresholds per measure. Sentence embeddings of two different questions on one
 * topic often reach 0.85-0.9; copies (the same template with other placeholders) are above 0.95.
 * Token sets are coarser: a copy with one word added is still at 0.85-0.9 Jaccard.
 */
export const duplicateCosine = 0.95;
export const duplicateJaccard = 0.8;

/**
 * Greedy maximal marginal relevance over fused candidates (best first): relevance weighed
 * against the likeness to what is already picked (`lambda` = 1 is relevance only). Returns at
 * most k ids.
 */
export function diversify(
  candidates: readonly { id: number; score: number }[],
  k: number,
  likeness: (a: number, b: number) => Likeness,
  lambda = 0.7,
): number[] {
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
      const l = likeness(chosen!.id, c.id);
      if (l.duplicate) pool.splice(i, 1);
      else c.maxSim = Math.max(c.maxSim, l.sim);
    }
  }
  return picked;
}

/** Dot product of two normalized vectors, clamped to [0, 1] (opposite texts are simply unlike). */
export function vectorLikeness(a: Float32Array, b: Float32Array): Likeness {
  if (a.length !== b.length) return { sim: 0, duplicate: false };
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  const sim = Math.max(0, Math.min(1, s));
  return { sim, duplicate: sim >= duplicateCosine };
}

export function textLikeness(a: ReadonlySet<string>, b: ReadonlySet<string>): Likeness {
  const sim = jaccard(a, b);
  return { sim, duplicate: sim >= duplicateJaccard };
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
