/**
 * Features of the special-category tagger (health, religion, politics, union membership, sexual
 * orientation, ethnic origin, genetic and biometric data), hashed like the NER tagger's. Where the
 * NER features look at capitals and name lists, these look at what makes a phrase sensitive: the
 * words and their stems (compounds: "Betriebsrat", "kemoterapi"), the words around them ("member
 * of", "since my", "off sick with") and the rule recognizers' hits nearby, given per word as a
 * mark (0 none, else 1 + the index of its type in specialTags). The hits are features, not
 * answers: the model learns from them which context words go with which category, and tags
 * phrases no word list names. The model is only valid with the version it was trained with.
 */
import { ownCopy } from '../lexicon/lexicon.text.js';
import { mix, shapeOf, strHash } from './tagger.features.models.js';
import { NO_FEATURE } from './tagger.models.js';

export const SPECIAL_FEATURE_VERSION = 2;

/**
 * Letter groups inside a word: a compound or an inflected form the training text never showed
 * ("Hüftgelenksarthrose", "kolonoskopii") shares the weights of the words that carry the same
 * parts ("arthr", "skop"). Groups of GRAM letters, for words longer than the affixes already
 * cover, at most MAX_GRAMS per word (the slots left over stay empty).
 */
const GRAM = 4;
export const MAX_GRAMS = 16;
const MIN_GRAM_WORD = 7;

function innerGrams(lower: string): number[] {
  if (lower.length < MIN_GRAM_WORD) return [];
  const out: number[] = [];
  for (let i = 0; i + GRAM <= lower.length && out.length < MAX_GRAMS; i++)
    out.push(strHash(`g${lower.slice(i, i + GRAM)}`));
  return out;
}

/** IO tags: a special-category phrase is one run of its tag (two touching ones are one phrase). */
export const specialTags = [
  'O',
  'I-HEALTH',
  'I-RELIGION',
  'I-POLITICAL_OPINION',
  'I-TRADE_UNION',
  'I-SEXUAL_ORIENTATION',
  'I-ETHNIC_ORIGIN',
  'I-GENETIC',
  'I-BIOMETRIC',
] as const;

export interface SpecialWord {
  lower: number;
  suf3: number;
  suf4: number;
  suf5: number;
  pre4: number;
  pre6: number;
  shape: number;
  /** The word as cached; its letter groups are hashed when its own rows are summed (once per model). */
  word: string;
  /** The word's own feature rows summed for one model, at `vectorAt` (tagger.special-emissions.models.ts). */
  vectors: Float32Array | undefined;
  vectorAt: number;
  vectorModel: object | undefined;
}

/** The word before the first and after the last of a sequence. */
export const specialBoundary: SpecialWord = {
  lower: strHash('<s>'),
  suf3: 0,
  suf4: 0,
  suf5: 0,
  pre4: 0,
  pre6: 0,
  shape: 0,
  word: '',
  vectors: undefined,
  vectorAt: 0,
  vectorModel: undefined,
};

/** Words repeat across mail: their hashes are kept in a bounded cache, emptied when full. */
const cache = new Map<string, SpecialWord>();
const cacheLimit = 50_000;

export function specialWord(w: string): SpecialWord {
  let a = cache.get(w);
  if (!a) {
    if (cache.size >= cacheLimit) cache.clear();
    const lower = w.toLowerCase();
    a = {
      lower: strHash(lower),
      suf3: strHash(`s${lower.slice(-3)}`),
      suf4: strHash(`s${lower.slice(-4)}`),
      suf5: strHash(`s${lower.slice(-5)}`),
      pre4: strHash(`p${lower.slice(0, 4)}`),
      pre6: strHash(`p${lower.slice(0, 6)}`),
      shape: strHash(shapeOf(w)),
      word: ownCopy(w),
      vectors: undefined,
      vectorAt: 0,
      vectorModel: undefined,
    };
    cache.set(a.word, a);
  }
  return a;
}

export const SPECIAL_FEATURES_PER_TOKEN = 24 + MAX_GRAMS;

