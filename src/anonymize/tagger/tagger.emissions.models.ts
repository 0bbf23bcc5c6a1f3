/**
 * The NER tagger's emission scores with half of its features read once per word instead of once
 * per token: the features that read one word alone (the word, its shape and affixes as the token;
 * the word as a neighbour) are summed per word, per model, and kept while the word's attributes
 * are; only the pair, position and language features are looked up per token. The same integer
 * weights are added as in emissions() over sequenceFeatures(), so the scores are identical.
 */
import {
  type Attributes,
  attributes,
  type Gazetteer,
  neighbours,
  PAIR_FEATURES,
  pairFeatures,
  ROLE_OFFSETS,
  strHash,
  unigramsOf,
} from './tagger.features.models.js';
import { addRows, type TaggerModel, tagsOf } from './tagger.models.js';

const ROLES = ROLE_OFFSETS.length - 1;
/** neighbours() gives p2, p1, c, n1, n2: their roles are second previous, previous, own, next, second next. */
const roleOf = [3, 1, 0, 2, 4] as const;

/** Words' vectors are allocated in slabs: a typed array per word cost more in bookkeeping than its scores. */
const SLAB_LENGTH = 1 << 16;
let slab = new Float32Array(SLAB_LENGTH);
let slabUsed = 0;

/**
 * Per role, the word's word-only weights per tag (unscaled sums), kept with the word's attributes
 * for the model last asked (one NER model runs at a time; another one recomputes them). Sets
 * `a.vectors` and `a.vectorAt`.
 */
function wordVector(model: TaggerModel, a: Attributes, T: number): void {
  if (a.vectorModel === model && a.vectors) return;
  const length = ROLES * T;
  if (slabUsed + length > slab.length) {
    slab = new Float32Array(Math.max(SLAB_LENGTH, length));
    slabUsed = 0;
  }
  const v = slab;
  const at = slabUsed;
  slabUsed += length;
  const unigrams = unigramsOf(a);
  const mask = model.buckets - 1;
  for (let r = 0; r < ROLES; r++)
    for (let k = ROLE_OFFSETS[r]!; k < ROLE_OFFSETS[r + 1]!; k++) {
      const idx = ((unigrams[k]! & mask) >>> 0) * T;
      for (let t = 0; t < T; t++) v[at + r * T + t]! += model.weights[idx + t]!;
    }
  a.vectorModel = model;
  a.vectors = v;
  a.vectorAt = at;
}

export function nerEmissions(
  model: TaggerModel,
  words: readonly string[],
  lang: string,
  gaz: Gazetteer,
): Float32Array {
  const T = tagsOf(model).length;
  const n = words.length;
  const at = words.map((w) => attributes(w, gaz));
  const langH = strHash(`lang:${lang}`);
  const pair = new Uint32Array(PAIR_FEATURES);
  const mask = model.buckets - 1;
  const w = model.weights;
  const out = new Float32Array(n * T);
  const around: Attributes[] = new Array(5);
  const rows = new Int32Array(PAIR_FEATURES);
  for (let i = 0; i < n; i++) {
    neighbours(at, i, around);
    const base = i * T;
    for (let j = 0; j < 5; j++) {
      const a = around[j]!;
      wordVector(model, a, T);
      const v = a.vectors!;
      const r = a.vectorAt + roleOf[j as 0] * T;
      for (let t = 0; t < T; t++) out[base + t]! += v[r + t]!;
    }
    pairFeatures(around, i === 0 ? 1 : 0, langH, pair, 0);
    for (let k = 0; k < PAIR_FEATURES; k++) rows[k] = ((pair[k]! & mask) >>> 0) * T;
    addRows(w, rows, PAIR_FEATURES, out, base, T);
    if (model.scale !== 1) for (let t = 0; t < T; t++) out[base + t]! *= model.scale;
  }
  return out;
}
