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
