/**
 * Word classes the NER tagger learns from its own training text, with no outside resource:
 * - a word cluster: words that occur between the same neighbours ("in X ,", "Mr X said") fall
 *   in one cluster, so a name or town the labelled data never showed as an entity still shares
 *   the weights of those it did. Each word's left and right neighbours (the frequent words,
 *   other words by shape) are counted, damped with log, projected to a few dimensions by seeded
 *   random signs, and grouped by spherical k-means in two levels (COARSE clusters, each cut into
 *   FINE sub-clusters);
 * - a capitalisation prior: how often the word is capitalised where capitals are not forced
 *   (not first in a sentence). A capitalised sentence-initial "However" or an all-caps headline
 *   word is then known to be an ordinary word.
 * Both are packed into one number per lower-cased word (wordClassCode). Pure and deterministic.
 */

/** Coarse clusters by default (a tiny corpus in a test asks for fewer). */
export const COARSE = 64;
export const FINE = 16;
const DIM = 64;
const CONTEXT_WORDS = 1000;
const ITERATIONS = 8;

/** Capitalisation prior classes: 0 unknown, 1 almost never capitalised … 4 almost always. */
export function capClass(capitalised: number, total: number): number {
  if (total < 2) return 0;
  const f = capitalised / total;
  return f < 0.1 ? 1 : f < 0.5 ? 2 : f < 0.9 ? 3 : 4;
}

/** cluster 1 + coarse × FINE + fine (0 = no cluster) in the high bits, the cap class in the low 3. */
export function wordClassCode(cluster: number, cap: number): number {
  return (cluster << 3) | cap;
}

export function decodeWordClass(code: number): { coarse: number; fine: number; cap: number } {
  const cluster = code >>> 3;
  return { coarse: cluster === 0 ? 0 : 1 + Math.floor((cluster - 1) / FINE), fine: cluster, cap: code & 7 };
}

