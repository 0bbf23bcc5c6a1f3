import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { dobRecognizer as r } from '../../../src/anonymize/recognizers/dob.js';
import { textsOfType } from './structured.support.js';

const ages = (text: string, lang: Lang) => textsOfType(r, 'AGE', text, lang);

describe('ages whose clause ends at the unit', () => {
  it.each([
    // a bracket after a given name or a relative
    ['en', 'We will bring Oliver (6 years) to the appointment.', '6 years'],
    ['de', 'Unsere Tochter Lena (13 Jahre) braucht eine Bescheinigung.', '13 Jahre'],
    ['fr', 'Le dossier concerne Chloé (15 ans) et son frère.', '15 ans'],
    ['nl', 'Mijn moeder (91 jaar) woont bij ons in.', '91 jaar'],
    ['es', 'La custodia de Pablo (10 años) sigue abierta.', '10 años'],
    ['it', 'Mio padre (88 anni) è stato ricoverato.', '88 anni'],
    ['pl', 'Mój syn (16 lat) potrzebuje zaświadczenia.', '16 lat'],
    ['da', 'Både Magnus (12 år) og hans søster skal undersøges.', '12 år'],
    ['no', 'Sønnen vår Henrik (7 år) har fått time.', '7 år'],
    ['sv', 'Min mormor (93 år) bor hos oss.', '93 år'],
    ['fi', 'Mikko (4 v) aloittaa päiväkodin.', '4 v'],
    // after a comma, following a name or an identifier
    ['pl', 'Dane: Tomasz Wójcik, 38 lat, ul. Długa 5', '38 lat'],
    ['fi', 'Potilas: Aino, 71 v, kotona asuva', '71 v'],
    ['de', 'Versicherte: Karin Huber, 64 Jahre\nAdresse folgt.', '64 Jahre'],
    // a subject-less "has" at a sentence start (es, it, pl) and the French "a" after a name
    ['es', 'Ayer hablé con el médico. Tiene 58 años y vive sola.', '58 años'],
    ['it', 'La paziente è in reparto. Ha 77 anni, ed è lucida.', '77 anni'],
    ['pl', 'Proszę o termin dla babci. Ma 82 lata.', '82 lata'],
    ['fr', 'Inès a 9 ans, elle est en CM1.', '9 ans'],
    // a copula whose sentence names no period of something
    ['nl', 'Onze oudste is 17 jaar.', '17 jaar'],
    ['da', 'Min far er 79 år, og han bor alene.', '79 år'],
    ['fi', 'Äiti on 83 v.', '83 v.'],
    // the first person, and the languages that say an age with "have"
    ['nl', 'Ik ben zelf 71 jaar en heb rugklachten.', '71 jaar'],
    ['de', 'Ich bin 67 Jahre, mein Mann ist pflegebedürftig.', '67 Jahre'],
    ['fi', 'Olen 66 v. ja asun yksin.', '66 v.'],
    ['fr', "J'ai 71 ans, je vis seule.", '71 ans'],
    ['it', 'Ormai ho 85 anni.', '85 anni'],
    ['es', 'Yo ya tengo 64 años y estoy de baja.', '64 años'],
    ['pl', 'Sama mam 70 lat.', '70 lat'],
    // a clause that goes on with "but"
    ['it', 'Prende il Coumadin. Ha 81 anni ma è lucidissima.', '81 anni'],
    ['es', 'Tiene 71 años pero vive sola.', '71 años'],
    // the writer says what they are, then the age after a comma
    ['fr', 'Je suis retraité, 67 ans, et je ne peux pas payer.', '67 ans'],
    ['it', 'Sono pensionato, 72 anni, e vivo solo.', '72 anni'],
    // completed years, and a contracted "he is"
    ['es', 'Vivo sola, con 71 cumplidos, y no gasto tanto.', '71 cumplidos'],
    ['en', "He's 34, DOB 09/06/1992.", '34'],
  ] as const)('%s: "%s"', (lang, text, age) => {
    expect(ages(text, lang)).toEqual([age]);
  });

  it.each([
    // durations: a preposition before the number, or a period of something as the subject
    ['de', 'Wir wohnen seit 12 Jahren in dieser Wohnung.'],
    ['de', 'Die Laufzeit ist 5 Jahre.'],
    ['de', 'Die Garantie (2 Jahre) ist abgelaufen.'],
    ['en', 'I have been a customer for 5 years.'],
    ['en', 'The warranty is 3 years.'],
    ['nl', 'De looptijd van het contract is 10 jaar.'],
    ['fr', 'Je suis client depuis 8 ans.'],
    ['es', 'El contrato es de 3 años.'],
    ['es', 'Trabajo aquí, 10 años ya.'],
    ['it', 'Il mutuo è di 20 anni.'],
    ['pl', 'Spłacam kredyt od 6 lat, umowa jest na 25 lat.'],
    ['pl', 'Mieszkam tu w ciągu 2 lat.'],
    ['da', 'Vi har boet her i 3 år.'],
    ['da', 'Lånet er 30 år.'],
    ['sv', 'Jag har jobbat där, 10 år.'],
    ['no', 'Avtalen er 2 år.'],
    ['fi', 'Laina-aika on 25 vuotta.'],
    ['fr', 'Nous avons déménagé il y a 3 ans.'],
    ['nl', 'Ik ben 5 jaar klant bij u.'],
    ['es', 'Tengo 3 años de garantía.'],
    ['pl', 'Mam 2 lata gwarancji na pralkę.'],
    ['it', 'Il contratto ha 10 anni ma è valido.'],
    ['en', 'I am a member, 12 years, and never claimed.'],
    ['en', "She's 2 weeks overdue with the payment."],
    // a year before the comma, and dates
    ['de', 'Eingezogen 2019, 5 Jahre später umgezogen.'],
    ['en', 'Period: 2018, 4 years.'],
  ] as const)('%s: no age in "%s"', (lang, text) => {
    expect(ages(text, lang)).toEqual([]);
  });
});

describe('a bare number closing a bracket after a name or a relative', () => {
  it.each([
    ['de', 'Mein Neffe Jonas (4) hat Mukoviszidose.', ['4']],
    ['no', 'Jeg har to barn, Sander (9) og Tiril (6). Når bør de testes?', ['9', '6']],
    ['en', "I'm writing about my mum, Nasreen Qureshi (81), NHS number 721.", ['81']],
  ] as const)('%s: %s', (lang, text, values) => {
    expect(ages(text, lang)).toEqual([...values]);
  });

  it('leaves numbered sections and room numbers alone', () => {
    expect(ages('See Section (4) and Annex (12).', 'en')).toEqual([]);
    expect(ages('Frau Müller (Zimmer 12) wartet.', 'de')).toEqual([]);
  });
});
