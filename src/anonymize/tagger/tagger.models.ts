/**
 * The trained NER tagger's model and decoding: a first-order linear-chain model (hashed feature
 * weights per tag, tag-to-tag transition weights) decoded with Viterbi under BIO constraints, so
 * an I- tag only continues an entity of its own type. Pure: no I/O.
 */
import { FEATURES_PER_TOKEN } from './tagger.features.models.js';

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
}

/** BIO constraint: I-X only after B-X or I-X; never at the start. */
export function allowed(prev: number, cur: number): boolean {
  const c = TAGS[cur]!;
  if (!c.startsWith('I-')) return true;
  if (prev === T) return false;
  const p = TAGS[prev]!;
  return p !== 'O' && p.slice(2) === c.slice(2);
}

const allowedTable = (() => {
  const out = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) for (let c = 0; c < T; c++) out[p * T + c] = allowed(p, c) ? 1 : 0;
  return out;
})();

/** Emission scores, tokens × T, from the hashed features. */
export function emissions(model: TaggerModel, features: Uint32Array, n: number): Float32Array {
  const out = new Float32Array(n * T);
  const mask = model.buckets - 1;
  const w = model.weights;
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const idx = ((features[i * FEATURES_PER_TOKEN + k]! & mask) >>> 0) * T;
      for (let t = 0; t < T; t++) out[base + t]! += w[idx + t]!;
    }
    if (model.scale !== 1) for (let t = 0; t < T; t++) out[base + t]! *= model.scale;
  }
  return out;
}

/** The best tag sequence under the BIO constraints (Viterbi). */
export function viterbi(model: TaggerModel, em: Float32Array, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  const tr = model.transitions;
  for (let c = 0; c < T; c++)
    score[c] = allowedTable[T * T + c] ? em[c]! + tr[T * T + c]! : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowedTable[p * T + c]) continue;
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
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** Entities of a BIO tag sequence. */
export function tagSpans(tags: ArrayLike<number>): TagSpan[] {
  const out: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]!]!;
    if (tag === 'O' || tag.startsWith('B-') || (open && open.type !== tag.slice(2))) {
      if (open) out.push(open);
      open = tag === 'O' ? null : { start: i, end: i + 1, type: tag.slice(2) as TagSpan['type'] };
    } else if (open) open.end = i + 1;
    else open = { start: i, end: i + 1, type: tag.slice(2) as TagSpan['type'] };
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
