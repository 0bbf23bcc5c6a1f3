import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang, Span } from '../../../src/anonymize/anonymize.types.js';
import {
  holidayRanges,
  holidaysFile,
  parseHolidays,
  withoutHolidayNames,
} from '../../../src/anonymize/recognizers/holidays.js';

const named = (text: string, lang: Lang) => holidayRanges(text, lang).map(([a, b]) => text.slice(a, b));

describe('holidays by name', () => {
  it('lists holidays for every language', () => {
    const byLang = parseHolidays(readFileSync(holidaysFile, 'utf8'));
    expect([...byLang.keys()].sort()).toEqual([
      'da',
      'de',
      'en',
      'es',
      'fi',
      'fr',
      'it',
      'nl',
      'no',
      'pl',
      'sv',
    ]);
    for (const phrases of byLang.values()) expect(phrases.length).toBeGreaterThan(10);
    expect(() => parseHolidays('christmas eve\n[en]\n')).toThrow(/before any \[language\]/u);
  });

  it('finds them whole, in any case and in inflected forms', () => {
    expect(named('På Kristi himmelfärdsdag har vi stängt.', 'sv')).toEqual(['Kristi himmelfärdsdag']);
    expect(named('Per Pasqua e Pasquetta siamo chiusi.', 'it')).toEqual(['Pasqua', 'Pasquetta']);
    expect(named('W Wigilię oraz w Sylwestra czynne do 13:00.', 'pl')).toEqual(['Wigilię', 'w Sylwestra']);
    expect(named('Juhannusaattona olemme suljettu.', 'fi')).toEqual(['Juhannusaattona']);
    expect(named('Rozmawiałem z panem Sylwestrem Nowakiem.', 'pl')).toEqual([]);
  });

  it('drops a guessed person, organisation or place over a holiday, and nothing else', () => {
    const text = 'Per Pasqua chiamate Anna Rossi al 333 1234567.';
    const span = (part: string, type: Span['type'], source = 'ner-tagger'): Span => {
      const start = text.indexOf(part);
      return { start, end: start + part.length, type, source, score: 0.9 };
    };
    const spans = [
      span('Per Pasqua', 'PERSON'),
      span('Anna Rossi', 'PERSON'),
      span('333 1234567', 'PHONE', 'phone'),
      span('Pasqua', 'PERSON', 'deny-list'),
    ];
    expect(withoutHolidayNames(text, 'it', spans).map((s) => text.slice(s.start, s.end))).toEqual([
      'Anna Rossi',
      '333 1234567',
      'Pasqua',
    ]);
  });
});
