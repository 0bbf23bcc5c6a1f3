/**
 * The trained taggers' model and decoding: a first-order linear-chain model (hashed feature
 * weights per tag, tag-to-tag transition weights) decoded with Viterbi under BIO constraints, so
 * an I- tag only continues an entity of its own type. One model format serves two tag sets: the
 * NER tagger's (TAGS) and the special-category tagger's (IO tags, see specialTags). Pure: no I/O.
 */
import type { WordClassLookup } from './tagger.word-classes.js';

/** The NER tagger's tags, the default tag set of a model. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const T = TAGS.length;

export interface TaggerModel {
  /** Number of hash buckets, a power of two. */
  buckets: number;
  /** buckets × T weights; Int16Array in a loaded (quantised) model, scaled by `scale`. */
  weights: Float32Array | Int16Array;
  scale: number;
  /** (T + 1) × T: row p < T is "from tag p", row T is "at the start of a sequence". */
  transitions: Float32Array;
  /**
   * Lower-cased words the training corpora use as ordinary words (often, and almost never inside
   * an entity): an entity made only of such words ("Hello", "Customer Care", "Tel") is dropped.
   */
  common?: ReadonlySet<string>;
  /** Lower-cased word → class code (cluster and capitalisation prior), see tagger.clusters.models.ts. */
  wordClasses?: WordClassLookup;
  /** The tag set; TAGS when absent. */
  tags?: readonly string[];
}

/**
 * A feature slot left empty: a token's features are a fixed number of slots, and a feature family
 * with a varying count per word (the special tagger's inner letter groups) fills the rest with this.
 */
export const NO_FEATURE = 0xffffffff;

export function tagsOf(model: Pick<TaggerModel, 'tags'>): readonly string[] {
  return model.tags ?? TAGS;
}

/**
 * BIO constraint: I-X only after B-X or I-X; never at the start. A tag set without B-X (IO tags)
 * lets I-X begin anywhere: each run of I-X is one entity.
 */
export function allowed(prev: number, cur: number, tags: readonly string[] = TAGS): boolean {
  const c = tags[cur]!;
  if (!c.startsWith('I-') || !tags.includes(`B-${c.slice(2)}`)) return true;
  if (prev === tags.length) return false;
  const p = tags[prev]!;
  return p !== 'O' && p.slice(2) === c.slice(2);
}

const allowedTables = new Map<string, Uint8Array>();

function allowedTable(tags: readonly string[]): Uint8Array {
  const key = tags.join();
  let out = allowedTables.get(key);
  if (!out) {
    const k = tags.length;
    out = new Uint8Array((k + 1) * k);
    for (let p = 0; p <= k; p++) for (let c = 0; c < k; c++) out[p * k + c] = allowed(p, c, tags) ? 1 : 0;
    allowedTables.set(key, out);
  }
  return out;
}

/** Adds one feature's weight row (unscaled, one weight per tag) to `acc` from index `at`. */
export function addFeatureRow(
  model: TaggerModel,
  feature: number,
  acc: Float32Array | Float64Array,
  at: number,
  T: number,
): void {
  const idx = ((feature & (model.buckets - 1)) >>> 0) * T;
  const w = model.weights;
  for (let t = 0; t < T; t++) acc[at + t]! += w[idx + t]!;
}

/**
 * Adds the weight rows starting at rows[0 .. count) to out[base .. base + T), each row's weights
 * in the order the rows are given, rounded to float32 after every addition as a Float32Array
 * element is. Tag by tag rather than row by row: the rows lie scattered over a table of many
 * megabytes, and reading one weight of every row first lets the processor wait for all of those
 * cache misses at once instead of one row after the other.
 */
export function addRows(
  w: Float32Array | Int16Array,
  rows: Int32Array,
  count: number,
  out: Float32Array,
  base: number,
  T: number,
): void {
  for (let t = 0; t < T; t++) {
    let sum = out[base + t]!;
    for (let k = 0; k < count; k++) sum = Math.fround(sum + w[rows[k]! + t]!);
    out[base + t] = sum;
  }
}

/**
 * Emission scores, tokens × tags, from the hashed features (the same number per token: the
 * feature function decides how many).
 */
export function emissions(model: TaggerModel, features: Uint32Array, n: number): Float32Array {
  const T = tagsOf(model).length;
  const per = n > 0 ? features.length / n : 0;
  const out = new Float32Array(n * T);
  const mask = model.buckets - 1;
  const rows = new Int32Array(per);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    let k = 0;
    for (let j = 0; j < per; j++) {
      const f = features[i * per + j]!;
      if (f !== NO_FEATURE) rows[k++] = ((f & mask) >>> 0) * T;
    }
    addRows(model.weights, rows, k, out, base, T);
    if (model.scale !== 1) for (let t = 0; t < T; t++) out[base + t]! *= model.scale;
  }
  return out;
}

/** The best tag sequence under the BIO constraints (Viterbi). */
export function viterbi(model: TaggerModel, em: Float32Array, n: number): Uint8Array {
  const T = tagsOf(model).length;
  const ok = allowedTable(tagsOf(model));
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  const tr = model.transitions;
  for (let c = 0; c < T; c++) score[c] = ok[T * T + c] ? em[c]! + tr[T * T + c]! : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ok[p * T + c]) continue;
        const s = score[(i - 1) * T + p]! + tr[p * T + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + c] = best + em[i * T + c]!;
      back[i * T + c] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < T; c++) {
    const s = score[(n - 1) * T + c]!;
    if (s > best) {
      best = s;
      tags[n - 1] = c;
    }
  }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}

export interface TagSpan {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  /** The tag's type: PER, ORG, LOC, MISC for NER, HEALTH, RELIGION… for special categories. */
  type: string;
}

/** Entities of a BIO (or IO) tag sequence. */
export function tagSpans(tags: ArrayLike<number>, names: readonly string[] = TAGS): TagSpan[] {
  const out: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = names[tags[i]!]!;
    if (tag === 'O' || tag.startsWith('B-') || (open && open.type !== tag.slice(2))) {
      if (open) out.push(open);
      open = tag === 'O' ? null : { start: i, end: i + 1, type: tag.slice(2) };
    } else if (open) open.end = i + 1;
    else open = { start: i, end: i + 1, type: tag.slice(2) };
  }
  if (open) out.push(open);
  return out;
}

/** IOB1 (I- unless two entities touch) and IO ("PER") tags to IOB2. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prevType = 'O';
  for (const raw of tags) {
    const m = /^([BI])-(.+)$/.exec(raw);
    const type = m ? m[2]! : raw === 'O' || raw === '0' ? 'O' : raw;
    if (type === 'O') {
      out.push('O');
      prevType = 'O';
      continue;
    }
    const begins = m?.[1] === 'B' || prevType !== type;
    out.push(`${begins ? 'B' : 'I'}-${type}`);
    prevType = type;
  }
  return out;
}
