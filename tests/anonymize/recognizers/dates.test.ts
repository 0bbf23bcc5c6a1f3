import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { eventDates } from '../../../src/anonymize/recognizers/dates.js';

const dates = (text: string, lang: Lang = 'en') =>
  eventDates(text, lang).map((s) => text.slice(s.start, s.end));

describe('dates: full dates in the forms each language writes', () => {
  it.each([
    ['pl', 'Operacja odbyła się 12 lutego 2023 r. w szpitalu.', '12 lutego 2023 r.'],
    ['pl', 'Badanie przesunięto na 14.06.2024, godz. 9:15 (gabinet 3).', '14.06.2024, godz. 9:15'],
    ['fi', 'Leikkaus tehtiin 3. maaliskuuta 2024 Tampereella.', '3. maaliskuuta 2024'],
    ['sv', 'Jag blev inlagd den 3:e mars på akuten.', '3:e mars'],
    ['it', 'Mia madre è stata operata il 3 marzo scorso.', '3 marzo'],
    ['da', 'Vi holder mødet den 12. juni kl. 10.30 hos jer.', '12. juni kl. 10.30'],
    ['en', 'She fell on Saturday 14 June and was admitted.', 'Saturday 14 June'],
    ['es', 'Me caí el 8 abr 2024 en la calle.', '8 abr 2024'],
  ] as [Lang, string, string][])('%s: "%s"', (lang, text, want) => {
    expect(dates(text, lang)).toContain(want);
  });

  it('keeps the first day of a range and each item of a list as their own dates', () => {
    expect(dates('Ich lag vom 2. bis 9. Mai 2024 im Spital.', 'de')).toEqual(['2.', '9. Mai 2024']);
    expect(dates('Raty płatne do 10.03, 10.04 i 10.05.2025.', 'pl')).toEqual([
      '10.03',
      '10.04',
      '10.05.2025',
    ]);
  });

  it('takes both months of a range of months, each as its own date', () => {
    expect(dates('Ich war krank (September bis Mitte Oktober).', 'de')).toEqual([
      'September',
      'Mitte Oktober',
    ]);
    expect(dates('Jag var sjukskriven april till augusti.', 'sv')).toEqual(['april', 'augusti']);
    expect(dates('We were away from May to September.', 'en')).toEqual(['May', 'September']);
    // Capitals still decide: a capitalised month outside English and German is a name.
    expect(dates('Vi bodde hos Maj till juni.', 'sv')).toEqual(['juni']);
  });

  it('ends on a number before a year joined by "i" ("type 1 i 2022"), which once looped forever', () => {
    expect(dates('Han fekk diagnosen bipolar lidelse type 1 i 2022 og gjekk på litium.', 'no')).toEqual([
      '2022',
    ]);
    expect(dates('Rachunki 1 i 2023 oraz 2 i 2024.', 'pl')).toEqual(['2023', '2024']);
  });
});

