import type { Lang } from '../../anonymize.types.js';
import { bodyComplaintSpans } from './body-complaint.js';
import { clinicalScoreSpans } from './clinical-score.js';
import { diagnosedWithSpans } from './diagnosed-with.js';
import { diagnosisCodeSpans } from './diagnosis-code.js';
import { disabilitySpans } from './disability.js';
import { doseSpans } from './dose.js';
import { healthMorphologySpans } from './health-morphology.js';
import type { PatternSpan } from './pattern.types.js';
import { pregnancySpans } from './pregnancy.js';

/**
 * Every HEALTH pattern: doses, diagnosis codes, pregnancy weeks, clinical scores, disability degrees, "diagnosed
 * with …", a body part with a complaint, a word built as a medicine's name or a clinical term.
 */
export function healthPatternSpans(text: string, lang: Lang): PatternSpan[] {
  const out: PatternSpan[] = [];
  doseSpans(text, out);
  diagnosisCodeSpans(text, out);
  pregnancySpans(text, out);
  clinicalScoreSpans(text, out);
  disabilitySpans(text, out);
  diagnosedWithSpans(text, lang, out);
  bodyComplaintSpans(text, lang, out);
  healthMorphologySpans(text, out);
  return out;
}
