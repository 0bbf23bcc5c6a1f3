import type { Fold } from './lexicon.text.js';
import { normalizeWord } from './lexicon.text.js';

/**
 * One lexicon line, as written in models/lexicons (curated and compiled files alike):
 * - words separated by spaces; inside a word, non-letters split it ("ver.di", "burn-out" = two
 *   words that also match across a hyphen, a space or a glued dot in the text);
 * - `word*` is a stem: any word continuing it ("diabet*" → "diabetes", "diabetic");
 * - `*word` (first word only) also matches at the end of a compound ("*krebs" → "Brustkrebs"),
 *   `*word*` anywhere inside one ("*stämmig*" → "türkischstämmige");
 * - `_` is any one word ("of _ origin") except the language's joining words (`[joiners]` in
 *   `<lang>.txt`: "pays d'origine du produit" is no origin);
 * - a leading `=` makes the term case-sensitive ("=MS", "=SPD");
 * - a leading `!` makes it count only after a self-reference lead ("I am a", "ich bin");
 *   both may be combined (`!=SPD`).
 */

export type StepKind = 'word' | 'stem' | 'suffix' | 'infix' | 'any';

export interface TermStep {
  kind: StepKind;
  /** Normalised word, stem or compound ending ('' for `any`). */
  text: string;
}

export interface ParsedTerm {
  steps: TermStep[];
  caseSensitive: boolean;
  needsLead: boolean;
  /** The words as written, for case-sensitive terms (a stem ends in `*`). */
  surface: string[];
}

const piece = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function parseTerm(line: string, fold: Fold): ParsedTerm | undefined {
  const flags = /^[=!]*/u.exec(line)![0];
  const caseSensitive = flags.includes('=');
  const needsLead = flags.includes('!');
  const body = line.slice(flags.length);
  const steps: TermStep[] = [];
  const surface: string[] = [];
  for (const [i, word] of body.trim().split(/\s+/u).entries()) {
    if (word === '_') {
      steps.push({ kind: 'any', text: '' });
      surface.push('_');
      continue;
    }
    const lead = word.startsWith('*') && i === 0;
    const trail = word.endsWith('*');
    const parts = word.match(piece) ?? [];
    // "d'origine *" once read as "d'origine" alone: a star is not a word (any one word is `_`).
    if (/^\*+$/u.test(word))
      throw new Error(`lexicon term "${line}": a lone * is no word (any one word is _)`);
    for (const [j, p] of parts.entries()) {
      const first = j === 0;
      const last = j === parts.length - 1;
      const text = normalizeWord(p, fold);
      let kind: StepKind = 'word';
      if (first && lead) kind = last && trail ? 'infix' : 'suffix';
      else if (last && trail) kind = 'stem';
      steps.push({ kind, text });
      surface.push(kind === 'stem' ? `${p}*` : p);
    }
  }
  if (steps.length === 0) return undefined;
  return { steps, caseSensitive, needsLead, surface };
}
