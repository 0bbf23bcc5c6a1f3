import { describe, expect, it } from 'vitest';
import { accountNumberRecognizer as r } from '../../../src/anonymize/recognizers/account-number.js';
import { texts } from './structured.support.js';

describe('account / customer / case number recognizer', () => {
  it.each([
    ['en', 'My customer number is 40012345.', '40012345'],
    ['en', 'Regarding case #88123, see attached.', '88123'],
    ['en', 'Order no. A-2024-00017 has not arrived.', 'A-2024-00017'],
    ['en', 'Patient ID: PT-99812', 'PT-99812'],
    ['en', 'Claim number CLM/2231/77', 'CLM/2231/77'],
    ['de', 'Meine Kundennummer: 4711-0815', '4711-0815'],
    ['de', 'Versicherungsnummer 12 3456 7890', '12 3456 7890'],
    ['de', 'Policennummer: KV-7781234', 'KV-7781234'],
    ['de', 'Ihr Aktenzeichen lautet 3 O 123/24', '3'],
    ['fr', 'Mon numéro de client est le 00098123.', '00098123'],
    ['fr', 'Numéro de dossier : DOS-55123', 'DOS-55123'],
    ['nl', 'Klantnummer 5521339, polisnummer PN-887766.', '5521339'],
    ['es', 'Mi número de póliza es 88-776655.', '88-776655'],
    ['sv', 'Kundnummer: 7788123 och ärendenummer 2024-5561', '7788123'],
    ['it', 'Il mio numero cliente è 55412398.', '55412398'],
    ['da', 'Mit kundenummer er 33445566.', '33445566'],
    ['no', 'Kundenummer 99887766', '99887766'],
    ['fi', 'Asiakasnumero: 1234567', '1234567'],
    ['pl', 'Numer klienta: 20004567', '20004567'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    const got = texts(r, text, lang);
    if (value.length < 3) expect(got.includes(value)).toBe(false);
    else expect(got[0]).toBe(value);
  });

  it('finds every code of a message with several', () => {
    expect(texts(r, 'Klantnummer 5521339, polisnummer PN-887766.', 'nl')).toEqual(['5521339', 'PN-887766']);
    expect(texts(r, 'Kundnummer: 7788123 och ärendenummer 2024-5561', 'sv')).toEqual([
      '7788123',
      '2024-5561',
    ]);
  });

  it('does not flag prices, quantities, dates, years or versions after a context word', () => {
    for (const text of [
      'Invoice of € 1,234.50 is overdue.',
      'Invoice 120.50 EUR paid.',
      'Order 3 items, order 2500 pcs.',
      'Order of 12.03.2024 was late.',
      'Your order from 2024 is archived.',
      'Account app version 10.2.3 installed.',
      'Rechnung vom 03.04.2024 über 1.250,00 €',
    ]) {
      expect(texts(r, text), text).toEqual([]);
    }
  });

  it('finds a code again where it repeats without its context word, also when introduced in another message', () => {
    const thread = ['Dear team, my policy number is KV-7781234. Thanks'];
    expect(texts(r, 'About KV-7781234: still no answer. KV-7781234!', 'en', thread)).toEqual([
      'KV-7781234',
      'KV-7781234',
    ]);
    expect(texts(r, 'Order 55412398 and later 55412398 again')).toEqual(['55412398', '55412398']);
  });

  it('does not search short codes across the thread', () => {
    expect(texts(r, 'We have 4711 reasons', 'en', ['Kundennummer 4711'])).toEqual([]);
  });
});
