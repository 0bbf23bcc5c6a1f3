import { matchesOf, type PatternSpan } from './pattern.types.js';

/**
 * Doses as real mail writes them: "Metformin 500 mg", "Ramipril 5mg", "0,25 mg", "2x täglich",
 * "1-0-1". A dose with a drug-only unit (mg, µg, IE, UI …) is health data on its own; a household
 * unit (ml, g, drops) only after a capitalised name ("Hustensaft 10 ml"). The name before a dose
 * joins the span, known or not: brand names the lexicons lack are the usual case.
 *
 * Speed: the regexes start at a digit (V8 skips to digits quickly); the name is looked for
 * afterwards in the few characters before the dose.
 */

// Explicit casings instead of the i flag: with it, \p{Lu} in the name would match any letter.
const drugUnit = String.raw`(?:mg/ml|mg/kg|µg/h|mg/h|mg|MG|Mg|mcg|µg|μg|ug|I\.\s?E\.|IE|I\.U\.|IU|UI|mmol|mval)`;
const householdUnit =
  '(?:ml|mL|ML|g|[Tt]ropfen|drops|gouttes|gotas|gocce|droppar|dråber|dråper|tippaa|kropl[ei]|[Hh]übe?|puffs?|[Ss]prühstöße|sprays?|[Ee]inheiten|units|unités|unidades|unità|enheter|enheder|yksikköä|jednostek)';
// Bounded digit runs: with `\d+` a long run of digits ("0000…" pasted from a log) is rescanned
// from each of its digits, time growing with the square of its length.
const amount = String.raw`\d{1,6}(?:[.,]\d{1,4})?`;
const num = `${amount}(?:[ \\t]?[-–/][ \\t]?${amount})?`;
const end = String.raw`(?![\p{L}\p{N}])`;

const dose = new RegExp(`${num}[ \\t]?(?:(${drugUnit})|${householdUnit})${end}`, 'gu');
/** A capitalised product name of one or two words right before the dose ("Ramipril-ratiopharm 5 mg"). */
const nameBefore =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]{2,}(?:-[\p{L}\p{N}]+)?(?:[ \t]+\p{Lu}[\p{L}\p{M}]+)?[ \t]+$/u;

const perDay = String.raw`(?:täglich|tägl\.|pro tag|am tag|daily|a day|per day|par jour|al d[ií]a|diari[ao]s?|al giorno|per dag|om dagen|dagligen|daglig|dagen|päivässä|dziennie|na dobę)`;
const times = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d|ein|zwei|drei|one|two|three|once|twice)[ \\t]?(?:x|×|mal|times|fois|veces|volte|gånger|gange|ganger|kertaa|razy)?[ \\t]+${perDay}${end}`,
  'giu',
);
const perDayGate = /t(?:ä|ae)gl|tag|dail|day|jour|d[ií]a|diari|giorno|dag|päiv|dzienn|dob/iu;
/** Dosing schema morning-noon-evening(-night): "1-0-1", "½-0-1". */
const schema =
  /(?<![\p{L}\p{N}.,/-])[0-3½](?:[.,]5)?-[0-3½](?:[.,]5)?-[0-3½](?:[.,]5)?(?:-[0-3½])?(?![\p{L}\p{N}/-])/gu;

export function doseSpans(text: string, out: PatternSpan[]): void {
  for (const m of text.matchAll(dose)) {
    // The left boundary is checked here, not in the regex: a leading lookbehind makes V8 try every position.
    if (m.index > 0 && /[\p{L}\p{N}.,]/u.test(text.charAt(m.index - 1))) continue;
    const name = nameBefore.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!name && !m[1]) continue;
    const start = name ? m.index - name[0].length : m.index;
    out.push({ start, end: m.index + m[0].length, score: m[1] ? 0.8 : 0.7 });
  }
  if (perDayGate.test(text)) matchesOf(text, times, 0.7, out);
  if (text.includes('-')) matchesOf(text, schema, 0.6, out);
}
