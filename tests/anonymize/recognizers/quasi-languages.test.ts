import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { accountNumberRecognizer } from '../../../src/anonymize/recognizers/account-number.js';
import { addressRecognizer } from '../../../src/anonymize/recognizers/address.js';
import { eventDates } from '../../../src/anonymize/recognizers/dates.js';
import { dobRecognizer } from '../../../src/anonymize/recognizers/dob.js';
import { passportRecognizer } from '../../../src/anonymize/recognizers/passport.js';
import { plateRecognizer } from '../../../src/anonymize/recognizers/plate.js';
import { organisationsAndPlaces } from '../../../src/anonymize/recognizers/quasi-identifiers.js';
import { found, texts } from './structured.support.js';

// Organisations, addresses, ages, dates, plates and document numbers as the smaller languages
// write them in mail: institution words in their case forms, streets without a type word, floor
// and door after the number, weekdays in their case forms, labels in their case forms.

const orgs = (text: string) =>
  organisationsAndPlaces(text, [])
    .filter((s) => s.type === 'ORG')
    .map((s) => text.slice(s.start, s.end));

describe('organisations named by an institution word, without a legal form', () => {
  it.each([
    ['pl', 'Skierowanie wystawiła poradnia kardiologiczna w Lesznie.', 'poradnia kardiologiczna w Lesznie'],
    ['pl', 'Syn chodzi do szkoły podstawowej nr 12 w Opolu.', 'szkoły podstawowej nr 12 w Opolu'],
    [
      'it',
      'Mio figlio frequenta la scuola primaria Giovanni Pascoli da settembre.',
      'scuola primaria Giovanni Pascoli',
    ],
    ['it', "Allego il referto dell'ASST di Lodi.", 'ASST di Lodi'],
    ['fr', 'Elle vit à la maison de retraite Les Glycines depuis mars.', 'maison de retraite Les Glycines'],
    ['es', 'Me atendieron en el centro de salud Los Olmos.', 'centro de salud Los Olmos'],
    ['nl', 'Onze dochter zit op basisschool De Klimop.', 'basisschool De Klimop'],
    [
      'fi',
      'Hoito jatkuu Kuopion yliopistollisessa sairaalassa ensi viikolla.',
      'Kuopion yliopistollisessa sairaalassa',
    ],
    ['fi', 'Lausunto tuli Tyksin kardiologian poliklinikalta.', 'Tyksin kardiologian poliklinikalta'],
    ['fi', 'Tyttö aloittaa Metsolan koulussa elokuussa.', 'Metsolan koulussa'],
    ['fi', 'Olen töissä Vantaan kaupungilla.', 'Vantaan kaupungilla'],
    ['sv', 'Hon bor sedan i våras på Ekbackens äldreboende.', 'Ekbackens äldreboende'],
    ['sv', 'Intyget kommer från Haga församling i Göteborg.', 'Haga församling i Göteborg'],
    ['da', 'Jeg blev opereret på Ortopædkirurgisk Klinik i Vejle.', 'Ortopædkirurgisk Klinik i Vejle'],
    ['da', 'Lægehuset Søndertorv har sendt henvisningen.', 'Lægehuset Søndertorv'],
    ['no', 'Far bor på Solsiden sykehjem i Molde.', 'Solsiden sykehjem i Molde'],
    ['de', 'Der Befund kam aus dem Herzzentrum Bad Krozingen.', 'Herzzentrum Bad Krozingen'],
    ['de', 'Das Bundeszentralamt für Steuern fragt nach.', 'Bundeszentralamt für Steuern'],
  ] as [Lang, string, string][])('%s: "%s"', (_lang, text, want) => {
    expect(orgs(text)).toContain(want);
  });

  it('leaves a generic institution noun alone when no name follows it', () => {
    expect(orgs('Der Befund der Unfallambulanz liegt bei.')).toEqual([]);
    expect(orgs('Das Versorgungsamt hat noch nicht entschieden.')).toEqual([]);
    expect(orgs('W szpitalu powiedzieli, że Anna wróci jutro.')).toEqual([]);
  });
});

