import { ci } from './regex-tools.js';

/**
 * Context words near a candidate: the evidence that turns an ambiguous digit run into a BSN, a
 * passport number or a date of birth. A word list compiles once into small sticky alternations
 * keyed by their words' first letters; finding the words of a text then tries, at each word
 * start, only the words that begin with its letters, which keeps a 250-word list cheap.
 */

export interface ContextWords {
  /** Non-global regex, for testing a short window. */
  regex: RegExp;
  /**
   * By the packed key of a word start: the alternation of only the words that can match there,
   * sticky. Trying a 250-word alternation at every candidate start was the anonymizer's most
   * expensive regex work; a bucket holds a handful of words. Without the leading lookbehind,
   * which the scan tests once per token instead (see wordStartAt): V8 compiles each
   * `[\p{L}\p{N}]` into ~5 KB of range checks per subject width, and the lists have ~600 buckets.
   */
  sticky: Map<number, RegExp>;
  /**
   * One byte per low bits of a key: 0 where no bucket's key has them. Most tokens of a text open
   * no bucket of a given list, and this says so for less than the map lookup.
   */
  buckets: Uint8Array;
}

const bucketBits = 0xfff;

// Words are keyed by a small hash of their first three lower-cased characters (a small integer,
// so the per-token lookup allocates nothing). Collisions only cost one extra regex test.
const keyLength = 3;
const wordCharCache = new Map<number, boolean>();
function isWordChar(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
    wordCharCache.set(code, known);
  }
  return known;
}
function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}
function packKey(text: string, start: number, length: number): number {
  const n = Math.min(length, keyLength);
  let key = n;
  for (let k = 0; k < n; k++) key = (key * 1031 + lowerCode(text.charCodeAt(start + k))) & 0x3fffffff;
  return key;
}
// Where `(?<![\p{L}\p{N}])` holds before a token (the bucket regexes leave it out). Between a
// surrogate pair's halves it is false: no context word begins with a lone low surrogate, and V8
// would begin a sticky match at the pair. After a pair, the regex itself answers.
const afterWordChar = /(?<=[\p{L}\p{N}])/uy;
function wordStartAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (before < 0xd800 || before > 0xdfff) return !isWordChar(before);
  if (before <= 0xdbff) {
    const here = text.charCodeAt(at);
    return here < 0xdc00 || here > 0xdfff;
  }
  afterWordChar.lastIndex = at;
  return !afterWordChar.test(text);
}
function wordRun(word: string): number {
  let run = 0;
  while (run < word.length && isWordChar(word.charCodeAt(run))) run++;
  return run;
}

/**
 * Compiles context words, matched case-insensitively at a word start. `*` stands for any letters
 * (German and Nordic compounds and inflections: "kundennummer*" matches "Kundennummern",
 * "licen* plate" matches "licence plate" and "license plate"). A word not ending in `*` must end
 * at a non-letter, so "pas" does not match "past". A space matches any whitespace.
 */
