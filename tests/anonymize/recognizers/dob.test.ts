import { describe, expect, it } from 'vitest';
import { dobRecognizer as r } from '../../../src/anonymize/recognizers/dob.js';
import { found } from './structured.support.js';

const of = (type: 'DOB' | 'AGE', text: string, lang = 'en' as const) =>
  found(r, text, lang)
    .filter((f) => f.type === type)
    .map((f) => f.text);

describe('date of birth recognizer', () => {
  it.each([
    ['en', 'I was born on 12 March 1985 in Leeds.', '12 March 1985'],
    ['en', 'She was born on 2/7/1961.', '2/7/1961'],
    ['en', 'Date of birth: March 12th, 1985', 'March 12th, 1985'],
    ['en', 'DOB 1985-03-12', '1985-03-12'],
    ['de', 'Ich bin geboren am 12.03.1985 in Köln.', '12.03.1985'],
    ['de', 'Geburtsdatum: 12. März 1985', '12. März 1985'],
    ['de', 'geb. 03.07.1962', '03.07.1962'],
    ['fr', 'Je suis né le 1er mars 1985.', '1er mars 1985'],
    ['fr', 'Date de naissance : 12/03/1985', '12/03/1985'],
    ['nl', 'Ik ben geboren op 12 maart 1985.', '12 maart 1985'],
    ['es', 'Fecha de nacimiento: 12 de marzo de 1985', '12 de marzo de 1985'],
    ['sv', 'Jag är född 12 mars 1985.', '12 mars 1985'],
    ['it', 'Sono nato il 12 marzo 1985.', '12 marzo 1985'],
    ['da', 'Jeg er født den 12. marts 1985.', '12. marts 1985'],
    ['no', 'Fødselsdato: 12.03.1985', '12.03.1985'],
    ['fi', 'Olen syntynyt 12. maaliskuuta 1985.', '12. maaliskuuta 1985'],
    ['pl', 'Urodzony 12 marca 1985 r.', '12 marca 1985'],
    ['en', 'He was born in 1985.', 'in 1985'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(of('DOB', text, lang as 'en')).toEqual([value]);
  });

  it('leaves dates without a birth word alone', () => {
    expect(of('DOB', 'Your appointment is on 12 March 2025; invoice of 12.03.2024.')).toEqual([]);
  });
});

describe('age recognizer', () => {
  it.each([
    ['en', 'I am 54 and retired.', '54'],
    ['en', 'my father, 87 years old, lives alone', '87'],
    ['en', 'a 34-year-old patient', '34'],
    ['de', 'Ich bin 54 Jahre alt.', '54'],
    ['de', 'Die 72-jährige Mutter', '72'],
    ['fr', "J'ai 54 ans.", '54'],
    ['nl', 'Ik ben 54 jaar.', '54'],
    ['nl', 'Mijn zoon is 12 jaar oud.', '12'],
    ['es', 'Tengo 54 años.', '54'],
    ['sv', 'Jag är 54 år.', '54'],
    ['it', 'Ho 54 anni.', '54'],
    ['da', 'Jeg er 54 år gammel.', '54'],
    ['fi', 'Olen 54-vuotias.', '54'],
    ['pl', 'Mam 54 lata.', '54'],
    ['en', 'Age: 54', '54'],
    ['en', 'My daughter Siobhan, who is 11, was diagnosed.', '11'],
    ['de', 'Mein Sohn Uwe ist 13 und hat Asthma.', '13'],
    ['es', 'Vivo con mi hijo Manuel, de 5 años.', '5'],
    ['fr', 'Ma fille Manon, 12 ans, souffre de migraines.', '12'],
    ['fr', "J'aurai 61 ans le 21 août.", '61'],
    ['nl', 'Ik word binnenkort 63.', '63'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(of('AGE', text, lang as 'en')).toEqual([value]);
  });

  it('does not take durations, prices, quantities or times for ages', () => {
    for (const text of [
      'I have been a customer for 10 years.',
      'Seit 10 Jahren bin ich Kunde.',
      'I am 20 minutes late.',
      'I am 100% sure.',
      'The warranty is 2 years.',
      'I am 3.5 km away.',
      'I am 2 days late with the payment.',
      'Ich bin 5 Minuten zu spät.',
      'Your forecast at age 60 is attached.',
      'My son is 3 days late with his homework.',
    ]) {
      expect(of('AGE', text), text).toEqual([]);
    }
  });
});
