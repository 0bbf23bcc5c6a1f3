/**
 * Features of the trained NER tagger, hashed. Each token's attributes (lower-cased word, shape,
 * affixes, gazetteer membership) are hashed once; a feature is a template id mixed with one or two
 * of those hashes, so no feature string is ever built. Training and inference share this file:
 * the model is only valid with the feature version it was trained with (FEATURE_VERSION).
 */

export const FEATURE_VERSION = 1;

/** Word lists the features consult. Training and inference must pass the same ones. */
export interface Gazetteer {
  given(lower: string): boolean;
  surname(lower: string): boolean;
  place(lower: string): boolean;
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

interface Attributes {
  lower: number;
  shape: number;
  suf2: number;
  suf3: number;
  suf4: number;
  pre3: number;
  flags: number;
  len: number;
}

const BOUNDARY: Attributes = {
  lower: strHash('<s>'),
  shape: strHash('<s>'),
  suf2: 0,
  suf3: 0,
  suf4: 0,
  pre3: 0,
  flags: 0,
  len: 0,
};

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
  return {
    lower: strHash(lower),
    shape: strHash(shapeOf(word)),
    suf2: strHash(`s${lower.slice(-2)}`),
    suf3: strHash(`s${lower.slice(-3)}`),
    suf4: strHash(`s${lower.slice(-4)}`),
    pre3: strHash(`p${lower.slice(0, 3)}`),
    flags,
    len: Math.min(word.length, 12),
  };
}

/**
 * Words repeat (articles, greetings, the customer's own name): their attributes are kept per
 * gazetteer in a bounded cache, emptied when full, which halves the tagger's time on mail.
 */
const caches = new WeakMap<Gazetteer, Map<string, Attributes>>();
const cacheLimit = 50_000;

function attributes(word: string, gaz: Gazetteer): Attributes {
  let cache = caches.get(gaz);
  if (!cache) {
    cache = new Map();
    caches.set(gaz, cache);
  }
  let a = cache.get(word);
  if (!a) {
    if (cache.size >= cacheLimit) cache.clear();
    a = computeAttributes(word, gaz);
    cache.set(word, a);
  }
  return a;
}

/** Feature hashes per token of one sequence. */
export const FEATURES_PER_TOKEN = 30;

/**
 * The hashed features of every token of a sequence, FEATURES_PER_TOKEN per token, in one array.
 * `lang` conditions a few features: capitalisation means less in German, where nouns have it.
 */
export function sequenceFeatures(words: readonly string[], lang: string, gaz: Gazetteer): Uint32Array {
  const n = words.length;
  const at = words.map((w) => attributes(w, gaz));
  const get = (i: number) => (i < 0 || i >= n ? BOUNDARY : at[i]!);
  const langH = strHash(`lang:${lang}`);
  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  for (let i = 0; i < n; i++) {
    const p2 = get(i - 2);
    const p1 = get(i - 1);
    const c = at[i]!;
    const n1 = get(i + 1);
    const n2 = get(i + 2);
    const first = i === 0 ? 1 : 0;
    const gazBits = c.flags & (Flag.Given | Flag.Surname | Flag.Place);
    const capBits = c.flags & (Flag.Cap | Flag.AllCaps | Flag.Digit | Flag.Punct);
    const f = i * FEATURES_PER_TOKEN;
    out[f + 0] = mix(1, 0);
    out[f + 1] = mix(2, c.lower);
    out[f + 2] = mix(3, p1.lower);
    out[f + 3] = mix(4, n1.lower);
    out[f + 4] = mix(5, p2.lower);
    out[f + 5] = mix(6, n2.lower);
    out[f + 6] = mix(7, c.shape);
    out[f + 7] = mix(8, p1.shape);
    out[f + 8] = mix(9, n1.shape);
    out[f + 9] = mix(mix(10, p1.shape), c.shape);
    out[f + 10] = mix(mix(11, c.shape), n1.shape);
    out[f + 11] = mix(12, c.suf2);
    out[f + 12] = mix(13, c.suf3);
    out[f + 13] = mix(14, c.suf4);
    out[f + 14] = mix(15, c.pre3);
    out[f + 15] = mix(mix(16, p1.lower), c.lower);
    out[f + 16] = mix(mix(17, c.lower), n1.lower);
    out[f + 17] = mix(mix(18, first), c.shape);
    out[f + 18] = mix(mix(19, gazBits), capBits);
    out[f + 19] = mix(mix(20, p1.flags & 56), capBits);
    out[f + 20] = mix(mix(21, n1.flags & 56), capBits);
    out[f + 21] = mix(mix(22, p1.lower), c.shape);
    out[f + 22] = mix(mix(23, c.shape), n1.lower);
    out[f + 23] = mix(mix(24, c.len), c.shape);
    out[f + 24] = mix(mix(25, first), c.lower);
    out[f + 25] = mix(mix(26, langH), c.shape);
    out[f + 26] = mix(mix(mix(27, langH), first), capBits);
    out[f + 27] = mix(mix(28, p1.suf3), c.shape);
    out[f + 28] = mix(mix(29, c.shape), n1.suf3);
    out[f + 29] = mix(mix(mix(30, p2.lower), p1.lower), capBits);
  }
  return out;
}
