import { describe, expect, it } from 'vitest';
import { alternation, wordStart, wordStartMatches } from '../../../src/anonymize/recognizers/regex-tools.js';

const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0], m.indices?.[1] ?? null]);

describe('matches at word starts', () => {
  const regexes = [
    new RegExp(`${wordStart}${alternation(['anna', 'an', 'ann a', 'éa', '𝔘x'])}`, 'gu'),
    new RegExp(`${wordStart}(\\p{Lu}\\p{L}*)`, 'gdu'),
    new RegExp(`${wordStart}\\d+(?:[.-]\\d+)?`, 'gu'),
    // Empty matches, which advance by a code point, and matches between a surrogate pair's halves.
    new RegExp(`${wordStart}(?:x?)`, 'gu'),
  ];

  it('are the matches matchAll finds, on texts with accents, astral letters, emoji and digits', () => {
    const alphabet = ['a', 'n', 'A', 'N', ' ', '\n', 'é', '𝔘', 'x', '😀', '_', '1', '.', '-', 'É', '\uD800'];
    let seed = 42;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = Math.floor(random() * 24); i > 0; i--)
        text += alphabet[Math.floor(random() * alphabet.length)];
      for (const re of regexes)
        expect(found(wordStartMatches(re, text)), text).toEqual(found(text.matchAll(re)));
    }
  });

  it('finds a date cue in a real sentence as the global scan does', () => {
    const text = 'Seit März 2024 wohne ich in Łódź; am 3. Mai ging Anna 😀 nach Turku.';
    for (const re of regexes) expect(found(wordStartMatches(re, text))).toEqual(found(text.matchAll(re)));
  });

  it('refuses a regex that does not begin at a word start', () => {
    expect(() => wordStartMatches(/\d+/gu, '12')).toThrow(/wordStart/);
  });
});
