import { firstCharTest } from './regex-first-chars.js';

/**
 * Small regex builders shared by the recognizers of names, places, dates and special categories.
 *
 * Why not the `i` flag: with `iu`, `\p{Lu}` also matches lower-case letters, which would break
 * the "a name starts with a capital" checks. So cue words are made case-insensitive letter by
 * letter instead, and the rest of the pattern keeps its case.
 */

/** Makes the letters of a regex source case-insensitive, leaving escapes like `\p{L}` or `\t` alone. */
export function ci(source: string): string {
  let out = '';
  let inEscape = false;
  let inProperty = false;
  let inClass = false;
  for (const ch of source) {
    if (inEscape) {
      out += ch;
      inEscape = false;
      if (ch === 'p' || ch === 'P') inProperty = true;
      continue;
    }
    if (inProperty) {
      out += ch;
      if (ch === '}') inProperty = false;
      continue;
    }
    if (ch === '\\') {
      out += ch;
      inEscape = true;
      continue;
    }
    if (ch === '[') inClass = true;
    if (ch === ']') inClass = false;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper || lower.length !== 1 || upper.length !== 1) out += ch;
    // Inside a class both cases join the class; outside, the letter becomes a class of its own.
    else out += inClass ? `${lower}${upper}` : `[${lower}${upper}]`;
  }
  return out;
}

/** Escapes a literal for use inside a regex. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** One alternation of sources, longest first so the regex engine prefers the longest cue. */
export function alternation(sources: readonly string[], caseInsensitive = true): string {
  const unique = [...new Set(sources)].sort((a, b) => b.length - a.length);
  return `(?:${unique.map((s) => (caseInsensitive ? ci(s) : s).replace(/ /gu, '[ \\t]+')).join('|')})`;
}

/** Unicode-aware word boundaries (`\b` only knows ASCII). */
export const wordStart = '(?<![\\p{L}\\p{N}_])';
export const wordEnd = '(?![\\p{L}\\p{N}_])';

const wordCodeCache = new Map<number, boolean>();
function isWordCode(code: number): boolean {
  if (code < 128)
    return (
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
    );
  let known = wordCodeCache.get(code);
  if (known === undefined) {
    known = /[\p{L}\p{N}_]/u.test(String.fromCodePoint(code));
    wordCodeCache.set(code, known);
  }
  return known;
}

// The recognizers scan the same text one after another: the word starts of the last text are kept.
let startsText: string | undefined;
let startsOfText = new Int32Array(0);
let startsCount = 0;

/**
 * Where `wordStart` holds: the text's start and every position after a code point that is not a
 * word character. With the `i` flag the lookbehind's class also takes in the case twins of its
 * letters (U+0345 folds to "ι"), so these are a superset of where it holds for an `iu` regex.
 */
