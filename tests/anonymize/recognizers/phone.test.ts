import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { phoneRecognizer } from '../../../src/anonymize/recognizers/phone.js';
import { ctx, found } from './context.js';

const run = (text: string, lang: Lang = 'en', address?: string) =>
  found(
    text,
    phoneRecognizer.detect(ctx(text, lang, address ? { participants: [{ role: 'from', address }] } : {})),
  );

describe('phone recognizer', () => {
  it('finds national numbers with the region the language suggests', () => {
    expect(run('Sie erreichen mich unter 030 12345678.', 'de')).toEqual(['030 12345678']);
    expect(run('Call me on 020 7946 0958 after five.', 'en')).toEqual(['020 7946 0958']);
    expect(run('Mon portable : 06 12 34 56 78', 'fr')).toEqual(['06 12 34 56 78']);
    expect(run('Bel mij op 06-12345678 aub', 'nl')).toEqual(['06-12345678']);
    expect(run('Mi móvil es 612 34 56 78', 'es')).toEqual(['612 34 56 78']);
    expect(run('Ring mig på 070-123 45 67', 'sv')).toEqual(['070-123 45 67']);
    expect(run('Ring til mig på 20 12 34 56', 'da')).toEqual(['20 12 34 56']);
    expect(run('Ring meg på 412 34 567', 'no')).toEqual(['412 34 567']);
    expect(run('Il mio cellulare: 312 345 6789', 'it')).toEqual(['312 345 6789']);
    expect(run('Mój numer: 512 345 678', 'pl')).toEqual(['512 345 678']);
  });

  it('finds international numbers whatever the language', () => {
    expect(run('Tel. +41 44 668 18 00', 'en')).toEqual(['+41 44 668 18 00']);
    expect(run('reach me at 0049 (0)89 1234567', 'fr')).toEqual(['0049 (0)89 1234567']);
    expect(run('US office (978) 645-9740 ext. 114', 'de')).toEqual(['(978) 645-9740 ext. 114']);
  });

  it('uses the country of the participants address as a hint', () => {
    // Swiss national number in an English mail from a .ch address.
    expect(run('My number is 044 668 18 00', 'en', 'kunde@bluewin.ch')).toEqual(['044 668 18 00']);
  });

  it('keeps phone-shaped numbers that fail validation as weak spans', () => {
    for (const text of ['call 50-98-28-96 tomorrow', 'phone 001-748-088-2851x818']) {
      const spans = phoneRecognizer.detect(ctx(text));
      expect(spans).toHaveLength(1);
      expect(spans[0]!.score).toBeLessThan(0.9);
    }
  });

  it('does not flag dates, times, prices, short numbers or parts of longer codes', () => {
    expect(run('Am 12.05.2024 um 14:30 kostet es 1.234,56 EUR', 'de')).toEqual([]);
    expect(run('Order 12345 shipped, invoice 2024', 'en')).toEqual([]);
    expect(run('IBAN DE89370400440532013000', 'de')).toEqual([]);
  });
});

describe('phone recognizer and references', () => {
  it('leaves prefixed reference numbers to the account-number recognizer', () => {
    expect(run('policy Z-443992, claim POL-09141472 and case CT-82164285', 'en')).toEqual([]);
  });
});

describe('phone recognizer and IBANs', () => {
  it('does not read the digit groups of a grouped IBAN as phone numbers', () => {
    expect(run('IBAN GB82 WEST 1234 5698 7654 32 please', 'en')).toEqual([]);
    expect(run('rekening NL91 ABNA 0417 1643 00 graag', 'nl')).toEqual([]);
  });

  it('splits two numbers joined by a spaced slash or dash', () => {
    expect(run('Tel. 915 42 18 07 / 646 21 33 90', 'es')).toEqual(['915 42 18 07', '646 21 33 90']);
    // A landline and a mobile on one line of a signature, joined by a dash.
    expect(run('0121 932 447 – 348 775 0219', 'it')).toEqual(['0121 932 447', '348 775 0219']);
  });

  it('takes neither the year and hour of a timestamp nor an unclosed bracket', () => {
    expect(run('Sendt: 7. maj 2024 21:36', 'da')).toEqual([]);
    expect(run('mi móvil (612 34 56 78). Gracias', 'es')).toEqual(['612 34 56 78']);
  });

  it('leaves plate-like codes with capitals in front alone', () => {
    expect(run('véhicule VD 562 314', 'fr')).toEqual([]);
  });
});
