import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/anonymize/lexicon/lexicon.loader.js';
import {
  loadedLexiconLanguages,
  specialCategories,
  specialCategorySpans,
  specialLexicons,
} from '../../../src/anonymize/recognizers/special-categories.js';

// Vitest gives each test file its own module state: nothing else has loaded a lexicon here.
describe('the special-category lexicons', () => {
  it('load English at start and each other language with its first message', () => {
    specialCategories.load?.();
    expect(loadedLexiconLanguages()).toEqual(['en']);
    const spans = specialCategorySpans('Ich habe seit Jahren Diabetes und nehme Metformin.', 'de');
    expect(spans.map((s) => s.type)).toContain('HEALTH');
    expect(loadedLexiconLanguages().sort()).toEqual(['de', 'en']);
    expect(specialLexicons().size).toBe(11);
  });

  it('give one language the same table alone as when all are loaded', () => {
    const all = specialLexicons();
    for (const lang of ['en', 'pl'] as const) {
      const alone = loadLexicon(lang);
      expect(alone.matcher.terms).toBe(all.get(lang)!.matcher.terms);
      expect(alone.lead.source).toBe(all.get(lang)!.lead.source);
    }
  });
});
