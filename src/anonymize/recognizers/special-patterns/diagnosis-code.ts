import type { PatternSpan } from './pattern.types.js';

/**
 * ICD-10 codes ("J45.0", "E11.9", "F32.1 G", "M54.5"), and the Danish SKS form of them: a "D" before
 * the code, without its dot ("DM161" for M16.1, "DE119"). The shape alone also fits versions, seat
 * numbers and UK postcode halves, so a code counts only with a label before it (ICD, Diagnose,
 * diagnosekode …), right after another accepted code ("J45.0, E11.9"), or — marked needsCue — when
 * a health term is near (checked by the caller against its lexicon hits).
 */

const code =
  /(?<![\p{L}\p{N}.\-/])(D[A-TV-Z]\d{2,4}|[A-TV-Z]\d{2}(?:\.\d{1,2})?)(?:[ \t]?[GVZARLB])?(?![\p{L}\p{N}]|[.,]\d)/gu;
const copula = String.raw`(?:[ \t]+(?:er|is|ist|est|är|on|jest|es|è|was|var|war|era|oli))?`;
const label = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Diagnose(?:n|schlüssel)?|[Dd]iagnos(?:is|i|e|en|er|ed|tic|tico|tique|ekode|ekoden|kod|koden|e-?kode|a|y|it)?)${copula}|ICD(?:-?10(?:-GM|-CM|-SE)?)?|CIM-?10|CIE-?10|ICPC-?2?|[Dd]x|[Kk]od(?:e|en|i)?|[Cc]ode|[Kk]oodi|[Cc]odice)[ \t]*(?:\([^)]{0,20}\))?[ \t]*[:#=]?[ \t]*$`,
  'u',
);
const chained = /^[ \t]*(?:,|;|\/|\+|und|and|et|y|e|og|och|ja|i|oraz|en)[ \t]*$/u;

export function diagnosisCodeSpans(text: string, out: PatternSpan[]): void {
  let lastEnd = -1;
  for (const m of text.matchAll(code)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const labelled = label.test(before) || (lastEnd >= 0 && chained.test(text.slice(lastEnd, start)));
    // A bare "A12" without a dot is too common (seats, grid cells, model names) to go on a cue alone.
    if (!labelled && !m[1]!.includes('.')) continue;
    out.push({ start, end, score: labelled ? 0.9 : 0.7, needsCue: !labelled });
    if (labelled) lastEnd = end;
  }
}
