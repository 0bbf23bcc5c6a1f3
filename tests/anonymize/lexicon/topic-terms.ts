import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { createDetector } from '../../../src/anonymize/detect.js';
import { leadPattern, lexiconDir, parseCurated } from '../../../src/anonymize/lexicon/lexicon.loader.js';
import { foldOf, textWords } from '../../../src/anonymize/lexicon/lexicon.text.js';
import { type TermHit, TermMatcher } from '../../../src/anonymize/lexicon/matcher.js';
import { parseTerm } from '../../../src/anonymize/lexicon/term-syntax.js';

/** Shared by the look-alike tests of the curated topic files (care, symptoms). */
const detector = createDetector({ lists: { allow: [] }, models: [] });

/** The HEALTH spans the whole detector finds in a text. */
export function healthSpans(text: string, lang: Lang): string[] {
  return detector
    .detect({ text, lang })
    .filter((s) => s.type === 'HEALTH')
    .map((s) => text.slice(s.start, s.end));
}

function curated(name: string) {
  return parseCurated(readFileSync(path.join(lexiconDir, 'curated', name), 'utf8'));
}

/**
 * What one topic file (curated/<lang>.<topic>.txt) alone matches in a text. A `!` term counts only
 * after one of the language's self-reference leads, as in the detector.
 */
export function topicTerms(text: string, lang: Lang, topic: string): string[] {
  const fold = foldOf(lang);
  const matcher = new TermMatcher(lang, fold);
  const lead = leadPattern(curated(`${lang}.txt`).leads);
  for (const line of curated(`${lang}.${topic}.txt`).terms.HEALTH) {
    const term = parseTerm(line, fold);
    if (term) matcher.add(term, 'HEALTH');
  }
  const hits: TermHit[] = [];
  matcher.scan(matcher.words(textWords(text), lang), hits);
  return hits
    .filter((h) => !h.info.needsLead || lead.test(text.slice(Math.max(0, h.start - 40), h.start)))
    .map((h) => text.slice(h.start, h.end));
}

/**
 * The look-alike suite of one topic file: ordinary business sentences reach none of its terms, and
 * the sentence written with them reaches a term and a HEALTH span of the whole detector.
 */
export function describeTopic(
  topic: string,
  finds: string,
  ordinary: Record<Lang, string[]>,
  found: Record<Lang, string>,
): void {
  describe(`${topic} vocabulary`, () => {
    for (const lang of Object.keys(ordinary) as Lang[]) {
      it(`reaches no ${topic} term in ordinary ${lang} business sentences with look-alike words`, () => {
        for (const text of ordinary[lang]) expect(topicTerms(text, lang, topic), text).toEqual([]);
      });
      it(`finds ${finds} in ${lang}`, () => {
        expect(topicTerms(found[lang], lang, topic).length, found[lang]).toBeGreaterThan(0);
        expect(healthSpans(found[lang], lang).length, found[lang]).toBeGreaterThan(0);
      });
    }
  });
}
