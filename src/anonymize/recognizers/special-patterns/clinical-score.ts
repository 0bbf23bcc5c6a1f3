import { matchesOf, type PatternSpan } from './pattern.types.js';

/**
 * A clinical score or index with its value is a health fact about the person in any language:
 * "MMSE 17/30", "MMSE-tulos 26/30", "BMI 34", "GCS 14", "EDSS 3,5", "NYHA III", "Apgar 9/10",
 * "Barthel-Index 45", "IMC de 17" (the French, Spanish and Italian BMI). The scales' names are the
 * same across Europe; a word for "score" or "result" and a linking word may stand between the name
 * and the value.
 */
const scale = '(?:MMSE|MoCA|GCS|BMI|IMC|EDSS|NYHA|PHQ-?9|GAD-?7|GAF|ECOG|Apgar|Barthel|Karnofsky)';
const label =
  '(?:[- ]?(?:tulos|tulokse(?:n|ssa)|score|Score|Wert|wert|Index|index|indeks|punteggio|puntuación|punktacja|värde|verdi|værdi|waarde))?';
const link = String.raw`(?:[ \t]*(?::|=|of|von|de|di|van|på|af|wynosi|är|er|on|was|is|of only|à|a|era|était|war|lag bei|ligt op)(?![\p{L}]))?`;
const value = String.raw`(?:\d{1,3}(?:[.,]\d{1,2})?(?:[ \t]*\/[ \t]*\d{1,3})?|(?:IV|I{1,3})(?![\p{L}\p{N}]))`;
const score = new RegExp(String.raw`(?<![\p{L}\p{N}])${scale}${label}${link}[ \t]*${value}(?![\p{N}])`, 'gu');

export function clinicalScoreSpans(text: string, out: PatternSpan[]): void {
  matchesOf(text, score, 0.85, out);
}
