import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Lang, type SpecialType, specialTypes } from '../../../src/anonymize/anonymize.types.js';
import { createDetector } from '../../../src/anonymize/detect.js';
import { leadPattern, lexiconDir, parseCurated } from '../../../src/anonymize/lexicon/lexicon.loader.js';
import { foldOf, textWords } from '../../../src/anonymize/lexicon/lexicon.text.js';
import { type TermHit, TermMatcher } from '../../../src/anonymize/lexicon/matcher.js';
import { parseTerm } from '../../../src/anonymize/lexicon/term-syntax.js';

/** Shared by the look-alike tests of the curated topic files (care, symptoms, …). */
const detector = createDetector({ lists: { allow: [] }, models: [] });

/** The special-category spans the whole detector finds in a text (of one category, or of any). */
export function specialSpans(text: string, lang: Lang, type?: SpecialType): string[] {
  return detector
    .detect({ text, lang })
    .filter((s) => (type ? s.type === type : (specialTypes as readonly string[]).includes(s.type)))
    .map((s) => text.slice(s.start, s.end));
}

function curated(name: string) {
  return parseCurated(readFileSync(path.join(lexiconDir, 'curated', name), 'utf8'));
}

/**
 * What one topic file (curated/<lang>.<topic>.txt) alone matches in a text, in every section. A `!`
 * term counts only after one of the language's self-reference leads, as in the detector.
 */
export function topicTerms(text: string, lang: Lang, topic: string): string[] {
  const fold = foldOf(lang);
  const matcher = new TermMatcher(lang, fold);
  const lead = leadPattern(curated(`${lang}.txt`).leads);
  const { terms } = curated(`${lang}.${topic}.txt`);
  for (const type of specialTypes) {
    for (const line of terms[type]) {
      const term = parseTerm(line, fold);
      if (term) matcher.add(term, type);
    }
  }
  const hits: TermHit[] = [];
  matcher.scan(matcher.words(textWords(text), lang), hits);
  return hits
    .filter((h) => !h.info.needsLead || lead.test(text.slice(Math.max(0, h.start - 40), h.start)))
    .map((h) => text.slice(h.start, h.end));
}

/**
 * The look-alike suite of one topic file: ordinary business sentences reach none of its terms, and
 * the sentence written with them reaches a term and a span of the whole detector of the category
 * (HEALTH unless said; 'any' = any special category).
 */
export function describeTopic(
  topic: string,
  finds: string,
  ordinary: Record<Lang, string[]>,
  found: Record<Lang, string>,
  type: SpecialType | 'any' = 'HEALTH',
): void {
  describe(`${topic} vocabulary`, () => {
    for (const lang of Object.keys(ordinary) as Lang[]) {
      it(`reaches no ${topic} term in ordinary ${lang} business sentences with look-alike words`, () => {
        for (const text of ordinary[lang]) expect(topicTerms(text, lang, topic), text).toEqual([]);
      });
      it(`finds ${finds} in ${lang}`, () => {
        expect(topicTerms(found[lang], lang, topic).length, found[lang]).toBeGreaterThan(0);
        const spans = specialSpans(found[lang], lang, type === 'any' ? undefined : type);
        expect(spans.length, found[lang]).toBeGreaterThan(0);
      });
    }
  });
}