export function wordStarts(text: string): Int32Array {
  if (text === startsText) return startsOfText.subarray(0, startsCount);
  const n = text.length;
  const out = new Int32Array(n + 1);
  let count = 0;
  let prevWord = false;
  for (let i = 0; i <= n; i++) {
    if (!prevWord) out[count++] = i;
    if (i === n) break;
    const code = text.charCodeAt(i);
    // A pair of surrogates is one code point for what follows it, but V8 also tries a match
    // between its halves, where the lookbehind sees a lone high surrogate (no word character).
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out[count++] = i + 1;
        prevWord = isWordCode(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    prevWord = isWordCode(code);
  }
  startsText = text;
  startsOfText = out;
  startsCount = count;
  return out.subarray(0, count);
}

interface StickyTwin {
  sticky: RegExp;
  /** False where no match can begin (see regex-first-chars.ts); absent when any position may. */
  canStart: ((text: string, at: number) => boolean) | undefined;
}

const stickyTwins = new WeakMap<RegExp, StickyTwin>();

/** The sticky twin of a global unicode regex whose source begins with `prefix`. */
function stickyTwin(re: RegExp, prefix: string, caller: string): StickyTwin {
  let twin = stickyTwins.get(re);
  if (!twin) {
    if (!re.global || !re.unicode || !re.source.startsWith(prefix))
      throw new Error(`${caller} needs a global unicode regex that begins with ${prefix}`);
    twin = { sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`), canStart: firstCharTest(re) };
    stickyTwins.set(re, twin);
  }
  return twin;
}

/**
 * The matches of `sticky` tried at `starts` (ascending), or at every position from `from` when no
 * starts are given, as a global scan would give them.
 */
function matchesAt(
  { sticky, canStart }: StickyTwin,
  text: string,
  starts: ArrayLike<number> | undefined,
  from = 0,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = from;
  const n = starts ? starts.length : text.length;
  for (let i = starts ? 0 : from; i < n; i++) {
    const at = starts ? starts[i]! : i;
    if (at < after) continue;
    if (canStart && !canStart(text, at)) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    // After an empty match the search goes on at the next code point, as matchAll's does.
    after = m[0].length > 0 ? at + m[0].length : at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  }
  return out;
}

/**
 * The matches of a global regex that begins with `wordStart`, as `text.matchAll(re)` gives them,
 * found by trying the regex (sticky) only where a word may start. A global scan tries its long
 * cue alternations at every character; this tries them at about one position in five, and the
 * positions are found once per text for every such regex.
 */
export function wordStartMatches(re: RegExp, text: string): RegExpExecArray[] {
  return matchesAt(stickyTwin(re, wordStart, 'wordStartMatches'), text, wordStarts(text));
}

/**
 * The matches of a global unicode regex, as `text.matchAll(re)` gives them, tried (sticky) only at
 * the characters a match can begin with (see regex-first-chars.ts). For a regex that begins with a
 * lookbehind the engine's own scan evaluates it at every character; a table lookup per character
 * is cheaper when few characters can begin a match. Regexes whose first characters are not read
 * are scanned by matchAll.
 */
export function firstCharMatches(re: RegExp, text: string): RegExpExecArray[] {
  const twin = stickyTwin(re, '', 'firstCharMatches');
  if (!twin.canStart) return [...text.matchAll(re)];
  // matchAll starts where the regex's lastIndex stands (0 unless it was used with exec or test).
  return matchesAt(twin, text, undefined, re.lastIndex);
}

/** Where `(?:^|\n)` may hold: the text's start and every line break. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n', 1); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

export const lineStart = '(?:^|\\n)';

/**
 * The matches of a global regex that begins with `lineStart`, as `text.matchAll(re)` gives them:
 * such a regex can only match at the text's start or at a line break, but a global scan tries its
 * greeting or sign-off alternation at every character first. Tried there alone, sticky.
 */
export function lineStartMatches(re: RegExp, text: string): RegExpExecArray[] {
  return matchesAt(stickyTwin(re, lineStart, 'lineStartMatches'), text, lineStarts(text));
}

// A character of an `iu` regex matches the text's character when both have the same simple case
// folding. JavaScript has no function for that folding, so outside ASCII the engine itself answers
// once per pair of code points.
const foldPairs = new Map<number, boolean>();
const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
function sameIgnoringCase(code: number, literal: number): boolean {
  if (code === literal) return true;
  if (code < 128 && literal < 128) return lowerAscii(code) === lowerAscii(literal);
  const key = code * 0x110000 + literal;
  let same = foldPairs.get(key);
  if (same === undefined) {
    same = new RegExp(`^\\u{${literal.toString(16)}}$`, 'iu').test(String.fromCodePoint(code));
    if (foldPairs.size >= 50_000) foldPairs.clear();
    foldPairs.set(key, same);
  }
  return same;
}

const spacesAt = /\s+/uy;
const wordStartIgnoringCase = new RegExp(wordStart, 'iuy');

/**
 * Literals (none empty) matched where they start, exactly as the regex `(?:lit1|lit2|…)` with the flags `iuy`
 * and every space of a literal written `\s+` would match them (alternatives in the given order;
 * `tail`, a sticky regex with the flags `iuy`, is tried after each, as the rest of that regex).
 * Used where the literals change with every message: building and compiling such a regex per
 * message cost more than the scan, and V8 drops compiled regexes at every garbage collection.
 */
export function caseInsensitiveLiterals(literals: readonly string[], tail: RegExp) {
  if (!tail.sticky || !tail.ignoreCase || !tail.unicode) throw new Error('the tail needs the flags iuy');
  if (literals.includes('')) throw new Error('an empty literal matches everywhere');
  const codes = literals.map((l) => Array.from(l, (ch) => (ch === ' ' ? -1 : ch.codePointAt(0)!)));
  const literalEnd = (text: string, at: number, literal: readonly number[]): number => {
    let i = at;
    for (const code of literal) {
      if (code === -1) {
        spacesAt.lastIndex = i;
        if (!spacesAt.test(text)) return -1;
        i = spacesAt.lastIndex;
        continue;
      }
      const found = text.codePointAt(i);
      if (found === undefined || !sameIgnoringCase(found, code)) return -1;
      i += found > 0xffff ? 2 : 1;
    }
    return i;
  };
  // The literals that may start with each code point met, in their order.
  const byFirst = new Map<number, number[][]>();
  const startingWith = (code: number) => {
    let found = byFirst.get(code);
    if (!found) {
      found = codes.filter((literal) => literal[0] === -1 || sameIgnoringCase(code, literal[0]!));
      byFirst.set(code, found);
    }
    return found;
  };
  return {
    /** Where the first literal that matches at `at` (with its tail) ends, or -1. */
    endAt(text: string, at: number): number {
      const first = text.codePointAt(at);
      if (first === undefined) return -1;
      for (const literal of startingWith(first)) {
        const end = literalEnd(text, at, literal);
        if (end < 0) continue;
        tail.lastIndex = end;
        if (tail.test(text)) return tail.lastIndex;
      }
      return -1;
    },
  };
}

/** Whether `wordStart` holds at `at` in a regex with the `i` flag (see `wordStarts`). */
export function isWordStartIgnoringCase(text: string, at: number): boolean {
  wordStartIgnoringCase.lastIndex = at;
  return wordStartIgnoringCase.test(text);
}
