/**
 * Small text helpers shared by the engine and the structured recognizers. Pure; regexes are
 * compiled once at module load.
 */

import { escapeRegex } from './recognizers/regex-tools.js';

const wordChar = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && wordChar.test(ch);
}

/** True when `re` matches within `window` characters before `start` (e.g. "Tel.:", "IBAN"). */
export function hasContextBefore(text: string, start: number, re: RegExp, window = 40): boolean {
  return re.test(text.slice(Math.max(0, start - window), start));
}

/** Digits only, for comparing and validating numbers written with separators. */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}

/**
 * One case-insensitive regex for literal terms (allow/deny lists): longest first so the longest
 * term wins, on word boundaries, any whitespace between the words of a term.
 */
export function termsRegex(terms: Iterable<string>): RegExp | undefined {
  const unique = [...new Set([...terms].map((t) => t.trim()).filter((t) => t.length >= 2))];
  if (!unique.length) return undefined;
  const alternation = unique
    .sort((a, b) => b.length - a.length)
    .map((t) => escapeRegex(t).replace(/\s+/g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
}
