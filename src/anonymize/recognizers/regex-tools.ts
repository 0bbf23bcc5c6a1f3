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
  let braces = 0;
  for (const ch of source) {
    if (inEscape) {
      out += ch;
      inEscape = false;
      if (ch === 'p' || ch === 'P') braces = -1;
      continue;
    }
    if (braces === -1) {
      out += ch;
      if (ch === '{') braces = 1;
      continue;
    }
    if (braces > 0) {
      out += ch;
      if (ch === '}') braces = 0;
      continue;
    }
    if (ch === '\\') {
      out += ch;
      inEscape = true;
      continue;
    }
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    out += lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : ch;
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
