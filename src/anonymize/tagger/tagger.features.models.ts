/**
 * Features of the trained NER tagger, hashed. Each token's attributes (lower-cased word, shape,
 * affixes, gazetteer membership, word cluster and capitalisation prior) are hashed once; a feature
 * is a template id mixed with one or two of those hashes, so no feature string is ever built.
 * Training and inference share this file: the model is only valid with the feature version it
 * was trained with (FEATURE_VERSION).
 */
import { ownCopy } from '../lexicon/lexicon.text.js';
import { decodeWordClass } from './tagger.clusters.models.js';
import type { WordClassLookup } from './tagger.word-classes.js';

/** 2: word clusters and the capitalisation prior (tagger.clusters.models.ts). */
export const FEATURE_VERSION = 2;

/** Word lists the features consult. Training and inference must pass the same ones. */
export interface Gazetteer {
  given(lower: string): boolean;
  surname(lower: string): boolean;
  place(lower: string): boolean;
  /**
   * The word's class code (cluster and capitalisation prior, see tagger.clusters.models.ts),
   * 0 for a word the model's training text did not have; the model carries the table.
   */
  wordClass?(lower: string): number;
}

export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0x5bd1e995);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** "Müller" → "Xx", "GmbH" → "XxX", "AB-12" → "X-d", "." → "." (runs of one class collapse). */
export function shapeOf(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (!out.endsWith(c)) out += c;
    // Only the first six classes count: read on, a long token ("A1A1…") grew a string compared
    // at its end for every character, time growing with the square of its length.
    if (out.length > 6) break;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

enum Flag {
  Cap = 1,
  AllCaps = 2,
  Digit = 4,
  Given = 8,
  Surname = 16,
  Place = 32,
  Punct = 64,
}

export interface Attributes {
  lower: number;
  shape: number;
  suf2: number;
  suf3: number;
  suf4: number;
  pre3: number;
  flags: number;
  len: number;
  /** Word cluster, coarse (1…COARSE) and fine, and capitalisation prior (0 unknown, 1…4). */
  coarse: number;
  fine: number;
  cap: number;
  /**
   * The word's weights summed per role for one model (see tagger.emissions.models.ts): at
   * `vectorAt` in `vectors`, an array shared by many words.
   */
  vectors?: Float32Array;
  vectorAt: number;
  vectorModel?: object;
}

const capMask = Flag.Cap | Flag.AllCaps | Flag.Digit | Flag.Punct;
const gazMask = Flag.Given | Flag.Surname | Flag.Place;

/**
 * Where a word's own features sit in `unigrams`: the token itself (bias included), then the word
 * as the token's previous, next, second previous and second next word.
 */
export const ROLE_OFFSETS = [0, 12, 15, 18, 20, 22] as const;

/**
 * The features that read this word alone, by its place relative to the token. Computed when
 * asked, not kept per cached word: inference needs them once per word and model.
 */
export function unigramsOf(a: Attributes): Uint32Array {
  return Uint32Array.of(
    mix(1, 0),
    mix(2, a.lower),
    mix(7, a.shape),
    mix(12, a.suf2),
    mix(13, a.suf3),
    mix(14, a.suf4),
    mix(15, a.pre3),
    mix(mix(19, a.flags & gazMask), a.flags & capMask),
    mix(mix(24, a.len), a.shape),
    mix(31, a.fine),
    mix(32, a.coarse),
    mix(mix(33, a.cap), a.flags & capMask),
    // as the previous word
    mix(3, a.lower),
    mix(8, a.shape),
    mix(34, a.fine),
    // as the next word
    mix(4, a.lower),
    mix(9, a.shape),
    mix(35, a.fine),
    // two before, two after
    mix(5, a.lower),
    mix(36, a.coarse),
    mix(6, a.lower),
    mix(37, a.coarse),
  );
}

/**
 * Written out field by field: V8 gave every object built by spreading `a` a hidden class of its
 * own (15,000 of them, 5 MB of descriptors, after one pass over the benchmark's mail); a literal
 * gives them all one.
 */
function withoutVector(a: Omit<Attributes, 'vectors' | 'vectorAt' | 'vectorModel'>): Attributes {
  return {
    lower: a.lower,
    shape: a.shape,
    suf2: a.suf2,
    suf3: a.suf3,
    suf4: a.suf4,
    pre3: a.pre3,
    flags: a.flags,
    len: a.len,
    coarse: a.coarse,
    fine: a.fine,
    cap: a.cap,
    vectors: undefined,
    vectorAt: 0,
    vectorModel: undefined,
  };
}

const BOUNDARY: Attributes = withoutVector({
  lower: strHash('<s>'),
  shape: strHash('<s>'),
  suf2: 0,
  suf3: 0,
  suf4: 0,
  pre3: 0,
  flags: 0,
  len: 0,
  // Apart from every cluster and from "unknown word" (0).
  coarse: 0xffff,
  fine: 0xffff,
  cap: 7,
});

function computeAttributes(word: string, gaz: Gazetteer): Attributes {
  const lower = word.toLowerCase();
  const letters = /\p{L}/u.test(word);
  let flags = 0;
  if (/^\p{Lu}/u.test(word)) flags |= Flag.Cap;
  if (letters && word === word.toUpperCase() && word.length > 1) flags |= Flag.AllCaps;
  if (/\p{N}/u.test(word)) flags |= Flag.Digit;
  if (!letters && !/\p{N}/u.test(word)) flags |= Flag.Punct;
  if (letters) {
    if (gaz.given(lower)) flags |= Flag.Given;
    if (gaz.surname(lower)) flags |= Flag.Surname;
    if (gaz.place(lower)) flags |= Flag.Place;
  }
  const wc = decodeWordClass(gaz.wordClass?.(lower) ?? 0);
  return withoutVector({
    lower: strHash(lower),
    shape: strHash(shapeOf(word)),
    suf2: strHash(`s${lower.slice(-2)}`),
    suf3: strHash(`s${lower.slice(-3)}`),
    suf4: strHash(`s${lower.slice(-4)}`),
    pre3: strHash(`p${lower.slice(0, 3)}`),
    flags,
    len: Math.min(word.length, 12),
    coarse: wc.coarse,
    fine: wc.fine,
    cap: wc.cap,
  });
}

const withClasses = new WeakMap<WordClassLookup, WeakMap<Gazetteer, Gazetteer>>();

/**
 * The gazetteer with a model's word classes: one object per model and gazetteer, so the
 * attribute cache below (kept per gazetteer) serves every text the model tags.
 */
export function withWordClasses(gaz: Gazetteer, classes: WordClassLookup | undefined): Gazetteer {
  if (!classes) return gaz;
  let byGaz = withClasses.get(classes);
  if (!byGaz) {
    byGaz = new WeakMap();
    withClasses.set(classes, byGaz);
  }
  let out = byGaz.get(gaz);
  if (!out) {
    out = { ...gaz, wordClass: (lower) => classes.get(lower) ?? 0 };
    byGaz.set(gaz, out);
  }
  return out;
}

/**
 * Words repeat (articles, greetings, the customer's own name): their attributes are kept per
 * gazetteer in a bounded cache, emptied when full, which halves the tagger's time on mail.
 */
const caches = new WeakMap<Gazetteer, Map<string, Attributes>>();
const cacheLimit = 50_000;

export function attributes(word: string, gaz: Gazetteer): Attributes {
  let cache = caches.get(gaz);
  if (!cache) {
    cache = new Map();
    caches.set(gaz, cache);
  }
  let a = cache.get(word);
  if (!a) {
    if (cache.size >= cacheLimit) cache.clear();
    a = computeAttributes(word, gaz);
    cache.set(ownCopy(word), a);
  }
  return a;
}

/** The features of a token that read two words, its position or the language (18 of them). */
export const PAIR_FEATURES = 18;

/** The token's word around it: p2, p1, c, n1, n2. */
export function neighbours(
  at: readonly Attributes[],
  i: number,
  out: Attributes[] = new Array(5),
): Attributes[] {
  // Called per token: no closure, and the caller may pass the array to fill.
  for (let k = 0; k < 5; k++) {
    const j = i + k - 2;
    out[k] = j < 0 || j >= at.length ? BOUNDARY : at[j]!;
  }
  return out;
}

/** Writes the token's pair features into out[f .. f + PAIR_FEATURES). */
export function pairFeatures(
  [p2, p1, c, n1]: readonly Attributes[],
  first: number,
  langH: number,
  out: Uint32Array,
  f: number,
): void {
  const capBits = c!.flags & capMask;
  out[f + 0] = mix(mix(10, p1!.shape), c!.shape);
  out[f + 1] = mix(mix(11, c!.shape), n1!.shape);
  out[f + 2] = mix(mix(16, p1!.lower), c!.lower);
  out[f + 3] = mix(mix(17, c!.lower), n1!.lower);
  out[f + 4] = mix(mix(18, first), c!.shape);
  out[f + 5] = mix(mix(20, p1!.flags & 56), capBits);
  out[f + 6] = mix(mix(21, n1!.flags & 56), capBits);
  out[f + 7] = mix(mix(22, p1!.lower), c!.shape);
  out[f + 8] = mix(mix(23, c!.shape), n1!.lower);
  out[f + 9] = mix(mix(25, first), c!.lower);
  out[f + 10] = mix(mix(26, langH), c!.shape);
  out[f + 11] = mix(mix(mix(27, langH), first), capBits);
  out[f + 12] = mix(mix(28, p1!.suf3), c!.shape);
  out[f + 13] = mix(mix(29, c!.shape), n1!.suf3);
  out[f + 14] = mix(mix(mix(30, p2!.lower), p1!.lower), capBits);
  // A capital at a sentence's start or in an all-caps line, read against how often the word has one elsewhere.
  out[f + 15] = mix(mix(mix(38, first), c!.cap), capBits);
  out[f + 16] = mix(mix(39, p1!.coarse), c!.shape);
  out[f + 17] = mix(mix(40, c!.shape), n1!.coarse);
}

/** Feature hashes per token of one sequence. */
export const FEATURES_PER_TOKEN = ROLE_OFFSETS[5] + PAIR_FEATURES;

/**
 * The hashed features of every token of a sequence, FEATURES_PER_TOKEN per token, in one array:
 * each word's own features by its place (the token, its neighbours), then the pair features.
 * `lang` conditions a few features: capitalisation means less in German, where nouns have it.
 */
export function sequenceFeatures(words: readonly string[], lang: string, gaz: Gazetteer): Uint32Array {
  const n = words.length;
  const at = words.map((w) => attributes(w, gaz));
  const unigrams = new Map<Attributes, Uint32Array>();
  const unigramsOfWord = (a: Attributes) => {
    let u = unigrams.get(a);
    if (!u) {
      u = unigramsOf(a);
      unigrams.set(a, u);
    }
    return u;
  };
  const langH = strHash(`lang:${lang}`);
  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  for (let i = 0; i < n; i++) {
    const around = neighbours(at, i);
    const f = i * FEATURES_PER_TOKEN;
    // own (c), as previous (p1), as next (n1), as second previous (p2), as second next (n2)
    const [p2, p1, c, n1, n2] = around;
    [c, p1, n1, p2, n2].forEach((a, r) => {
      out.set(unigramsOfWord(a!).subarray(ROLE_OFFSETS[r], ROLE_OFFSETS[r + 1]), f + ROLE_OFFSETS[r]!);
    });
    pairFeatures(around, i === 0 ? 1 : 0, langH, out, f + ROLE_OFFSETS[5]);
  }
  return out;
}
