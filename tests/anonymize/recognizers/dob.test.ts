import { describe, expect, it } from 'vitest';
import { dobRecognizer as r } from '../../../src/anonymize/recognizers/dob.js';
import { textsOfType } from './structured.support.js';

const of = (type: 'DOB' | 'AGE', text: string, lang = 'en' as const) => textsOfType(r, type, text, lang);

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
  // The span is the number with its age word, as the annotation guide of the blind set asks.
  it.each([
    ['en', 'I am 54 and retired.', '54'],
    ['en', 'my father, 87 years old, lives alone', '87 years old'],
    ['en', 'a 34-year-old patient', '34-year-old'],
    ['de', 'Ich bin 54 Jahre alt.', '54 Jahre alt'],
    ['de', 'Die 72-jährige Mutter', '72-jährige'],
    ['fr', "J'ai 54 ans.", '54 ans'],
    ['nl', 'Ik ben 54 jaar.', '54 jaar'],
    ['nl', 'Mijn zoon is 12 jaar oud.', '12 jaar oud'],
    ['es', 'Tengo 54 años.', '54 años'],
    ['sv', 'Jag är 54 år.', '54 år'],
    ['it', 'Ho 54 anni.', '54 anni'],
    ['da', 'Jeg er 54 år gammel.', '54 år gammel'],
    ['fi', 'Olen 54-vuotias.', '54-vuotias'],
    ['pl', 'Mam 54 lata.', '54 lata'],
    ['en', 'Age: 54', '54'],
    ['en', 'My daughter Siobhan, who is 11, was diagnosed.', '11'],
    ['de', 'Mein Sohn Uwe ist 13 und hat Asthma.', '13'],
    ['es', 'Vivo con mi hijo Manuel, de 5 años.', '5 años'],
    ['fr', 'Ma fille Manon, 12 ans, souffre de migraines.', '12 ans'],
    ['fr', "J'aurai 61 ans le 21 août.", '61 ans'],
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

describe('age recognizer in the 11 languages', () => {
  it.each([
    ['en', 'Our neighbour, a 79-year-old widow, fell.', '79-year-old'],
    ['en', 'My mother, aged 79, needs a carer.', 'aged 79'],
    ['de', 'Meine Mutter ist 79 Jahre alt und dement.', '79 Jahre alt'],
    ['de', 'Sie starb im Alter von 79 Jahren.', '79 Jahren'],
    ['fr', 'Ma fille a 12 ans et fait de l’asthme.', '12 ans'],
    ['fr', 'Mon père, âgé de 79 ans, vit seul.', '79 ans'],
    ['nl', 'Mijn moeder is 79 jaar en woont alleen.', '79 jaar'],
    ['es', 'Mi madre tiene 79 años.', '79 años'],
    ['es', 'Soy un hombre de 45 años.', '45 años'],
    ['sv', 'Min mor är 79 år och bor ensam.', '79 år'],
    ['sv', 'Min 79-åriga mamma föll i hallen.', '79-åriga'],
    ['it', 'Mia madre ha 79 anni.', '79 anni'],
    ['it', 'Una signora di 79 anni è caduta.', '79 anni'],
    ['it', 'Mio padre, 79enne, è in ospedale.', '79enne'],
    ['da', 'Min far er 79 år og bor alene.', '79 år'],
    ['da', 'Min 79-årige far faldt.', '79-årige'],
    ['no', 'Moren min er 79 år gammel.', '79 år gammel'],
    ['fi', 'Äitini on 79-vuotias.', '79-vuotias'],
    ['fi', '79-vuotiaan äitini hoito', '79-vuotiaan'],
    ['fi', 'Täytän 80 vuotta ensi kuussa.', '80 vuotta'],
    ['pl', 'Mój 79-letni ojciec upadł.', '79-letni'],
    ['pl', 'Pacjent Jan Nowak, lat 79, przyjęty wczoraj.', 'lat 79'],
    ['pl', 'Moja córka ma 12 lat.', '12 lat'],
    ['de', 'Meine Frau ist im 68. Lebensjahr und zuckerkrank.', '68. Lebensjahr'],
    ['nl', 'Hij is in zijn 80e levensjaar.', '80e levensjaar'],
    ['nl', 'Haar moeder is overleden op haar 52e aan kanker.', '52e'],
    ['nl', 'Uw dochter moet zelf aanwezig zijn; zij is 14 en moet tekenen.', '14'],
    ['no', 'Mannen min døde i november, han ble 80. Vi bodde sammen.', '80'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(of('AGE', text, lang as 'en')).toEqual([value]);
  });

  it('does not take durations, times ago or ages of things for ages of people', () => {
    for (const [lang, text] of [
      ['en', 'After 10 years of contract I want to cancel.'],
      ['en', 'I moved here 10 years ago.'],
      ['de', 'Der Vertrag läuft 10 Jahre.'],
      ['de', 'Zehn Jahre später, mit 10 Jahren Laufzeit.'],
      ['fr', 'Il y a 12 ans, j’ai signé un contrat de 10 ans.'],
      ['es', 'Tengo 10 años de experiencia con ustedes.'],
      ['es', 'La empresa tiene 10 años.'],
      ['it', 'Il contratto di 10 anni scade. Ho 3 figli.'],
      ['nl', 'Het contract loopt 10 jaar.'],
      ['sv', 'Jag har varit kund i 10 år.'],
      ['da', 'Jeg har været kunde i 10 år.'],
      ['fi', 'Olen ollut asiakas 10 vuotta.'],
      ['pl', 'Jestem klientem od 10 lat. 10 lat temu.'],
      ['nl', 'Ze is 2 keer gevallen en het was de 52e editie.'],
      ['no', 'Han er 2 timer forsinket.'],
    ] as const) {
      expect(of('AGE', text, lang as 'en'), text).toEqual([]);
    }
  });
});

describe('dates of birth after the birthplace', () => {
  it.each([
    ['it', 'La sottoscritta, nata a Lecce il 14/02/1971, chiede il rimborso.', '14/02/1971'],
    ['en', 'I was born in Leeds on 3 May 1960.', '3 May 1960'],
    ['de', 'Ich bin geboren in Bad Ischl am 3.5.1960.', '3.5.1960'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(of('DOB', text, lang as 'en')).toEqual([value]);
  });

  it('takes no date that follows a birthplace without a birth word', () => {
    expect(of('DOB', 'Ich wohne in Bad Ischl seit 3.5.1960.', 'de' as 'en')).toEqual([]);
  });
});

describe('ages written after a name, a pronoun or "has"', () => {
  it.each([
    ['de', 'Unser Sohn Jonas Weber (7 Jahre) war bei Ihnen.', '7 Jahre'],
    ['da', 'Min far, Henning Lund (83 år, CPR følger), blev indlagt.', '83 år'],
    ['fi', 'Hain lomaa pojalleni Onnille (6 v), joka on sairas.', '6 v'],
    ['pl', 'Mój tata, Jerzy Wójcik (68 lat), wyraża zgodę.', '68 lat'],
    ['it', 'Mia zia Giulia Ferri, 81 anni, è caduta.', '81 anni'],
    ['es', 'Mi padre, Tomás Ruiz Gil, de 72 años, ingresó ayer.', '72 años'],
    ['en', 'My aunt, Mary Byrne (91 years of age), lives alone.', '91 years of age'],
    ['nl', 'Mijn dochter viel. Ze is 9 jaar.', '9 jaar'],
    ['es', 'Somos pensionistas: ella tiene 70 años.', '70 años'],
    ['sv', 'Han fick diagnosen när han var 48 år.', '48 år'],
    ['it', 'Luca ha 12 anni e gioca a calcio.', '12 anni'],
    ['pl', 'Marek ma 7 lat.', '7 lat'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(of('AGE', text, lang as 'en')).toEqual([value]);
  });

  it('does not take durations in brackets after nouns, nor ages of things', () => {
    for (const [lang, text] of [
      ['de', 'Die Laufzeit (10 Jahre) ist zu lang.'],
      ['it', "L'Azienda ha 30 anni di storia."],
      ['es', 'La Fundación tiene 25 años.'],
      ['sv', 'Det var 10 år sedan han flyttade.'],
      ['en', 'The Contract (5 years) ends soon.'],
    ] as const) {
      expect(of('AGE', text, lang as 'en'), text).toEqual([]);
    }
  });
});
