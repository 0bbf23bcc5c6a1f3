import { describe, expect, it } from 'vitest';
import type { Lang, SpecialType } from '../../../src/anonymize/anonymize.types.js';
import { baseForms } from '../../../src/anonymize/lexicon/inflections.js';
import { foldOf, textWords } from '../../../src/anonymize/lexicon/lexicon.text.js';
import { type TermHit, TermMatcher } from '../../../src/anonymize/lexicon/matcher.js';
import { parseTerm } from '../../../src/anonymize/lexicon/term-syntax.js';

function matcher(lang: Lang, terms: string[], type: SpecialType = 'HEALTH'): TermMatcher {
  const m = new TermMatcher(lang, foldOf(lang));
  for (const t of terms) m.add(parseTerm(t, m.fold)!, type);
  return m;
}

function found(m: TermMatcher, text: string): string[] {
  const hits: Array<{ start: number; end: number }> = [];
  m.scan(m.words(textWords(text), m.lang), hits as never);
  return hits.map((h) => text.slice(h.start, h.end));
}

describe('lexicon matcher', () => {
  it('matches words and phrases, all prefixes of a longer term included', () => {
    const m = matcher('en', ['diabetes', 'type 2 diabetes', 'multiple sclerosis']);
    expect(found(m, 'I have type 2 diabetes and multiple sclerosis.')).toEqual([
      'type 2 diabetes',
      'diabetes',
      'multiple sclerosis',
    ]);
  });

  it('matches whole words only, never inside another word', () => {
    const m = matcher('de', ['krebs', 'asthma']);
    expect(found(m, 'Krebsgang, Asthmaspray, Vorkrebs')).toEqual([]);
    expect(found(m, 'Krebs und Asthma.')).toEqual(['Krebs', 'Asthma']);
  });

  it('lets a phrase continue over a hyphen or line break, not over a sentence end or comma', () => {
    const m = matcher('en', ['burn out', 'heart failure']);
    expect(found(m, 'burn-out, heart\nfailure')).toEqual(['burn-out', 'heart\nfailure']);
    expect(found(m, 'burn. Out; heart, failure')).toEqual([]);
  });

  it('tolerates inflections per language', () => {
    const cases: Array<[Lang, string, string]> = [
      ['de', 'migräne', 'Ich habe Migränen'],
      ['de', 'bronchitis', 'wegen einer Bronchitis'],
      ['nl', 'longontsteking', 'twee longontstekingen'],
      ['sv', 'astma', 'astman är värre'],
      ['sv', 'sjukdom', 'sjukdomen'],
      ['da', 'sygdom', 'sygdomme'],
      ['no', 'diagnose', 'diagnosen kom'],
      ['fi', 'diabetes', 'diabeteksen hoito'],
      ['fi', 'syöpä', 'syövän takia'],
      ['fi', 'astma', 'astmaa'],
      ['pl', 'astma', 'leczę się na astmy'],
      ['pl', 'cukrzyca', 'mam cukrzycę'],
      ['it', 'tumore', 'due tumori'],
      ['en', 'allergy', 'allergies'],
      // Nynorsk plurals
      ['no', 'medisin', 'fekk nye medisinar'],
      ['no', 'sjukdom', 'sjukdommane hennar'],
    ];
    for (const [lang, term, text] of cases)
      expect(found(matcher(lang, [term]), text), `${lang} ${text}`).toHaveLength(1);
  });

  it('does not stretch short words into others ("roma" is not "Roman")', () => {
    expect(found(matcher('de', ['roma']), 'ein Roman')).toEqual([]);
    expect(baseForms('roman', 'de')).not.toContain('roma');
  });

  it('keeps stems, compound endings, case-sensitive terms and wildcards', () => {
    const m = matcher('de', ['diabet*', '*krebs', '=MS', 'of _ origin', '!christ']);
    expect(found(m, 'Diabetiker mit Brustkrebs und MS')).toEqual(['Diabetiker', 'Brustkrebs', 'MS']);
    expect(found(m, 'ms Ms')).toEqual([]);
    expect(found(m, 'of Turkish origin')).toEqual(['of Turkish origin']);
  });

  it('never lets a wildcard stand for a joining word, and refuses a lone star', () => {
    const m = matcher('fr', ["d'origine _"], 'ETHNIC_ORIGIN');
    m.addJoiners(['du', 'de', 'et']);
    expect(found(m, "Il est d'origine marocaine.")).toEqual(["d'origine marocaine"]);
    expect(found(m, "le pays d'origine du produit")).toEqual([]);
    expect(found(m, "-----Message d'origine-----\nDe : Julie")).toEqual([]);
    expect(() => parseTerm("d'origine *", 'fold')).toThrow(/lone \*/u);
  });

  it('lets the same words without a self-reference lead widen an entry that needs one, in either order', () => {
    const leads = (terms: string[]) => {
      const m = matcher('en', terms, 'ETHNIC_ORIGIN');
      const hits: TermHit[] = [];
      m.scan(m.words(textWords('a Turk'), 'en'), hits);
      return hits.map((h) => h.info.needsLead);
    };
    expect(leads(['!turk'])).toEqual([true]);
    expect(leads(['!turk', 'turk'])).toEqual([false]);
    expect(leads(['turk', '!turk'])).toEqual([false]);
  });

  it('folds accents where safe, and only there', () => {
    expect(found(matcher('fr', ['hépatite']), 'une hepatite')).toEqual(['hepatite']);
    expect(found(matcher('de', ['schwul']), 'es ist schwül')).toEqual([]);
    expect(found(matcher('es', ['ano']), 'este año')).toEqual([]);
  });

  it('costs the same per word whatever the lexicon size', () => {
    const small = matcher('en', ['asthma']);
    const big = matcher(
      'en',
      Array.from({ length: 50_000 }, (_, i) => `zz${i.toString(36)}term`),
    );
    const text = 'the quick brown fox jumps over the lazy dog and asthma '.repeat(40);
    const time = (m: TermMatcher) => {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) m.scan(m.words(textWords(text), 'en'), []);
      return performance.now() - t0;
    };
    // The fastest of seven interleaved runs each: a busy machine slows some runs, not all of them.
    let smallMs = Number.POSITIVE_INFINITY;
    let bigMs = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 7; run++) {
      smallMs = Math.min(smallMs, time(small));
      bigMs = Math.min(bigMs, time(big));
    }
    expect(bigMs).toBeLessThan(smallMs * 4 + 20);
  });
});

