import type { Lang } from '../anonymize.types.js';

/**
 * Text normalisation shared by the lexicon build and the matcher, so a term written at build time
 * and a word read at run time meet in the same form.
 *
 * Accents are folded only where that is safe: in fr/es/it/nl/en/pl an accent rarely separates two
 * words and customers often type without them ("diabete", "ciaza"). In de/sv/da/no/fi the letters
 * ä ö å ø are letters of their own ("schwül" humid vs "schwul" gay), so they stay. Spanish ñ stays
 * ("año" is not "ano").
 */

export type Fold = 'fold' | 'keep';

const foldingLangs: ReadonlySet<string> = new Set(['en', 'fr', 'es', 'it', 'nl', 'pl', 'intl']);

export function foldOf(lang: Lang | 'intl'): Fold {
  return foldingLangs.has(lang) ? 'fold' : 'keep';
}

const nonAscii = /[^ -~]/u;
const marks = /\p{M}+/gu;

export function normalizeWord(word: string, fold: Fold): string {
  const low = word.toLowerCase();
  if (fold === 'keep' || !nonAscii.test(low)) return low;
  // ñ is protected by splitting on it: NFD would turn it into n + tilde.
  return low
    .split('ñ')
    .map((part) => part.normalize('NFD').replace(marks, ''))
    .join('ñ')
    .replace(/ł/gu, 'l')
    .replace(/ß/gu, 'ss')
    .replace(/[æœ]/gu, (c) => (c === 'æ' ? 'ae' : 'oe'));
}

/** A word of running text: letters (with their combining marks) and digits. */
export const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/**
 * Whether two neighbouring words may belong to one term: spaces, one line break, a hyphen, dash,
 * slash or ampersand between spaces ("burn-out", "SAK/JHL"), or a glued dot or apostrophe
 * ("ver.di"). A sentence end (". ") or a comma splits terms. Written as a loop: it runs per word.
 */
export function gapJoins(text: string, from: number, to: number): boolean {
  if (to - from > 6) return false;
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    if (c === 46 || c === 39 || c === 0x2019) return true; // . ' ’
  }
  let newlines = 0;
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 13) continue;
    if (c === 10) newlines++;
    else if (c === 45 || c === 0x2013 || c === 47 || c === 38) marks++;
    else return false;
  }
  return newlines + marks <= 1;
}

/**
 * A word to keep for long (in a lexicon's trie, as a word cache's key). A word of 13 characters or
 * more cut from a text is, in V8, a view into that text (a decompressed lexicon file, a whole
 * e-mail) and would keep all of it alive: the copy holds the word alone.
 */
export function ownCopy(word: string): string {
  return word.length < 13 ? word : (JSON.parse(JSON.stringify(word)) as string);
}

export interface TextWord {
  start: number;
  end: number;
  raw: string;
  lower: string;
  /** Whether the gap to the next word lets a term continue over it. */
  joinsNext: boolean;
}

// The special categories and the public bodies read the words of the same text one after the
// other: the words of the last text are kept (read-only; the matchers copy what they extend).
let wordsText: string | undefined;
let wordsOfText: readonly TextWord[] = [];

/** The words of a text, once per message, shared by every lexicon scanned. */
export function textWords(text: string): readonly TextWord[] {
  if (text === wordsText) return wordsOfText;
  const out: TextWord[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const prev = out[out.length - 1];
    if (prev) prev.joinsNext = gapJoins(text, prev.end, m.index);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
      lower: m[0].toLowerCase(),
      joinsNext: false,
    });
  }
  wordsText = text;
  wordsOfText = out;
  return out;
}
