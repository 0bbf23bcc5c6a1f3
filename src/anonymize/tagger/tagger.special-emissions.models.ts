/**
 * The special-category tagger's emission scores with fewer weight rows read per token, for a
 * loaded (int16) model: a word's own features (the word, its affixes, shape and letter groups) are summed
 * once per word and model and kept with the word's hashes, and the six features that only read
 * the rule marks are one constant row sum wherever no mark is near (most tokens). The other
 * features are looked up per token as specialFeatures() writes them. The weights are integers
 * and a token's sum stays far below 2^24, so float32 adds them exactly in any order: the scores
 * are those of emissions() over specialFeatures(), bit for bit.
 */
import { mix, strHash } from './tagger.features.models.js';
import { addFeatureRow, addRows, emissions, type TaggerModel, tagsOf } from './tagger.models.js';
import {
  nearMark,
  ownFeatures,
  type SpecialWord,
  sequenceWords,
  specialFeatures,
} from './tagger.special-features.models.js';

/** Per model: the constant rows (bias and every mark feature with no mark near), summed. */
const unmarked = new WeakMap<TaggerModel, Float32Array>();

function unmarkedRows(model: TaggerModel, T: number): Float32Array {
  let v = unmarked.get(model);
  if (!v) {
    v = new Float32Array(T);
    for (const f of [
      mix(101, 0),
      mix(118, 0),
      mix(mix(119, 0), 0),
      mix(mix(120, 0), 0),
      mix(122, 0),
      mix(123, 0),
    ])
      addFeatureRow(model, f, v, 0, T);
    unmarked.set(model, v);
  }
  return v;
}

/** Words' own-feature sums live in shared slabs, as the NER tagger's word vectors do. */
const SLAB_LENGTH = 1 << 15;
let slab = new Float32Array(SLAB_LENGTH);
let slabUsed = 0;

/** The word's own feature rows, summed for `model` (kept on the word until another model asks). */
function ownRows(model: TaggerModel, a: SpecialWord, T: number): void {
  if (a.vectorModel === model && a.vectors) return;
  if (slabUsed + T > slab.length) {
    slab = new Float32Array(SLAB_LENGTH);
    slabUsed = 0;
  }
  const at = slabUsed;
  slabUsed += T;
  for (const f of ownFeatures(a)) addFeatureRow(model, f, slab, at, T);
  a.vectors = slab;
  a.vectorAt = at;
  a.vectorModel = model;
}

/** Whether a mark lies within four words of `i` (the reach of the nearest-mark features). */
function markNear(marks: Uint8Array | undefined, i: number): boolean {
  if (!marks) return false;
  for (let k = Math.max(0, i - 4); k <= i + 4 && k < marks.length; k++) if (marks[k]) return true;
  return false;
}

export function specialEmissions(
  model: TaggerModel,
  words: readonly string[],
  lang: string,
  marks?: Uint8Array,
): Float32Array {
  const n = words.length;
  if (!(model.weights instanceof Int16Array)) return emissions(model, specialFeatures(words, lang, marks), n);
  const T = tagsOf(model).length;
  const { at, get, mark } = sequenceWords(words, marks);
  const langH = mix(117, strHash(`lang:${lang}`));
  const constant = unmarkedRows(model, T);
  const out = new Float32Array(n * T);
  // The feature ids of one token that are looked up, then their rows added in one tight loop.
  const ids = new Uint32Array(17);
  const rows = new Int32Array(17);
  const mask = model.buckets - 1;
  const w = model.weights;
  for (let i = 0; i < n; i++) {
    const c = at[i]!;
    // The words two before, one before, one after and two after.
    const p2 = get(i - 2).lower;
    const p1 = get(i - 1).lower;
    const n1 = get(i + 1).lower;
    const n2 = get(i + 2).lower;
    const base = i * T;
    ownRows(model, c, T);
    const v = c.vectors!;
    const r = c.vectorAt;
    const m = mark(i);
    let k = 0;
    if (markNear(marks, i)) {
      for (let t = 0; t < T; t++) out[base + t] = v[r + t]!;
      ids[k++] = mix(101, 0);
      ids[k++] = mix(118, m);
      ids[k++] = mix(mix(119, mark(i - 1)), m);
      ids[k++] = mix(mix(120, m), mark(i + 1));
      ids[k++] = mix(122, nearMark(marks, i, -1, 4));
      ids[k++] = mix(123, nearMark(marks, i, 1, 4));
    } else for (let t = 0; t < T; t++) out[base + t] = constant[t]! + v[r + t]!;
    ids[k++] = mix(103, p1);
    ids[k++] = mix(104, n1);
    ids[k++] = mix(105, p2);
    ids[k++] = mix(106, n2);
    ids[k++] = mix(mix(107, p1), c.lower);
    ids[k++] = mix(mix(108, c.lower), n1);
    ids[k++] = mix(mix(109, p2), p1);
    ids[k++] = mix(mix(110, n1), n2);
    ids[k++] = mix(langH, c.lower);
    ids[k++] = mix(mix(121, m), c.lower);
    ids[k++] = mix(mix(124, get(i - 1).suf4), c.suf4);
    for (let j = 0; j < k; j++) rows[j] = ((ids[j]! & mask) >>> 0) * T;
    addRows(w, rows, k, out, base, T);
    if (model.scale !== 1) for (let t = 0; t < T; t++) out[base + t]! *= model.scale;
  }
  return out;
}
