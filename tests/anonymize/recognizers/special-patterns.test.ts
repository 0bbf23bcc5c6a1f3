import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { specialCategories } from '../../../src/anonymize/recognizers/special-categories.js';
import { ctx } from './context.js';

function health(text: string, lang: Lang): string[] {
  return specialCategories
    .detect(ctx(text, lang))
    .filter((s) => s.type === 'HEALTH')
    .map((s) => text.slice(s.start, s.end));
}

describe('health patterns real mail uses', () => {
  it('takes a drug name with its dose and schedule as one span, known brand or not', () => {
    expect(health('Ich nehme Metformin 500 mg 1-0-1 und Ramipril 5mg.', 'de')).toEqual([
      'Metformin 500 mg 1-0-1',
      'Ramipril 5mg',
    ]);
    expect(health('I take Xarelto 20 mg twice daily.', 'en')).toEqual(['Xarelto 20 mg twice daily']);
    expect(health('Zolpinex 0,25 mg zur Nacht', 'de')).toEqual(['Zolpinex 0,25 mg']);
    expect(health('Bitte 2x täglich einnehmen.', 'de')).toEqual(['2x täglich']);
  });

  it('leaves weights, prices and scores alone', () => {
    expect(health('Wir liefern 500 g Kaffee für 12,50 EUR; das Spiel endete 2-1.', 'de')).toEqual([]);
    expect(health('The parcel weighs 2 kg and costs 15 %.', 'en')).toEqual([]);
    // A claim's line: the price after a test's name is no strength ("Lyrica 75" is).
    expect(health('EKG 30 EUR\nBlutbild 25,50 €', 'de')).toEqual(['EKG', 'Blutbild']);
  });

  it('finds diagnosis codes with a label, a chain or a health word, not postcodes or versions', () => {
    expect(health('Diagnose: F32.1 laut Arzt, außerdem E11.9 und J45.0.', 'de')).toEqual([
      'F32.1',
      'E11.9',
      'J45.0',
    ]);
    expect(health('ICD-10 M54.5', 'en')).toEqual(['M54.5']);
    expect(health('Diagnosekode J45 fra legen.', 'no').some((h) => h.includes('J45'))).toBe(true);
    expect(health('Postcode M54 5AB, app version V12.3, seat E11.', 'en')).toEqual([]);
    // The Danish SKS form, after a label and its verb; a verb after any other label is no label.
    expect(health('Diagnosen er DM161, og koden DE119 står i journalen.', 'da')).toEqual(['DM161', 'DE119']);
    expect(health('Vi har modtaget DK1234. The code is A12 on the seat.', 'da')).toEqual([]);
  });

  it('ends a pregnancy week at its number, and reads the Swedish "v" for vecka', () => {
    expect(health('Jag är gravid i vecka 30.', 'sv')).toContain('gravid i vecka 30');
    expect(health('Min fru är gravid i v 18 och mår illa.', 'sv')).toContain('gravid i v 18');
    expect(health('Sie ist schwanger, SSW 20.', 'de')).toContain('SSW 20');
  });

  it('finds pregnancy with its week or month in every language', () => {
    const cases: Array<[Lang, string, string]> = [
      ['de', 'Ich bin in der 20. SSW.', 'in der 20. SSW'],
      ['en', 'I am 32 weeks pregnant.', '32 weeks pregnant'],
      ['fr', 'Je suis enceinte de 5 mois.', 'enceinte de 5 mois'],
      ['es', 'Estoy embarazada de 12 semanas.', 'embarazada de 12 semanas'],
      ['it', 'Sono incinta di 3 mesi.', 'incinta di 3 mesi'],
      ['nl', 'Ik ben 16 weken zwanger.', '16 weken zwanger'],
      ['sv', 'Jag är gravid i vecka 30.', 'gravid i vecka 30'],
      ['da', 'Jeg er gravid i uge 12.', 'gravid i uge 12'],
      ['no', 'Jeg er gravid i uke 20.', 'gravid i uke 20'],
      ['fi', 'Olen raskausviikolla 24.', 'raskausviikolla 24'],
      ['pl', 'Jestem w 20 tygodniu ciąży.', '20 tygodniu ciąży'],
    ];
    for (const [lang, text, want] of cases)
      expect(
        health(text, lang).some((h) => h.includes(want)),
        `${lang}: ${text}`,
      ).toBe(true);
  });

  it('finds disability degrees and percentages', () => {
    const cases: Array<[Lang, string, string]> = [
      ['de', 'Ich habe einen GdB 50.', 'GdB 50'],
      ['de', 'Mir wurde ein Grad der Behinderung von 50 zuerkannt.', 'Grad der Behinderung von 50'],
      ['it', "Ho l'invalidità civile al 75%.", 'invalidità civile al 75%'],
      ['no', 'Jeg har uføregrad 50 %.', 'uføregrad 50 %'],
      ['pl', 'Mam stopień niepełnosprawności umiarkowany.', 'stopień niepełnosprawności umiarkowany'],
      ['fr', "J'ai un taux d'incapacité de 80 %.", "taux d'incapacité de 80 %"],
      ['es', 'Tengo un grado de discapacidad del 65 %.', 'discapacidad del 65 %'],
    ];
    for (const [lang, text, want] of cases)
      expect(
        health(text, lang).some((h) => h.includes(want)),
        `${lang}: ${text}`,
      ).toBe(true);
  });

  it('takes the noun phrase after "diagnosed with" and its translations, known word or not', () => {
    const cases: Array<[Lang, string, string]> = [
      ['en', 'I was diagnosed with Ehlers-Danlos syndrome last year.', 'Ehlers-Danlos syndrome'],
      ['de', 'Die Diagnose lautet Morbus Bechterew.', 'Morbus Bechterew'],
      ['fr', "On m'a diagnostiqué une spondylarthrite.", 'spondylarthrite'],
      ['es', 'Fui diagnosticada de fibromialgia.', 'fibromialgia'],
      ['nl', 'Ik ben gediagnosticeerd met fibromyalgie.', 'fibromyalgie'],
      ['da', 'Jeg er diagnosticeret med fibromyalgi.', 'fibromyalgi'],
      ['no', 'Jeg ble diagnostisert med Bekhterevs sykdom.', 'Bekhterevs sykdom'],
      ['sv', 'Jag är diagnosticerad med fibromyalgi.', 'fibromyalgi'],
      ['it', 'Diagnosi di fibromialgia.', 'fibromialgia'],
      ['pl', 'Diagnoza: fibromialgia.', 'fibromialgia'],
      ['fi', 'Diagnoosi: fibromyalgia.', 'fibromyalgia'],
    ];
    for (const [lang, text, want] of cases)
      expect(
        health(text, lang).some((h) => h.includes(want)),
        `${lang}: ${text}`,
      ).toBe(true);
  });

  it('takes part-time sick leave with its share, not a bare number before the word', () => {
    expect(health('Jeg har vært 60 % sykemeldt siden mars.', 'no')).toContain('60 % sykemeldt');
    expect(health('Jag har varit sjukskriven på 50 % sedan februari.', 'sv')).toContain(
      'sjukskriven på 50 %',
    );
    expect(health('Klokka 3 sykemeldt jeg meg.', 'no')).not.toContain('3 sykemeldt');
  });

  it('takes the length of a sick leave written before it', () => {
    expect(
      health('Ich war dieses Jahr sechs Wochen krankgeschrieben wegen Bandscheibenvorfall.', 'de'),
    ).toContain('sechs Wochen krankgeschrieben wegen Bandscheibenvorfall');
    expect(health('Jeg var tre uger sygemeldt med stress.', 'da')).toContain('tre uger sygemeldt med stress');
  });
});
