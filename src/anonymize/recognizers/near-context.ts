/**
 * Context words near a candidate: the evidence that turns an ambiguous digit run into a BSN, a
 * passport number or a date of birth. Word lists are compiled once per recognizer into one
 * alternation; a lookup scans only a short window of the text, so cost does not grow with length.
 */

/**
 * Compiles context words into one case-insensitive regex. A word ending in `*` also matches
 * longer words that start with it (German and Nordic compounds and inflections: "Steuer-ID*"
 * matches "Steuer-IDs", "personnummer*" matches "personnumret" only if written "personnum*").
 * Other words must end at a non-letter, so "pas" does not match "past".
 */
export function contextWords(words: readonly string[], flags = 'iu'): RegExp {
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const parts = words.map((w) =>
    w.endsWith('*') ? `${literal(w.slice(0, -1))}\\p{L}*` : `${literal(w)}(?![\\p{L}\\p{N}])`,
  );
  // Longest first, so a longer word wins over its prefix inside the alternation.
  parts.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, flags);
}

/** True when `re` matches in the `before` characters before `start` or the `after` characters after `end`. */
export function hasContext(
  text: string,
  start: number,
  end: number,
  re: RegExp,
  before = 48,
  after = 0,
): boolean {
  if (re.test(text.slice(Math.max(0, start - before), start))) return true;
  return after > 0 && re.test(text.slice(end, end + after));
}

/** Lower-cases and collapses whitespace: the form used to compare a code found in two messages. */
export function normalizeCode(value: string): string {
  return value.toLowerCase().replace(/\s+/g, ' ').trim();
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
];
const filler = new RegExp(
  `(?:[\\s:#=(\\-–—"'„“”«».]|(?:${fillerWords.join('|')})(?![\\p{L}\\p{N}]))*`,
  'iuy',
);

/**
 * For every match of the global `contextRe`, the value matched by the sticky `valueRe` right after
 * it, skipping only punctuation and short function words (at most `maxGap` characters). The filler
 * regex runs alone and never needs to backtrack, so the cost is linear in the matches.
 */
export function valuesAfter(
  text: string,
  contextRe: RegExp,
  valueRe: RegExp,
  maxGap = 32,
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  contextRe.lastIndex = 0;
  for (let c = contextRe.exec(text); c; c = contextRe.exec(text)) {
    const ctxEnd = c.index + c[0].length;
    filler.lastIndex = ctxEnd;
    filler.exec(text);
    // The filler may swallow a trailing "." or "-" that belongs to nothing; the value starts after it.
    const from = filler.lastIndex;
    if (from - ctxEnd > maxGap) continue;
    valueRe.lastIndex = from;
    const v = valueRe.exec(text);
    if (v) spans.push([v.index, v.index + v[0].length]);
    if (c[0].length === 0) contextRe.lastIndex++;
  }
  return spans;
}
