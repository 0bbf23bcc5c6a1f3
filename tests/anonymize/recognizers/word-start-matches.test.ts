import { describe, expect, it } from 'vitest';
import {
  alternation,
  caseInsensitiveLiterals,
  escapeRegex,
  firstCharMatches,
  isWordStartIgnoringCase,
  lineStart,
  lineStartMatches,
  wordStart,
  wordStartMatches,
} from '../../../src/anonymize/recognizers/regex-tools.js';

const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0], m.indices?.[1] ?? null]);

/** `count` texts of up to `longest` pieces of the alphabet, the same on every run. */
function randomTexts(alphabet: readonly string[], longest: number, count: number, seed: number): string[] {
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    let text = '';
    for (let i = Math.floor(random() * longest); i > 0; i--)
      text += alphabet[Math.floor(random() * alphabet.length)];
    return text;
  });
}

describe('matches at word starts', () => {
  const regexes = [
    new RegExp(`${wordStart}${alternation(['anna', 'an', 'ann a', 'éa', '𝔘x'])}`, 'gu'),
    new RegExp(`${wordStart}(\\p{Lu}\\p{L}*)`, 'gdu'),
    new RegExp(`${wordStart}\\d+(?:[.-]\\d+)?`, 'gu'),
    // Empty matches, which advance by a code point, and matches between a surrogate pair's halves.
    new RegExp(`${wordStart}(?:x?)`, 'gu'),
    // First characters behind a lookahead, an optional group, a class, and case folding (ſ is s, K is k).
    new RegExp(`${wordStart}(?=\\p{Lu})\\p{L}+`, 'gu'),
    new RegExp(`${wordStart}(?:Dr\\.|d)?[aé]n+(?:\\s|$)`, 'gu'),
    new RegExp(`${wordStart}(?:sk|\\d{2,})a?`, 'giu'),
    new RegExp(`${wordStart}(a)\\1`, 'gu'),
  ];

  it('are the matches matchAll finds, on texts with accents, astral letters, emoji and digits', () => {
    const alphabet = ['a', 'n', 'A', 'N', ' ', '\n', 'é', '𝔘', 'x', '😀', '_', '1', '.', '-', 'É', '\uD800'];
    alphabet.push('s', 'ſ', 'k', '\u212a', 'D', 'r', 'd');
    for (const text of randomTexts(alphabet, 24, 3000, 42)) {
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

describe('matches at the characters a match can begin with', () => {
  const regexes = [
    /(?<![\p{L}\p{N}])(?:\d{2}|[A-Z]{1,2}-\d)(?![\p{N}])/gu,
    /(?:card|konto)[^\n.]{0,8}?(\d{2})/dgiu,
    /\p{L}[\p{L}\p{M}]{2,}/gu,
    /(?:𝔘|é)+n?/gu,
    // Can match the empty string: scanned as matchAll scans it.
    /\d*/gu,
  ];

  it('are the matches matchAll finds, from where the regex stands', () => {
    const alphabet = [
      'a',
      'N',
      'K',
      '-',
      '1',
      '2',
      ' ',
      '\n',
      '.',
      'é',
      '𝔘',
      '\uD800',
      'card ',
      'KONTO ',
      'ſ',
    ];
    for (const text of randomTexts(alphabet, 20, 3000, 11)) {
      for (const re of regexes) {
        re.lastIndex = text.length % 3;
        expect(found(firstCharMatches(re, text)), text).toEqual(found(text.matchAll(re)));
      }
    }
  });
});

describe('matches at line starts', () => {
  const regexes = [
    new RegExp(
      `${lineStart}[ \\t>]*${alternation(['hi', 'hi an', 'dear'])}[ \\t]*,?[ \\t]+(\\p{Lu}\\p{L}*)`,
      'gu',
    ),
    // A match that ends before the next line break, which must still be found at that break.
    new RegExp(`${lineStart}[ \\t>]*${alternation(['best', 'bye'])}[ \\t]*,?(?=\\r?\\n|$)`, 'gu'),
  ];

  it('are the matches matchAll finds, on texts of short lines, quotes and names', () => {
    const alphabet = [
      'hi ',
      'Hi ',
      'dear ',
      'best',
      'Bye',
      ',',
      ' ',
      '\n',
      '\r\n',
      '> ',
      'Ann',
      'an ',
      'x',
      '\n\n',
    ];
    for (const text of randomTexts(alphabet, 16, 3000, 7)) {
      for (const re of regexes)
        expect(found(lineStartMatches(re, text)), JSON.stringify(text)).toEqual(found(text.matchAll(re)));
    }
  });

  it('refuses a regex that does not begin at a line start', () => {
    expect(() => lineStartMatches(/hi/gu, 'hi')).toThrow(/\(\?:\^\|\\n\)/);
  });
});

describe('case-insensitive literals', () => {
  // Letters whose simple case folding differs from toLowerCase (ſ, K, ς, U+0345, ẞ, İ, ı),
  // accents, an astral letter, a lone surrogate and the kinds of white space.
  const alphabet = [
    'a',
    's',
    'S',
    'ſ',
    'k',
    'K',
    'σ',
    'ς',
    'Σ',
    '\u0345',
    'ι',
    'ß',
    'ẞ',
    'i',
    'İ',
    'ı',
    'é',
    'É',
  ];
  const more = ['𝔘', '\uD800', ' ', '\t', '\u00a0', '\n', "'", '’', '-', '.', '_', '1'];
  const tail = /(?:['’]s|['’]|s)?(?![\p{L}\p{N}_])/iuy;
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = (from: string[]) => from[Math.floor(random() * from.length)]!;
  const word = (n: number, from: string[]) => Array.from({ length: n }, () => pick(from)).join('');

  it('match where and as far as the regex built from them would, in the same order', () => {
    for (let k = 0; k < 400; k++) {
      const literals = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        random() < 0.3
          ? `${word(2, alphabet)} ${word(1, alphabet)}`
          : word(1 + Math.floor(random() * 3), alphabet),
      );
      const re = new RegExp(
        `(?:${literals.map((l) => escapeRegex(l).replace(/ /gu, '\\s+')).join('|')})${tail.source}`,
        'iuy',
      );
      const matcher = caseInsensitiveLiterals(literals, tail);
      for (let t = 0; t < 20; t++) {
        const text = word(Math.floor(random() * 12), [...alphabet, ...more]);
        for (let at = 0; at <= text.length; at++) {
          re.lastIndex = at;
          const m = re.exec(text);
          expect(matcher.endAt(text, at), `${literals.join('|')} in ${text} at ${at}`).toBe(
            m ? at + m[0].length : -1,
          );
        }
      }
    }
  });

  it('tell where a word starts as the i flag sees it: after U+0345, which folds to a letter, none does', () => {
    const re = new RegExp(`${wordStart}a`, 'giu');
    for (const text of ['a \u0345a', '\u0345a', '.a', '𝔘a', '😀a']) {
      const starts = [...text.matchAll(re)].map((m) => m.index);
      const ours = Array.from({ length: text.length }, (_, i) => i).filter(
        (i) => text[i] === 'a' && isWordStartIgnoringCase(text, i),
      );
      expect(ours, text).toEqual(starts);
    }
  });
});
