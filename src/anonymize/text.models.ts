/**
 * Small text helpers shared by the engine and the structured recognizers. Pure; regexes are
 * compiled once at module load.
 */

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
