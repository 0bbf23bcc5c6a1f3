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
