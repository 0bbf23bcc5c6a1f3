import { firstCharMatches } from '../regex-tools.js';

/** A HEALTH span found by a pattern rather than a lexicon term. */
export interface PatternSpan {
  start: number;
  end: number;
  score: number;
  /** Only counts when a lexicon HEALTH term or a health label is near (diagnosis codes). */
  needsCue?: boolean;
}

/** Every match of a global regex as a span, trimmed of surrounding spaces. */
export function matchesOf(text: string, re: RegExp, score: number, out: PatternSpan[]): void {
  for (const m of firstCharMatches(re, text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const end = m.index + m[0].trimEnd().length;
    out.push({ start: m.index + lead, end, score });
  }
}
