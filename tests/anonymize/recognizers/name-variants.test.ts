import { describe, expect, it } from 'vitest';
import { nameVariants, normalizeName } from '../../../src/anonymize/recognizers/name-variants.js';

describe('nameVariants', () => {
  it('lists full name, first name, surname, initials and reversed order', () => {
    const v = nameVariants('Anna Müller');
    for (const want of ['Anna Müller', 'Anna', 'Müller', 'A. Müller', 'A Müller', 'Müller, Anna']) {
      expect(v).toContain(want);
    }
  });

  it('adds the ASCII spellings of umlauts and accents', () => {
    expect(nameVariants('Jürgen Müller')).toEqual(
      expect.arrayContaining(['Juergen Mueller', 'Mueller', 'Muller', 'Jurgen']),
    );
    expect(nameVariants('José García')).toEqual(expect.arrayContaining(['Jose Garcia', 'Garcia']));
  });

  it('keeps surname particles together and also the bare core surname', () => {
    const v = nameVariants('Pieter van der Berg');
    expect(v).toEqual(
      expect.arrayContaining(['van der Berg', 'Van der Berg', 'Berg', 'Pieter', 'P. van der Berg']),
    );
    expect(v).not.toContain('van');
  });

  it('splits double first names and double surnames', () => {
    expect(nameVariants('Anna-Lena Meyer-Schulz')).toEqual(
      expect.arrayContaining(['Anna-Lena', 'Anna', 'Lena', 'Meyer', 'Schulz']),
    );
  });

  it('never returns a single letter', () => {
    expect(nameVariants('J. Smith').every((v) => v.replace(/[^\p{L}]/gu, '').length >= 2)).toBe(true);
  });

  it('normalizes case, diacritics, transliteration and possessives to one clustering key', () => {
    expect(normalizeName('MÜLLER')).toBe(normalizeName('mueller'));
    expect(normalizeName("Anna's")).toBe(normalizeName('anna'));
    expect(normalizeName('José')).toBe(normalizeName('Jose'));
  });
});
