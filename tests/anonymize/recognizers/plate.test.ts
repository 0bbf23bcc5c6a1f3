import { describe, expect, it } from 'vitest';
import { plateRecognizer as r } from '../../../src/anonymize/recognizers/plate.js';
import { texts } from './structured.support.js';

describe('licence plate recognizer', () => {
  it.each([
    ['en', 'The car with licence plate AB12 CDE was parked outside.', 'AB12 CDE'],
    ['en', 'License plate: 7ABC123', '7ABC123'],
    ['de', 'Mein Kennzeichen ist B-AB 1234.', 'B-AB 1234'],
    ['de', 'Amtliches Kennzeichen M-XY 123E', 'M-XY 123E'],
    ['nl', 'Kenteken 12-ABC-3 staat op mijn naam.', '12-ABC-3'],
    ['fr', "Plaque d'immatriculation : AB-123-CD", 'AB-123-CD'],
    ['es', 'La matrícula es 1234 BCD.', '1234 BCD'],
    ['sv', 'Registreringsnummer ABC 123', 'ABC 123'],
    ['it', 'Targa AB 123 CD', 'AB 123 CD'],
    ['no', 'Registreringsnummer: AB 12345', 'AB 12345'],
    ['fi', 'Rekisterinumero ABC-123', 'ABC-123'],
    ['pl', 'Numer rejestracyjny WA 12345', 'WA 12345'],
    ['de', 'Kontrollschild / Kennzeichen: ZH 123456', 'ZH 123456'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, text, lang)).toEqual([value]);
  });

  it('needs a plate word', () => {
    expect(texts(r, 'Product AB-123-CD ships in 1234 ABC boxes.')).toEqual([]);
  });

  it('takes neither plain words nor plain numbers after a plate word', () => {
    expect(texts(r, 'Your plate is ready. Kennzeichen beantragt am 12.03.2024', 'de')).toEqual([]);
    expect(texts(r, 'the number plate 12345 was reissued')).toEqual([]);
  });
});

describe('licence plate recognizer at the end of a phrase', () => {
  it('stops before the next capitalised word', () => {
    expect(texts(r, 'Kennzeichen B-AB 1234 Berlin', 'de')).toEqual(['B-AB 1234']);
  });
});

describe('licence plates of each supported country', () => {
  it.each([
    ['de', 'Mein Kfz-Kennzeichen: M-AB 1234', 'M-AB 1234'],
    ['de', 'Das Fahrzeug mit dem Kennzeichen B-XY 123E wurde abgeschleppt.', 'B-XY 123E'],
    ['de', 'Kennzeichen W-12345A (Wien)', 'W-12345A'],
    ['nl', 'Mijn kenteken is AB-123-C.', 'AB-123-C'],
    ['nl', 'Kenteken: 1-ABC-234', '1-ABC-234'],
    ['fr', 'Ma voiture immatriculée AB-123-CD est au garage.', 'AB-123-CD'],
    ['es', 'Matrícula: 1234 BCD', '1234 BCD'],
    ['it', 'La mia auto targata AB 123 CD è stata rubata.', 'AB 123 CD'],
    ['sv', 'Reg.nr. ABC 12A', 'ABC 12A'],
    ['da', 'Nummerplade AB 12 345', 'AB 12 345'],
    ['no', 'Bilen har skiltnummer AB 12345.', 'AB 12345'],
    ['fi', 'Auton rekisteritunnus on ABC-123.', 'ABC-123'],
    ['pl', 'Nr rej. KR 1AB23', 'KR 1AB23'],
    ['en', 'Car reg: AB12 CDE', 'AB12 CDE'],
    ['en', 'Registration 12-D-12345', '12-D-12345'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, text, lang)).toEqual([value]);
  });

  it('takes German and Irish plates by their strict shape alone', () => {
    expect(texts(r, 'Der Unfallgegner (M-AB 1234) fuhr zu schnell.', 'de')).toEqual(['M-AB 1234']);
    expect(texts(r, 'The other car, 151-D-12345, drove off.')).toEqual(['151-D-12345']);
  });

  it('leaves product codes, standards, dates and phone numbers alone without a plate word', () => {
    for (const text of [
      'Artikel AB-123-C und Modell 1-ABC-234 sind lieferbar.',
      'Norm DIN-EN 1234, ISO-9001, COVID-19, A-Z 2024.',
      'Termin am 12-03-2024, Tel. 030-123456.',
      'Order SKU-12-ABC, version 2.1-RC-3.',
      'My license expired in 2023.',
    ]) {
      expect(texts(r, text), text).toEqual([]);
    }
  });
});

describe('plates after a vehicle word', () => {
  it.each([
    ['de', 'Der Schaden an Ihrem Fahrzeug (KU-512 AB) ist gemeldet.', 'KU-512 AB'],
    ['es', 'Mi coche es el 4821 KLM y estaba aparcado.', '4821 KLM'],
    ['fi', 'Rekka (XKB-219) peruutti autoni (RTO-614) kylkeen.', 'XKB-219'],
    ['fr', 'La voiture GE 418 220 appartient à mon fils.', 'GE 418 220'],
    ['no', 'Bilen min (EL 73215) ble skadet.', 'EL 73215'],
    ['pl', 'Samochód WX 48213 stał na parkingu.', 'WX 48213'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, text, lang)).toContain(value);
  });

  it('takes no plain number, word or model name after a vehicle word', () => {
    expect(texts(r, 'My car 2 years ago was a Golf.')).toEqual([]);
    expect(texts(r, 'Das Fahrzeug ABC wurde 2019 gekauft.', 'de')).toEqual([]);
    expect(texts(r, 'Bilen er en Volvo og har gått 12000 km.', 'no')).toEqual([]);
  });
});
