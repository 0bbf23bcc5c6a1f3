import type { Lang, SpecialType } from '../../anonymize.types.js';

/**
 * One language's GDPR Art. 9 term table.
 *
 * Term syntax (compiled once by special-categories.ts):
 * - words separated by spaces match any run of spaces or hyphens;
 * - `word*` is a stem: it matches any inflection or compound continuing it ("diabet*" →
 *   "diabetes", "diabetic"; "schwanger*" → "schwangerschaft");
 * - `*word` (first word only) also matches the word at the end of a compound ("*krebs" →
 *   "Brustkrebs");
 * - a term starting with `=` is case-sensitive (acronyms and party names: "=MS", "=SPD");
 * - a term starting with `!` only counts after a self-reference lead ("I am a", "my", "ich bin"):
 *   words that are mostly harmless on their own ("christian", "gay" in names);
 * - a word containing `[`, `(`, `|` or `?` is a raw regex piece ("type [12]").
 *
 * `leads` are self-references that widen the span to the phrase ("my type 2 diabetes",
 * "I am pregnant", "member of the IG Metall union").
 */
export interface SpecialTermTable {
  lang: Lang;
  leads: string[];
  terms: Record<SpecialType, string[]>;
}
