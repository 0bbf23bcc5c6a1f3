import { describe, expect, it } from 'vitest';
import { accountNumberRecognizer as r } from '../../../src/anonymize/recognizers/account-number.js';
import { texts } from './structured.support.js';

describe('metering-point numbers and labels far from their number', () => {
  it.each([
    ['da', 'Aftagenummer for den nye bolig ifølge mægleren: 571234567890123456', '571234567890123456'],
    ['sv', 'Anläggnings-id som elnätsbolaget skickade: 735123456789012345', '735123456789012345'],
    ['fi', 'Käyttöpaikkatunnus (vanha osoite): 643123456789012345', '643123456789012345'],
    ['nl', 'EAN-code gas 871234567890123456 staat op de meter.', '871234567890123456'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, text, lang)).toEqual([value]);
  });

  it('takes a matter and a loan number after their Finnish labels', () => {
    expect(texts(r, 'Asiamme: T-2024/118', 'fi')).toEqual(['T-2024/118']);
    expect(texts(r, 'Lainanumero 4471-2209', 'fi')).toEqual(['4471-2209']);
  });

  it('leaves phone numbers, grouped card numbers and longer digit runs alone', () => {
    expect(texts(r, 'Ring +4512345678 eller skriv.', 'da')).toEqual([]);
    expect(texts(r, 'Kort 4111 1111 1111 1111 spærret.', 'da')).toEqual([]);
    expect(texts(r, 'Sporing 1234567890123456789 ukendt.', 'da')).toEqual([]);
  });
});
