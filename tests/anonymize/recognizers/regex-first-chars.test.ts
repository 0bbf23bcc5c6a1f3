import { describe, expect, it } from 'vitest';
import { firstAtoms, firstCharTest } from '../../../src/anonymize/recognizers/regex-first-chars.js';

describe('the characters a match can begin with', () => {
  it('are read past lookarounds, optional terms and into every alternative', () => {
    expect(firstAtoms(String.raw`(?<![\p{L}])(?=\d)(?:Dr\.|d)?[aé]n|\p{Lu}x`)).toEqual([
      'D',
      'd',
      '[aé]',
      String.raw`\p{Lu}`,
    ]);
  });

  it('are not read when the regex can match nothing or refers back to a group', () => {
    expect(firstAtoms('(?:x?)')).toBeUndefined();
    expect(firstAtoms('a*|b')).toBeUndefined();
    expect(firstAtoms(String.raw`(a)?\1`)).toBeUndefined();
  });

  it('are asked of the engine with the regex flags, so case folding is its own', () => {
    const canStart = firstCharTest(/(?<!\p{L})sk/giu)!;
    expect(['s', 'S', 'ſ', 'k', 'x', '😀'].map((ch) => canStart(`-${ch}`, 1))).toEqual([
      true,
      true,
      true,
      false,
      false,
      true, // a surrogate is always tried
    ]);
    expect(canStart('ab', 2)).toBe(false);
  });
});