describe('dates: a month or a year alone, after a word that puts something in time', () => {
  it.each([
    ['en', 'In February my GP referred me to a specialist.', 'February'],
    ['de', 'Seit Oktober bin ich krankgeschrieben.', 'Oktober'],
    ['de', 'Das war Ende Juli, kurz nach dem Umzug.', 'Ende Juli'],
    ['fr', "J'ai été hospitalisée en octobre.", 'octobre'],
    ['nl', 'Ik ben tot half juni in revalidatie.', 'half juni'],
    ['es', 'Estoy de baja desde noviembre.', 'noviembre'],
    ['sv', 'Jag opererades i oktober.', 'oktober'],
    ['it', 'Da gennaio è in dialisi.', 'gennaio'],
    ['da', 'Jeg har været sygemeldt siden marts.', 'marts'],
    ['no', 'Han ble innlagt i august.', 'august'],
    ['fi', 'Minut leikattiin lokakuussa.', 'lokakuussa'],
    ['fi', 'Olen sairauslomalla kesäkuun loppuun.', 'kesäkuun loppuun'],
    ['fi', 'Syyskuun 12. päivänä kävin lääkärissä.', 'Syyskuun 12. päivänä'],
    ['pl', 'We wrześniu miałem zawał.', 'wrześniu'],
    ['pl', 'W marcu 2025 r. byłem w szpitalu.', 'marcu 2025 r.'],
    ['pl', 'Jestem na zwolnieniu od lutego.', 'lutego'],
  ] as [Lang, string, string][])('%s: "%s"', (lang, text, want) => {
    expect(dates(text, lang)).toEqual([want]);
  });

  it.each([
    ['en', 'I have worked there since 2019.', ['2019']],
    ['de', 'Bitte erstatten Sie die Beiträge für 2022 und 2023.', ['2022', '2023']],
    ['fr', 'Je suis adhérent depuis 2017.', ['2017']],
    ['it', 'Nel 2020 ha avuto un infarto.', ['2020']],
    ['fi', 'Sairastuin vuonna 2018.', ['2018']],
    ['pl', 'Leczę się od 2021 r. w poradni.', ['2021 r.']],
    ['sv', 'Jag har varit medlem sedan 2015.', ['2015']],
  ] as [Lang, string, string[]][])('%s: "%s"', (lang, text, want) => {
    expect(dates(text, lang)).toEqual(want);
  });

  it('does not take months used as words or names, nor years that are amounts', () => {
    expect(dates('You may call us in may be the best way.')).toEqual([]);
    expect(dates('Han läser en August Strindberg i kväll.', 'sv')).toEqual([]);
    expect(dates('Vivo en la Plaza de Mayo.', 'es')).toEqual([]);
    expect(dates('Wir haben für 2000 Euro eingekauft.', 'de')).toEqual([]);
    expect(dates('In 1500 kg batches.')).toEqual([]);
  });
});

describe('dates: a day and month without a year', () => {
  it('takes "21.2." with its dot, and "19.04" or "30.4–9.6" with a preposition or as a range', () => {
    expect(dates('Kuvauksessa 14.2. todettiin repeämä.', 'fi')).toEqual(['14.2.']);
    expect(dates('Od 19.03 jestem na zwolnieniu.', 'pl')).toEqual(['19.03']);
    expect(dates('Sjukskriven (12.4–3.6) efter olyckan.', 'sv')).toEqual(['12.4–3.6']);
  });

  it('takes a day and month after the day named or a weekday ("el dia 22/12", "vrijdag 11/12")', () => {
    expect(dates('Me citaron el dia 22/12 a las 8:15.', 'es')).toEqual(['22/12 a las 8:15']);
    expect(dates('Ik heb een afspraak op vrijdag 11/12.', 'nl')).toEqual(['vrijdag 11/12']);
    expect(dates('Stan licznika na dzien 30.11 to 18452 kWh.', 'pl')).toEqual(['30.11']);
    expect(dates('Monday 2/3 of the staff were off.')).toEqual([]);
  });

  it('takes "21/11" with a slash after a preposition, not a share or "24/7"', () => {
    expect(dates('See you on 21/11, thanks.')).toEqual(['21/11']);
    expect(dates('Rendez-vous le 30/11 à 9h.', 'fr')).toEqual(['30/11 à 9h']);
    expect(dates('Vi ses d. 9/10 om morgenen.', 'da')).toEqual(['9/10']);
    expect(dates('It was reduced by 1/2 of the amount.')).toEqual([]);
    expect(dates('Support on 24/7 basis.')).toEqual([]);
  });

  it('leaves section numbers, versions, decimals and prices alone', () => {
    expect(dates('Siehe Abschnitt 3.2. der Bedingungen.', 'de')).toEqual([]);
    expect(dates('Version 2.3. ist installiert.', 'de')).toEqual([]);
    expect(dates('Zapłaciłem do 19.04 zł więcej.', 'pl')).toEqual([]);
    expect(dates('The value was 30.4 on the scale.')).toEqual([]);
  });
});

describe('dates: quote headers', () => {
  it('leaves the timestamps of quote headers and "Sent:" lines alone, not the dates in the quoted text', () => {
    const text = [
      'Am 15.05.2025 um 21:40 schrieb Anna Berg <anna@example.org>:',
      '> Ich war am 3. März im Krankenhaus.',
      'Gesendet: Montag, 12. Mai 2025 18:33',
      'Den 14 maj 2024 kl. 20:05 skrev Johan <j@example.se>:',
    ].join('\n');
    expect(dates(text, 'de')).toEqual(['3. März']);
  });
});