describe('postal addresses: streets without a type word, floors and doors', () => {
  it.each([
    ['da', 'Venlig hilsen\nMette Holm\nSkovbrynet 14, st.\n8600 Silkeborg', 'Skovbrynet 14, st.'],
    ['da', 'Mvh\nJens Lund\nØstergade 9, 3. tv.\n5000 Odense', 'Østergade 9, 3. tv.'],
    ['no', 'Hilsen\nKari Nilsen\nFjellstua 7\n7800 Namsos', 'Fjellstua 7'],
    ['pl', 'Z poważaniem\nAnna Kos\nRabka-Zdrój 12\n34-700 Rabka', 'Rabka-Zdrój 12'],
    ['fi', 'Terveisin\nOlli Virta\nRantakatu 5 B 12\n90100 Oulu', 'Rantakatu 5 B 12'],
    ['sv', 'Adress: Norra Vägen 3, 431 30 Mölndal', 'Norra Vägen 3, 431 30 Mölndal'],
    ['it', 'Saluti\nLuca Neri\nVia per Carpi 8/A\n41012 Carpi (MO)', 'Via per Carpi 8/A'],
    ['es', 'Vivo en C/ Alcalá 20, 2º dcha., 28014 Madrid', 'C/ Alcalá 20, 2º dcha., 28014 Madrid'],
    ['es', 'C/ Mayor 3, bajo\n30001 Murcia', 'C/ Mayor 3, bajo'],
  ] as [Lang, string, string][])('%s: %j', (lang, text, want) => {
    expect(texts(addressRecognizer, text, lang)).toContain(want);
  });

  it('does not take a day after the town for a house number', () => {
    const text = 'Brevet blev sendt fra Torvet 2, 7100 Vejle den 3. juni 2024.';
    expect(texts(addressRecognizer, text, 'da')).toEqual(['Torvet 2, 7100 Vejle']);
  });
});

describe('ages in every language', () => {
  const ages = (text: string, lang: Lang) =>
    found(dobRecognizer, text, lang)
      .filter((f) => f.type === 'AGE')
      .map((f) => f.text);
  it.each([
    ['nl', 'Mijn moeder overleed op 71-jarige leeftijd aan kanker.', '71-jarige leeftijd'],
    ['it', 'mio padre Franco De Luca, 81 anni (nato a Bari), è ricoverato', '81 anni'],
    ['pl', 'W przypadku syna, Kuby (6 lat), nie trzeba zdjęcia.', '6 lat'],
    ['no', 'Min mor på 84 år har falt i trappen.', '84 år'],
    ['sv', 'Sonen Viktor (11 år) har astma.', '11 år'],
  ] as [Lang, string, string][])('%s: "%s"', (lang, text, want) => {
    expect(ages(text, lang)).toContain(want);
  });
});

describe('dates with weekdays, articles and times as each language writes them', () => {
  const dates = (text: string, lang: Lang) => eventDates(text, lang).map((s) => text.slice(s.start, s.end));
  it.each([
    ['da', 'Tiden er flyttet til onsdag den 8. maj kl. 09.15 på afdelingen.', 'onsdag den 8. maj kl. 09.15'],
    ['fi', 'Aika on varattu keskiviikolle 14.5. klo 10.30 poliklinikalle.', 'keskiviikolle 14.5. klo 10.30'],
    ['pl', 'Mama leży w szpitalu od czwartku 7 marca.', 'czwartku 7 marca'],
    ['nl', 'De afspraak is verzet naar vrijdag 6 juni om 14.15 uur.', 'vrijdag 6 juni om 14.15 uur'],
    ['fr', 'Vous êtes attendu le jeudi 5 juin 2025 à 14h30 au guichet.', 'jeudi 5 juin 2025 à 14h30'],
    ['es', 'Estoy de baja desde marzo de 2024 por la espalda.', 'marzo de 2024'],
    ['en', 'The nurse saw him on Tuesday 4th and again later.', 'Tuesday 4th'],
    ['en', 'Logged: 2021-04-03 09:12:44 by the system', '2021-04-03 09:12:44'],
  ] as [Lang, string, string][])('%s: "%s"', (lang, text, want) => {
    expect(dates(text, lang)).toContain(want);
  });

  it('finds a date in the sentence after a birth word (only the birth sentence belongs to DOB)', () => {
    expect(dates('Please confirm your date of birth. The visit was on 3/4/2022.', 'en')).toContain(
      '3/4/2022',
    );
  });
});

describe('numbers after their label in case forms, ID documents and plates', () => {
  it.each([
    ['pl', 'Mąż ma osobną umowę (ABC/2021/5566123) u Państwa.', 'ABC/2021/5566123'],
    ['en', 'My father (hosp no K4471902) was admitted.', 'K4471902'],
    ['nl', 'EAN stroom 871694840001234567 staat op de factuur.', '871694840001234567'],
  ] as [Lang, string, string][])('account %s: "%s"', (lang, text, want) => {
    expect(texts(accountNumberRecognizer, text, lang)).toContain(want);
  });

  it.each([
    ['it', "La mia carta d'identità elettronica n. CB12345XY è scaduta.", 'CB12345XY'],
    ['nl', 'Uw identiteitskaart (documentnummer IXR12P3Q4) verloopt.', 'IXR12P3Q4'],
  ] as [Lang, string, string][])('identity document %s: "%s"', (lang, text, want) => {
    expect(texts(passportRecognizer, text, lang)).toContain(want);
  });

  it('pl: a plate after the car word in its genitive', () => {
    expect(
      texts(plateRecognizer, 'Abonament jest przypisany do mojego auta KR 5521C od maja.', 'pl'),
    ).toContain('KR 5521C');
  });
});