/** The nearest mark within `reach` words on one side (0 if none): "a rule hit is close by". */
export function nearMark(marks: Uint8Array | undefined, i: number, step: number, reach: number): number {
  if (!marks) return 0;
  for (let k = 1; k <= reach; k++) {
    const m = marks[i + step * k];
    if (m === undefined) return 0;
    if (m) return m;
  }
  return 0;
}

/** The word's letter-group features (id 125), at most MAX_GRAMS, hashed from the cached word. */
function letterGroupFeatures(w: SpecialWord): number[] {
  return innerGrams(w.word.toLowerCase()).map((g) => mix(125, g));
}

/** A word's own features (ids 102, 111–116 and 125): the word, its affixes, its shape and its letter groups. */
export function ownFeatures(w: SpecialWord): number[] {
  return [
    mix(102, w.lower),
    mix(111, w.suf3),
    mix(112, w.suf4),
    mix(113, w.suf5),
    mix(114, w.pre4),
    mix(115, w.pre6),
    mix(116, w.shape),
    ...letterGroupFeatures(w),
  ];
}

/** A sequence's words, with the boundary word outside it, and its marks (0 outside or without). */
export function sequenceWords(words: readonly string[], marks: Uint8Array | undefined) {
  const n = words.length;
  const at = words.map(specialWord);
  return {
    at,
    get: (i: number) => (i < 0 || i >= n ? specialBoundary : at[i]!),
    mark: (i: number) => (marks && i >= 0 && i < n ? marks[i]! : 0),
  };
}

export function specialFeatures(words: readonly string[], lang: string, marks?: Uint8Array): Uint32Array {
  const n = words.length;
  const { at, get, mark } = sequenceWords(words, marks);
  const langH = strHash(`lang:${lang}`);
  const F = SPECIAL_FEATURES_PER_TOKEN;
  const out = new Uint32Array(n * F);
  for (let i = 0; i < n; i++) {
    const p2 = get(i - 2);
    const p1 = get(i - 1);
    const c = at[i]!;
    const n1 = get(i + 1);
    const n2 = get(i + 2);
    const m = mark(i);
    const f = i * F;
    out[f + 0] = mix(101, 0);
    out[f + 1] = mix(102, c.lower);
    out[f + 2] = mix(103, p1.lower);
    out[f + 3] = mix(104, n1.lower);
    out[f + 4] = mix(105, p2.lower);
    out[f + 5] = mix(106, n2.lower);
    out[f + 6] = mix(mix(107, p1.lower), c.lower);
    out[f + 7] = mix(mix(108, c.lower), n1.lower);
    out[f + 8] = mix(mix(109, p2.lower), p1.lower);
    out[f + 9] = mix(mix(110, n1.lower), n2.lower);
    out[f + 10] = mix(111, c.suf3);
    out[f + 11] = mix(112, c.suf4);
    out[f + 12] = mix(113, c.suf5);
    out[f + 13] = mix(114, c.pre4);
    out[f + 14] = mix(115, c.pre6);
    out[f + 15] = mix(116, c.shape);
    out[f + 16] = mix(mix(117, langH), c.lower);
    out[f + 17] = mix(118, m);
    out[f + 18] = mix(mix(119, mark(i - 1)), m);
    out[f + 19] = mix(mix(120, m), mark(i + 1));
    out[f + 20] = mix(mix(121, m), c.lower);
    out[f + 21] = mix(122, nearMark(marks, i, -1, 4));
    out[f + 22] = mix(123, nearMark(marks, i, 1, 4));
    out[f + 23] = mix(mix(124, p1.suf4), c.suf4);
    const grams = letterGroupFeatures(c);
    for (let g = 0; g < MAX_GRAMS; g++) out[f + 24 + g] = grams[g] ?? NO_FEATURE;
  }
  return out;
}

/** Per word, the mark of the special-category span it overlaps (0 none, else 1 + type index). */
export function markTokens(
  tokens: readonly { start: number; end: number }[],
  spans: readonly { start: number; end: number; type: string }[],
): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const s of spans) {
    const tag = specialTags.indexOf(`I-${s.type}` as (typeof specialTags)[number]);
    if (tag <= 0) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start < s.end && t.end > s.start) out[i] = tag;
    }
  }
  return out;
}
