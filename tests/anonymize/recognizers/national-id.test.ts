import { describe, expect, it } from 'vitest';
import { nationalIdRecognizer as r } from '../../../src/anonymize/recognizers/national-id.js';
import { found, texts } from './structured.support.js';

const scoreOf = (text: string, value: string) => {
  const hit = found(r, text).find((f) => f.text === value);
  return hit?.score ?? 0;
};

describe('national ID recognizer', () => {
  it.each([
    ['en', 'My SSN is 536-22-1234, please update it.', '536-22-1234'],
    ['en', 'National Insurance number: AB 12 34 56 C', 'AB 12 34 56 C'],
    ['de', 'Meine Steuer-ID lautet 86 095 742 719.', '86 095 742 719'],
    ['de', 'Ihre Krankenversichertennummer: X030139341.', 'X030139341'],
    ['de', 'Meine Rentenversicherungsnummer ist 53270785B041, falls nötig.', '53270785B041'],
    ['nl', 'Mijn BSN is 111222333, graag aanpassen.', '111222333'],
    ['fr', 'Rijksregisternummer / numéro national : 85.07.30-033.28', '85.07.30-033.28'],
    ['fr', 'Mon numéro de sécurité sociale est le 1 85 05 78 006 084 91.', '1 85 05 78 006 084 91'],
    ['fr', 'NIR 2 69 05 2A 123 456 88 (Ajaccio)', '2 69 05 2A 123 456 88'],
    ['es', 'Adjunto mi DNI 12345678Z y el NIE de mi esposa X1234567L.', '12345678Z'],
    ['it', 'Il mio codice fiscale è RSSMRA85T10A562S.', 'RSSMRA85T10A562S'],
    ['sv', 'Mitt personnummer är 19121212-1212.', '19121212-1212'],
    ['da', 'Mit CPR-nummer er 070761-4285.', '070761-4285'],
    ['no', 'Fødselsnummer: 010107 50160', '010107 50160'],
    ['fi', 'Henkilötunnus 131052-308T', '131052-308T'],
    ['pl', 'Mój PESEL to 44051401359.', '44051401359'],
    ['de', 'Sozialversicherungsnummer 1237 010180', '1237 010180'],
    ['de', 'AHV-Nummer 756.1234.5678.97', '756.1234.5678.97'],
  ] as const)('%s: finds the ID in "%s"', (lang, text, value) => {
    const hits = found(r, text, lang);
    const hit = hits.find((h) => h.text === value);
    expect(hit, JSON.stringify(hits)).toBeDefined();
    expect(hit!.score).toBeGreaterThanOrEqual(0.9);
    expect(hit!.type).toBe('NATIONAL_ID');
  });

  it('finds the NIE next to the DNI', () => {
    expect(texts(r, 'DNI 12345678Z, NIE X1234567L', 'es')).toEqual(['12345678Z', 'X1234567L']);
  });

  it('rejects numbers whose check digit is wrong', () => {
    for (const text of [
      'BSN 111222334',
      'Steuer-ID 86095742718',
      'Versichertennummer X030139342',
      'codice fiscale RSSMRA85T10A562T',
      'PESEL 44051401358',
      'henkilötunnus 131052-308U',
      'AHV 756.1234.5678.98',
      'DNI 12345678A',
      'personnummer 811218-9875',
      'fødselsnummer 01010750161',
      'NIR 1 85 05 78 006 084 36',
    ]) {
      expect(texts(r, text), text).toEqual([]);
    }
  });

  it('scores a valid BSN high with its context word and moderately without', () => {
    const withWord = scoreOf('Burgerservicenummer: 111222333', '111222333');
    const without = scoreOf('Referentie 111222333', '111222333');
    expect(withWord).toBeGreaterThanOrEqual(0.9);
    expect(without).toBeGreaterThan(0.3);
    expect(without).toBeLessThan(0.7);
  });

  it('needs context for a bare 9-digit SSN and a Danish CPR without mod 11', () => {
    expect(scoreOf('Social Security Number 536221234', '536221234')).toBeGreaterThanOrEqual(0.8);
    expect(texts(r, 'Reference 536221234').includes('536221234')).toBe(false);
    expect(scoreOf('CPR: 290200-1234', '290200-1234')).toBeGreaterThanOrEqual(0.9);
    expect(texts(r, 'Ref 290200-1234').includes('290200-1234')).toBe(false);
  });

  it('lowers the score of a checksum match that context calls an order number', () => {
    expect(scoreOf('Order 111222333 shipped', '111222333')).toBeLessThan(
      scoreOf('Ref 111222333', '111222333'),
    );
  });

  it('does not flag prices, dates, quantities or version numbers', () => {
    const text =
      'The price is € 1,234.56 for 3 items, delivered on 12.03.2024, app version 10.2.33 build 2024.11.05, total 100000 units.';
    expect(texts(r, text)).toEqual([]);
  });

  it('does not take a digit group out of an international phone number', () => {
    expect(texts(r, 'Call +31 111 222 333 or +46 811218-9876')).toEqual([]);
  });

  it('leaves the digits of a prefixed reference to the reference', () => {
    // 31177402 alone passes the BSN check.
    expect(texts(r, 'Mijn nummer: 31177402')).toEqual(['31177402']);
    expect(texts(r, 'Account no BWE-31177402, ref ZK/31177402')).toEqual([]);
  });
});

describe('Spanish social security and Irish PPS numbers', () => {
  it('finds them by their check digits, higher with their name', () => {
    expect(texts(r, 'Su número de la Seguridad Social es 28 12345678 40.', 'es')).toEqual(['28 12345678 40']);
    expect(texts(r, 'My PPSN is 1234567T and my wife’s is 1234567FA.')).toEqual(['1234567T', '1234567FA']);
    expect(scoreOf('PPSN 1234567T', '1234567T')).toBeGreaterThan(scoreOf('ref 1234567T', '1234567T'));
  });

  it('rejects a wrong check digit or letter, and lower-case codes', () => {
    expect(texts(r, 'NSS 28 12345678 41', 'es')).toEqual([]);
    expect(texts(r, 'PPSN 1234567U, order 1234567t.')).toEqual([]);
  });
});
