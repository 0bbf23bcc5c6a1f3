import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { specialCategories } from '../../../src/anonymize/recognizers/special-categories.js';
import { ctx } from './context.js';

function hits(text: string, lang: Lang): string[] {
  return specialCategories.detect(ctx(text, lang)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('religion, unions, parties, origin and genetics as mail phrases them', () => {
  it('finds church membership and tax, dietary rules and practice', () => {
    const cases: Array<[Lang, string, string]> = [
      ['da', 'Jeg betaler stadig kirkeskat, selv om jeg er meldt ud af folkekirken.', 'RELIGION:kirkeskat'],
      ['sv', 'Det dras fortfarande kyrkoavgift på min lön.', 'RELIGION:kyrkoavgift'],
      ['en', 'My father can only eat kosher meals during his stay.', 'RELIGION:kosher meals'],
      ['it', 'Mia madre è cattolica praticante.', 'RELIGION:cattolica praticante'],
      ['fi', 'Erosin kirkosta, mutta kirkollisvero peritään yhä.', 'RELIGION:kirkollisvero'],
    ];
    for (const [lang, text, want] of cases) expect(hits(text, lang), text).toContain(want);
  });

  it('finds union roles and party activity', () => {
    const cases: Array<[Lang, string, string]> = [
      ['da', 'Jeg er tillidsrepræsentant på lageret.', 'TRADE_UNION:tillidsrepræsentant'],
      ['de', 'Ich bin seit zwei Jahren im Betriebsrat.', 'TRADE_UNION:Betriebsrat'],
      ['no', 'Jeg er tillitsvalgt og verneombud.', 'TRADE_UNION:tillitsvalgt'],
      ['fr', 'Je suis délégué syndical chez mon employeur.', 'TRADE_UNION:délégué syndical'],
      ['fi', 'Olen kaupunginvaltuutettu ja luottamusmies.', 'POLITICAL_OPINION:kaupunginvaltuutettu'],
      ['es', 'Soy militante y concejala en mi pueblo.', 'POLITICAL_OPINION:militante'],
    ];
    for (const [lang, text, want] of cases) expect(hits(text, lang), text).toContain(want);
  });

  it('finds origin phrases and genetic tests', () => {
    const cases: Array<[Lang, string, string]> = [
      ['no', 'Jeg er av kurdisk opprinnelse.', 'ETHNIC_ORIGIN:av kurdisk opprinnelse'],
      ['nl', 'Mijn buurman is van Turkse afkomst.', 'ETHNIC_ORIGIN:van Turkse afkomst'],
      ['es', 'Somos de etnia gitana.', 'ETHNIC_ORIGIN:de etnia gitana'],
      ['en', 'My sister had a predictive test last year.', 'GENETIC:predictive test'],
      ['pl', 'Lekarz zalecił badanie genetyczne i NIPT.', 'GENETIC:badanie genetyczne'],
    ];
    for (const [lang, text, want] of cases) expect(hits(text, lang), text).toContain(want);
  });

  it('leaves ordinary words alone', () => {
    expect(hits('Die Kirche im Dorf ist schön; der Rat der Stadt tagt.', 'de')).toEqual([]);
    expect(hits('Vi har modtaget din kontoudskrift.', 'da')).toEqual([]);
    expect(hits('The same applies to the origin of the goods.', 'en')).toEqual([]);
  });
});