describe('inflections of loan words and homographs', () => {
  it('reduces Finnish case endings on loan words that take an -i- stem', () => {
    expect(baseForms('marevania', 'fi')).toContain('marevan');
    expect(baseForms('insuliinista', 'fi')).toContain('insuliini');
  });

  it('gives no base form to plurals of ordinary words that look like a term', () => {
    expect(baseForms('kræfterne', 'da')).toEqual([]);
    expect(baseForms('arbejdskræfter', 'da')).toEqual([]);
    expect(baseForms('kreftene', 'no')).toEqual([]);
    expect(baseForms('iglesias', 'es')).toEqual([]);
  });

  it('tries several languages’ endings when asked: drug names inflected in Finnish', () => {
    const m = matcher('en', ['warfarin']);
    const hits: Array<{ start: number; end: number }> = [];
    const text = 'Käytän warfariinia ja warfarinia.';
    m.scan(m.words(textWords(text), ['en', 'fi']), hits as never);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['warfarinia']);
  });

  it("keeps a repeated word's forms apart per rule set: a Finnish ending counts only under Finnish rules", () => {
    const m = matcher('en', ['marevan']);
    const scan = (text: string, rules: Lang[]) => {
      const hits: Array<{ start: number; end: number }> = [];
      m.scan(m.words(textWords(text), rules), hits as never);
      return hits.map((h) => text.slice(h.start, h.end));
    };
    for (let i = 0; i < 2; i++) {
      expect(scan('Otan Marevania.', ['en', 'fi'])).toEqual(['Marevania']);
      expect(scan('Ich nehme Marevania.', ['en'])).toEqual([]);
    }
  });
});

describe('inflections that used to be lost', () => {
  it('reduces a word to its base form even when the word itself is in another term', () => {
    const m = matcher('de', ['multiple sklerose', 'mit multiplen komplikationen']);
    expect(found(m, 'wegen meiner Multiplen Sklerose')).toEqual(['Multiplen Sklerose']);
    expect(found(m, 'Diagnose Multipler Sklerose')).toEqual(['Multipler Sklerose']);
  });

  it('keeps a case-sensitive name matching with a case ending, but not a short one', () => {
    const fi = matcher('fi', ['=Teollisuusliitto'], 'TRADE_UNION');
    expect(found(fi, 'Olen Teollisuusliiton jäsen.')).toEqual(['Teollisuusliiton']);
    expect(found(fi, 'teollisuusliiton säännöt')).toEqual([]);
    const sv = matcher('sv', ['=Centerpartiet', '=Vision'], 'POLITICAL_OPINION');
    expect(found(sv, 'Centerpartiets valsedel')).toEqual(['Centerpartiets']);
    expect(found(sv, 'en vision och Visionen')).toEqual([]);
  });

  it('reduces Polish locatives and adjectives, Finnish weak grades, Scandinavian plurals and genitives', () => {
    const cases: Array<[Lang, string, string]> = [
      ['pl', 'kaloryfer', 'na kaloryferze'],
      ['pl', 'zasilek chorobowy', 'wniosek o zasiłku chorobowego'],
      ['pl', 'zwolnienie lekarski', 'na zwolnieniu lekarskim'],
      ['fi', 'teollisuusliitto', 'Teollisuusliiton jäsen'],
      ['no', 'angstplage', 'angstplager i hverdagen'],
      ['no', 'angstplage', 'angstplagene ble verre'],
      ['no', 'sykepenger', 'sykepengene tar slutt'],
      ['da', 'fagforening', 'fagforeningens kontor'],
      ['sv', 'sjukdom', 'sjukdomens förlopp'],
      ['de', 'chronische', 'mit chronischem Verlauf'],
    ];
    for (const [lang, term, text] of cases)
      expect(found(matcher(lang, [term]), text), `${lang} ${text}`).toHaveLength(1);
  });

  it('leaves German compounds to compound endings, in any case form', () => {
    const m = matcher('de', ['*schmerzen', '*erkrankung']);
    expect(found(m, 'Rückenschmerzen und eine Herzerkrankung, wegen der Herzerkrankungen')).toEqual([
      'Rückenschmerzen',
      'Herzerkrankung',
      'Herzerkrankungen',
    ]);
    const nl = matcher('nl', ['*kanker', '*pijnklachten']);
    expect(found(nl, 'borstkanker en hoofdpijnklachten')).toEqual(['borstkanker', 'hoofdpijnklachten']);
  });
});
