import { readFileSync } from 'node:fs';
import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { luhnValid, structuredValid } from '../../scripts/eval/email-set/checksums.js';
import { type GoldMessage, goldSetPath, makeEmailSet } from '../../scripts/eval/make-email-set.js';
import { languages } from '../../src/anonymize/anonymize.types.js';

const lines = readFileSync(goldSetPath, 'utf8').trim().split('\n');
const set = lines.map((l) => JSON.parse(l) as GoldMessage);

describe('the email gold set', () => {
  it('is the committed output of the generator (fixed seed, reproducible)', () => {
    expect(makeEmailSet().map((m) => JSON.stringify(m))).toEqual(lines);
  });

  it('has at least 150 messages, 20+ per language, inbound mails and agent replies', () => {
    expect(set.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['en', 'de', 'fr', 'nl', 'es', 'sv']) {
      expect(set.filter((m) => m.lang === lang).length).toBeGreaterThanOrEqual(20);
      expect(set.some((m) => m.lang === lang && m.direction === 'reply')).toBe(true);
      expect(set.some((m) => m.lang === lang && m.direction === 'inbound')).toBe(true);
    }
    expect(new Set(set.map((m) => m.id)).size).toBe(set.length);
    for (const m of set) expect(languages).toContain(m.lang);
  });

  it('has every gold span, trap and ignored range in range, non-empty, and gold spans not overlapping', () => {
    for (const m of set) {
      const all = [...m.spans, ...m.traps, ...m.ignore];
      for (const s of all) {
        expect(s.start, m.id).toBeGreaterThanOrEqual(0);
        expect(s.end, m.id).toBeLessThanOrEqual(m.text.length);
        expect(s.end, m.id).toBeGreaterThan(s.start);
        expect(m.text.slice(s.start, s.end).trim().length, m.id).toBeGreaterThan(0);
      }
      const sorted = [...m.spans].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i]!.start, m.id).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
      for (const t of m.traps)
        for (const s of m.spans) expect(t.end <= s.start || t.start >= s.end, m.id).toBe(true);
    }
  });

  it('has valid checksums on every full IBAN, card number and national ID', () => {
    let checked = 0;
    for (const m of set)
      for (const s of m.spans) {
        const v = m.text.slice(s.start, s.end);
        // Last-four references ("card ending 4242") are personal data but carry no checksum.
        if (/^\d{4}$/.test(v)) continue;
        const ok = structuredValid(s.type, v);
        if (ok === undefined) continue;
        checked++;
        expect(ok, `${m.id} ${s.type} ${v}`).toBe(true);
        if (s.type === 'IBAN') expect(isValidIBAN(v.replace(/\s/g, '')), v).toBe(true);
        if (s.type === 'CARD') expect(luhnValid(v), v).toBe(true);
      }
    expect(checked).toBeGreaterThan(100);
  });

  it('has only valid phone numbers (libphonenumber) in national and international formats', () => {
    const regions: Record<string, ('GB' | 'US' | 'DE' | 'CH' | 'FR' | 'NL' | 'ES' | 'SE')[]> = {
      en: ['GB', 'US'],
      de: ['DE', 'CH'],
      fr: ['FR'],
      nl: ['NL'],
      es: ['ES'],
      sv: ['SE'],
    };
    let intl = 0;
    let national = 0;
    for (const m of set)
      for (const s of m.spans.filter((x) => x.type === 'PHONE')) {
        const v = m.text.slice(s.start, s.end);
        const ok = regions[m.lang]!.some((r) => isValidPhoneNumber(v.replace('(0)', ''), r));
        expect(ok, `${m.id} ${v}`).toBe(true);
        v.startsWith('+') ? intl++ : national++;
      }
    expect(intl).toBeGreaterThan(30);
    expect(national).toBeGreaterThan(30);
  });

  it('rejects broken check digits (the validators can fail)', () => {
    expect(structuredValid('IBAN', 'DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(structuredValid('IBAN', 'DE88 3704 0044 0532 0130 00')).toBe(false);
    expect(structuredValid('CARD', '4111 1111 1111 1111')).toBe(true);
    expect(structuredValid('CARD', '4111 1111 1111 1112')).toBe(false);
    expect(structuredValid('NATIONAL_ID', '111222333')).toBe(true);
    expect(structuredValid('NATIONAL_ID', '111222334')).toBe(false);
    expect(structuredValid('NATIONAL_ID', '12345678Z')).toBe(true);
    expect(structuredValid('NATIONAL_ID', '12345678A')).toBe(false);
    expect(structuredValid('NATIONAL_ID', '811228-9874')).toBe(true);
    expect(structuredValid('NATIONAL_ID', '811228-9875')).toBe(false);
    expect(structuredValid('NATIONAL_ID', '2 55 08 14 168 025 38')).toBe(true);
    expect(structuredValid('NATIONAL_ID', '2 55 08 14 168 025 39')).toBe(false);
    expect(structuredValid('NATIONAL_ID', '756.9217.0769.85')).toBe(true);
    expect(structuredValid('NATIONAL_ID', '756.9217.0769.84')).toBe(false);
  });

  it('marks the organisation’s own name and products as traps, never as gold', () => {
    for (const m of set) {
      const gold = new Set(m.spans.map((s) => m.text.slice(s.start, s.end)));
      expect(gold.has(m.org.name), m.id).toBe(false);
    }
    expect(set.filter((m) => m.traps.some((t) => t.label === 'org')).length).toBeGreaterThan(50);
  });
});