/** A well-mixed 32-bit hash of three integers (murmur3's finaliser): every output bit counts. */
function hash3(a: number, b: number, c: number): number {
  let h =
    Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The context a neighbour gives: its own id when frequent, else its shape class. */
function contextShape(word: string): string {
  if (/^\p{Lu}/u.test(word)) return '<Cap>';
  if (/\p{N}/u.test(word)) return '<Num>';
  if (/\p{L}/u.test(word)) return '<low>';
  return '<sym>';
}

const dot = (x: Float32Array, a: number, b: number) => {
  let s = 0;
  for (let d = 0; d < DIM; d++) s += x[a * DIM + d]! * x[b * DIM + d]!;
  return s;
};

/** The first k rows that differ from each other (near-copies would split one cluster in two). */
function seeds(x: Float32Array, rows: readonly number[], k: number): number[] {
  const out: number[] = [];
  for (const r of rows) {
    if (out.length === k) break;
    if (out.every((s) => dot(x, s, r) < 0.99)) out.push(r);
  }
  for (const r of rows) {
    if (out.length === k) break;
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

/** Spherical k-means over rows of `x` (unit vectors, DIM wide), seeded by distinct frequent rows. */
function kmeans(x: Float32Array, rows: readonly number[], k: number): Int32Array {
  const n = rows.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const c = new Float64Array(k * DIM);
  seeds(x, rows, k).forEach((r, j) => {
    for (let d = 0; d < DIM; d++) c[j * DIM + d] = x[r * DIM + d]!;
  });
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < n; i++) {
      const r = rows[i]! * DIM;
      let best = -2;
      let arg = 0;
      for (let j = 0; j < k; j++) {
        let s = 0;
        for (let d = 0; d < DIM; d++) s += x[r + d]! * c[j * DIM + d]!;
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      assign[i] = arg;
    }
    const sum = new Float64Array(k * DIM);
    const count = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const j = assign[i]!;
      count[j]!++;
      for (let d = 0; d < DIM; d++) sum[j * DIM + d]! += x[rows[i]! * DIM + d]!;
    }
    for (let j = 0; j < k; j++) {
      if (!count[j]) continue;
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += sum[j * DIM + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIM; d++) c[j * DIM + d] = sum[j * DIM + d]! / norm;
    }
  }
  return assign;
}

/**
 * Word classes of every lower-cased word seen at least `minCount` times in `sentences` (token
 * lists), by the method above. `seed` picks the random projection; `coarse` ≤ COARSE.
 */
export function buildWordClasses(
  sentences: readonly (readonly string[])[],
  options: { minCount?: number; seed?: number; coarse?: number } = {},
): Map<string, number> {
  const minCount = options.minCount ?? 3;
  const seed = options.seed ?? 7;
  const k1 = Math.min(options.coarse ?? COARSE, COARSE);
  const freq = new Map<string, number>();
  const caps = new Map<string, number>();
  const inner = new Map<string, number>();
  for (const s of sentences)
    s.forEach((w, i) => {
      const lower = w.toLowerCase();
      freq.set(lower, (freq.get(lower) ?? 0) + 1);
      // Capitals are forced at a sentence's start and in all-caps text: neither says anything.
      if (i === 0 || !/\p{L}/u.test(w) || (w.length > 1 && w === w.toUpperCase())) return;
      inner.set(lower, (inner.get(lower) ?? 0) + 1);
      if (/^\p{Lu}/u.test(w)) caps.set(lower, (caps.get(lower) ?? 0) + 1);
    });
  // Ties in frequency are broken by the word itself, so the order never depends on the input's.
  const vocab = [...freq]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const contextId = new Map<string, number>();
  for (const w of vocab.slice(0, CONTEXT_WORDS)) contextId.set(w, contextId.size);
  for (const s of ['<s>', '</s>', '<Cap>', '<Num>', '<low>', '<sym>']) contextId.set(s, contextId.size);
  const C = contextId.size;
  const ctxOf = (w: string | undefined, edge: string) =>
    w === undefined
      ? contextId.get(edge)!
      : (contextId.get(w.toLowerCase()) ?? contextId.get(contextShape(w))!);

  // Sparse counts: per word, (side × C + context) → count.
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of sentences)
    for (let i = 0; i < s.length; i++) {
      const v = index.get(s[i]!.toLowerCase());
      if (v === undefined) continue;
      const m = counts[v]!;
      const left = ctxOf(s[i - 1], '<s>');
      const right = C + ctxOf(s[i + 1], '</s>');
      m.set(left, (m.get(left) ?? 0) + 1);
      m.set(right, (m.get(right) ?? 0) + 1);
    }
  // Random ±1 projection, one sign per (context, dimension), from a seeded hash.
  const sign = new Float32Array(2 * C * DIM);
  for (let c = 0; c < 2 * C; c++)
    for (let d = 0; d < DIM; d++) sign[c * DIM + d] = hash3(seed, c, d) >>> 31 ? 1 : -1;
  const x = new Float32Array(vocab.length * DIM);
  counts.forEach((m, v) => {
    const row = v * DIM;
    for (const [c, n] of m) {
      const wgt = Math.log1p(n);
      for (let d = 0; d < DIM; d++) x[row + d]! += wgt * sign[c * DIM + d]!;
    }
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += x[row + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) x[row + d]! /= norm;
  });

  const all = vocab.map((_, i) => i);
  const coarse = kmeans(x, all, k1);
  const cluster = new Int32Array(vocab.length);
  for (let k = 0; k < k1; k++) {
    const members = all.filter((i) => coarse[i] === k);
    const fine = kmeans(x, members, FINE);
    members.forEach((i, j) => {
      cluster[i] = 1 + k * FINE + fine[j]!;
    });
  }
  const out = new Map<string, number>();
  vocab.forEach((w, i) => {
    out.set(w, wordClassCode(cluster[i]!, capClass(caps.get(w) ?? 0, inner.get(w) ?? 0)));
  });
  return out;
}