export function contextWords(words: readonly string[]): ContextWords {
  const literal = (w: string) =>
    w
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '\\p{L}*')
      .replace(/ /g, '\\s+');
  const wordEnd = '(?![\\p{L}\\p{N}])';
  const entries = words.map((w) => {
    const run = wordRun(w);
    const bounded = !w.endsWith('*');
    return {
      literal: literal(w),
      bounded,
      order: literal(w).length + (bounded ? wordEnd.length : 0),
      key: packKey(w, 0, run || 1),
      // "ab*" can match at a longer token ("abc…"), whose key differs: it joins every bucket.
      anyKey: run < keyLength && w[run] === '*',
    };
  });
  // Longest first, so a longer word wins over its prefix inside the alternation.
  entries.sort((a, b) => b.order - a.order);
  // Consecutive words that must end at a non-letter share one lookahead: `(?:a|b)(?!…)` tries
  // the same words in the same order as `a(?!…)|b(?!…)`, and V8 emits each \p{L} class as
  // kilobytes of range checks for two-byte text, once per place it is written.
  const alternatives = (list: typeof entries) => {
    const out: string[] = [];
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0)
        out.push(run.length === 1 ? `${run[0]}${wordEnd}` : `(?:${run.join('|')})${wordEnd}`);
      run = [];
    };
    for (const e of list) {
      if (e.bounded) run.push(e.literal);
      else {
        flush();
        out.push(e.literal);
      }
    }
    flush();
    return out.join('|');
  };
  // Letter classes instead of the `i` flag: V8 runs case-insensitive Unicode regexes several
  // times slower, and these run at every word of every message.
  const source = (list: typeof entries) => `(?:${ci(alternatives(list))})`;
  const sticky = new Map<number, RegExp>();
  for (const key of new Set(entries.map((e) => e.key))) {
    sticky.set(key, new RegExp(source(entries.filter((e) => e.key === key || e.anyKey)), 'uy'));
  }
  const buckets = new Uint8Array(bucketBits + 1);
  for (const key of sticky.keys()) buckets[key & bucketBits] = 1;
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}])${source(entries)}`, 'u'), sticky, buckets };
}

interface TokenIndex {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  keys: Int32Array;
}
// Recognizers run one after another on the same text: the token index of the last text is reused.
let memoText: string | undefined;
let memoIndex: TokenIndex = {
  count: 0,
  starts: new Int32Array(0),
  ends: new Int32Array(0),
  keys: new Int32Array(0),
};

/** Word tokens (letters and digits) and single punctuation characters, with their keys. */
export function tokenIndex(text: string): TokenIndex {
  if (text === memoText) return memoIndex;
  const n = text.length;
  const index: TokenIndex = {
    count: 0,
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    keys: new Int32Array(n),
  };
  // A plain loop over char codes: a Unicode-property regex costs ~1 µs per token here.
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160) {
      i++;
      continue;
    }
    let end = i + 1;
    if (isWordChar(code)) while (end < n && isWordChar(text.charCodeAt(end))) end++;
    else if (code >= 128 && /\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const t = index.count++;
    index.starts[t] = i;
    index.ends[t] = end;
    index.keys[t] = packKey(text, i, end - i);
    i = end;
  }
  memoText = text;
  memoIndex = index;
  return index;
}

// Several recognizers look for the same words in the same text (a code right after the label, and
// later in its sentence): the context found in the last text is kept per word list. Read-only.
let foundText: string | undefined;
const foundMemo = new Map<ContextWords, ReadonlyArray<readonly [number, number]>>();

/** Every context word in `text`, as [start, end) pairs, in order. */
export function findContext(text: string, words: ContextWords): ReadonlyArray<readonly [number, number]> {
  if (text !== foundText) {
    foundText = text;
    foundMemo.clear();
  }
  let found = foundMemo.get(words);
  if (!found) {
    found = scanContext(text, words);
    foundMemo.set(words, found);
  }
  return found;
}

function scanContext(text: string, words: ContextWords): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const { count, starts, keys } = tokenIndex(text);
  let after = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    // Continue after a phrase: "customer number" is one context, not also "number".
    if (start < after || words.buckets[keys[i]! & bucketBits] === 0) continue;
    const sticky = words.sticky.get(keys[i]!);
    if (!sticky || !wordStartAt(text, start)) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    after = start + m[0].length;
    found.push([start, after]);
  }
  return found;
}

/** True when a context word occurs in the `before` characters before `start` or the `after` characters after `end`. */
export function hasContext(
  text: string,
  start: number,
  end: number,
  words: ContextWords,
  before = 48,
  after = 0,
): boolean {
  if (words.regex.test(text.slice(Math.max(0, start - before), start))) return true;
  return after > 0 && words.regex.test(text.slice(end, end + after));
}

/** Every occurrence of `needle` in `text` as [start, end) pairs, not inside a longer letter/digit run. */
export function occurrences(text: string, needle: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (!needle) return found;
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
    const end = i + needle.length;
    if (!isWordChar(text[i - 1]) && !isWordChar(text[end])) found.push([i, end]);
  }
  return found;
}

// Punctuation and short function words that may stand between a context word and its value:
// "Kundennummer: 123", "passport no. X123", "numéro de client est le 42", "DOB is 1 May 1980".
const fillerWords = [
  'no',
  'nr',
  'n°',
  'nº',
  'n',
  'nro',
  'n:o',
  'numerem',
  'num',
  'núm',
  'number',
  'nummer',
  'numéro',
  'numero',
  'número',
  'numer',
  'numbers',
  'is',
  'was',
  'ist',
  'lautet',
  'war',
  'est',
  'es',
  'era',
  'är',
  'var',
  'er',
  'on',
  'è',
  'to',
  'jest',
  'of',
  'am',
  'le',
  'la',
  'el',
  'de',
  'del',
  'den',
  'op',
  'il',
  'the',
  'my',
  'your',
  'our',
  'mein',
  'meine',
  'ihre',
  'ihr',
  'unsere',
  'mon',
  'ma',
  'votre',
  'notre',
  'mijn',
  'uw',
  'mi',
  'su',
  'min',
  'mitt',
  'din',
  'ditt',
  'mio',
  'suo',
  'tuo',
  'sinun',
  'minun',
  'mój',
  'twój',
  'nummeret',
  'numret',
  'numero',
  'numerot',
  'ref',
  'has',
  'have',
  'hat',
  'heeft',
  'har',
  'tiene',
  'ha',
  'sein',
  'seine',
  'his',
  'her',
  'hans',
  'hennes',
  'sa',
  'son',
  'zijn',
  'haar',
  // the other possessives ("carta d'identità mia CA72519KD", "mis datos", "ses", "moja")
  'mia',
  'sua',
  'tua',
  'nostra',
  'nostro',
  'mis',
  'sus',
  'nuestro',
  'nuestra',
  'mes',
  'ses',
  'meinen',
  'meines',
  'seinen',
  'ihren',
  'mina',
  'sina',
  'sin',
  'sitt',
  'mine',
  'sine',
  'moja',
  'mojego',
  'mojej',
  'jego',
  'jej',
];
const filler = new RegExp(
  `(?:[\\s:#=(\\-–—"'„“”«».]|(?:${fillerWords.join('|')})(?![\\p{L}\\p{N}]))*`,
  'iuy',
);

/**
 * For every context word found, the value matched by the sticky `valueRe` right after
 * it, skipping only punctuation and short function words (at most `maxGap` characters).
 * Context phrases matching `skip` are found (so their words are not taken alone) but ignored. The filler
 * regex runs alone and never needs to backtrack, so the cost is linear in the matches.
 */
export function valuesAfter(
  text: string,
  words: ContextWords,
  valueRe: RegExp,
  maxGap = 32,
  skip?: RegExp,
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [ctxStart, ctxEnd] of findContext(text, words)) {
    // A context phrase that names something else ("phone number") introduces no value here.
    if (skip?.test(text.slice(ctxStart, ctxEnd))) continue;
    filler.lastIndex = ctxEnd;
    filler.exec(text);
    const from = filler.lastIndex;
    if (from - ctxEnd > maxGap) continue;
    valueRe.lastIndex = from;
    const v = valueRe.exec(text);
    if (v) spans.push([v.index, v.index + v[0].length]);
  }
  return spans;
}

/**
 * Values after a context word and something that must stand between them: "nata a Bari il
 * 05/09/1962" (a birthplace), "paspoort Jeroen: NW3K8R1P7" (the holder). `bridge` and `valueRe`
 * are sticky regexes.
 */
export function valuesAcross(
  text: string,
  words: ContextWords,
  bridge: RegExp,
  valueRe: RegExp,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [, end] of findContext(text, words)) {
    bridge.lastIndex = end;
    if (!bridge.test(text)) continue;
    valueRe.lastIndex = bridge.lastIndex;
    const v = valueRe.exec(text);
    if (v) out.push([v.index, v.index + v[0].length]);
  }
  return out;
}
