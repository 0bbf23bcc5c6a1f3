import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import {
  organisationsAndPlaces,
  quasiIdentifiers,
} from '../../../src/anonymize/recognizers/quasi-identifiers.js';
import { ctx } from './context.js';

function hits(text: string, lang: Lang = 'en', allow: string[] = []): string[] {
  return quasiIdentifiers
    .detect(ctx(text, lang, { allow }))
    .map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('quasi-identifiers: dates', () => {
  it('finds event dates in each language format', () => {
    const cases: Array<[Lang, string, string]> = [
      ['en', 'I had an appointment on 2 May.', 'DATE:2 May'],
      ['en', 'Admitted on May 3rd, 2024.', 'DATE:May 3rd, 2024'],
      ['en', 'Transferred on 12/05/2024.', 'DATE:12/05/2024'],
      ['de', 'Ich war am 3. März im Krankenhaus.', 'DATE:3. März'],
      ['de', 'Termin am 3.3. um 14 Uhr.', 'DATE:3.3. um 14 Uhr'],
      ['fr', 'Hospitalisée depuis le 5 juin.', 'DATE:5 juin'],
      ['nl', 'Ik heb op 12 januari een afspraak.', 'DATE:12 januari'],
      ['es', 'Ingresado el 3 de mayo de 2024.', 'DATE:3 de mayo de 2024'],
      ['sv', 'Besöket den 4 maj.', 'DATE:4 maj'],
      ['it', 'Ricoverato il 5 giugno.', 'DATE:5 giugno'],
      ['pl', 'Wizyta 5 maja.', 'DATE:5 maja'],
      ['en', 'Since 2024-01-15 I have waited.', 'DATE:2024-01-15'],
    ];
    for (const [lang, text, want] of cases) expect(hits(text, lang), text).toContain(want);
  });

  it('takes a weekday only when a meeting is set for it', () => {
    expect(hits("We'll meet Thursday at the office.")).toEqual(['DATE:Thursday']);
    expect(hits('Our office is closed on Sunday.')).toEqual([]);
  });

  it('does not start an organisation with a weekday ("seit Montag im Krankenhaus")', () => {
    expect(hits('Er liegt seit Montag im Krankenhaus.', 'de')).toEqual([]);
  });

  it('leaves dates of birth to the DOB recognizer and ignores months, times, prices and versions', () => {
    expect(hits('I was born on 3 March 1980.')).toEqual([]);
    expect(hits('Geboren am 04.04.1975.', 'de')).toEqual([]);
    expect(hits('May I ask? We ship at 10:30. The price is 45.00 EUR. Version 1.2.3.')).toEqual([]);
  });
});

describe('quasi-identifiers: organisations and places', () => {
  it('finds employers, clinics, landlords and banks by cue or by institution name', () => {
    const text =
      "I work at Siemens. Treated at St. Mary's Hospital. My landlord, Vonovia, is slow. Müller Bau GmbH wrote.";
    expect(hits(text)).toEqual(
      expect.arrayContaining([
        'ORG:Siemens',
        "ORG:St. Mary's Hospital",
        'ORG:Vonovia',
        'ORG:Müller Bau GmbH',
      ]),
    );
    expect(hits('Ich war im Klinikum Rechts der Isar.', 'de')).toContain('ORG:Klinikum Rechts der Isar');
    expect(hits('Ik werk bij Philips.', 'nl')).toContain('ORG:Philips');
  });

  it('finds where the person lives or was', () => {
    expect(hits('I live in Utrecht and I am visiting Malmö.')).toEqual([
      'LOCATION:Utrecht',
      'LOCATION:Malmö',
    ]);
    expect(hits('Ich wohne in Frankfurt am Main.', 'de')).toEqual(['LOCATION:Frankfurt am Main']);
    expect(hits("J'habite à Lyon.", 'fr')).toEqual(['LOCATION:Lyon']);
    expect(hits('Vivo en Sevilla.', 'es')).toEqual(['LOCATION:Sevilla']);
    expect(hits('Jag bor i Göteborg.', 'sv')).toEqual(['LOCATION:Göteborg']);
    expect(hits('He moved from Austria.')).toContain('LOCATION:Austria');
  });

  it('never flags the organisation itself or its products (allow-list)', () => {
    expect(hits('Veildraft Insurance AG thanks you. I work at Veildraft.', 'en', ['Veildraft'])).toEqual([]);
  });

  it('does not flag capitalised sentence starts or common words', () => {
    expect(hits('The form is attached. Please Mark the form. Our Team will call.')).toEqual([]);
  });
});

describe('organisations and places in it, pl, da, no, fi and the other languages', () => {
  const of = (text: string) =>
    organisationsAndPlaces(text, []).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
  it.each([
    ['Lavoro presso Ferramenta Rossi da dieci anni.', 'ORG:Ferramenta Rossi'],
    ["Sono stata ricoverata all'Ospedale Niguarda.", 'ORG:Ospedale Niguarda'],
    ['Pracuję w Biedronce od roku.', 'ORG:Biedronce'],
    ['Mieszkam w Krakowie.', 'LOCATION:Krakowie'],
    ['Jeg arbejder hos Netto i Odense.', 'ORG:Netto'],
    ['Jeg ble behandlet på Ullevål sykehus i mai.', 'ORG:Ullevål sykehus'],
    ['Työskentelen Nokialla.', 'ORG:Nokialla'],
    ['Asun Tampereella.', 'LOCATION:Tampereella'],
    ['Hän oli Meilahden sairaalassa.', 'ORG:Meilahden sairaalassa'],
    ['Hänet leikattiin Savon yliopistosairaalan osastolla.', 'ORG:Savon yliopistosairaalan'],
    ['Asia käsitellään Itä-Uudenmaan käräjäoikeudessa.', 'ORG:Itä-Uudenmaan käräjäoikeudessa'],
    ['Målet avgörs av Solna tingsrätt i maj.', 'ORG:Solna tingsrätt'],
    ['Arbetar på Volvo sedan 2010.', 'ORG:Volvo'],
    ['Ich bin Mitglied im Sportverein Blau-Weiß.', 'ORG:Sportverein Blau-Weiß'],
    ['Min datter går på Kildeskovens Skole.', 'ORG:Kildeskovens Skole'],
    ['Urodziłam się w Gdańsku.', 'LOCATION:Gdańsku'],
    ['Sono nato a Bergamo.', 'LOCATION:Bergamo'],
  ])('"%s"', (text, want) => {
    expect(of(text)).toContain(want);
  });

  it('does not take lower-case words or bare prepositions for names', () => {
    expect(of('Jeg jobber på kontoret og bor i huset.')).toEqual([]);
    expect(of('Työskentelen kotona ja asun yksin.')).toEqual([]);
  });
});
