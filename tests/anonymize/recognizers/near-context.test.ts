import { describe, expect, it } from 'vitest';
import { contextWords, findContext, valuesAfter } from '../../../src/anonymize/recognizers/near-context.js';

const words = (text: string, list: string[]) =>
  findContext(text, contextWords(list)).map(([s, e]) => text.slice(s, e));

describe('context words', () => {
  it('find every listed word at a word start, case-insensitively, and not inside a longer word', () => {
    expect(
      words('Your Customer No. and customer number, not a subcustomer', ['customer no', 'customer number']),
    ).toEqual(['Customer No', 'customer number']);
  });

  it('let a short word ending in * match a longer word that another entry also begins like', () => {
    expect(words('Nominee 5, nominal value 7', ['no*', 'nominal value'])).toEqual([
      'Nominee',
      'nominal value',
    ]);
  });

  it('prefer the longer phrase over a word it starts with', () => {
    expect(words('licence plate AB 123', ['licen*', 'licen* plate'])).toEqual(['licence plate']);
  });

  it('take the value right after a context word', () => {
    const text = 'Kundennummer: 12345, Kundennummern 678';
    const found = valuesAfter(text, contextWords(['kundennummer*']), /\d+/uy).map(([s, e]) =>
      text.slice(s, e),
    );
    expect(found).toEqual(['12345', '678']);
  });
});

describe('context found once per text and word list', () => {
  it('keeps each list its own findings on the same text, and reads a changed text again', () => {
    const customer = contextWords(['kundennummer*']);
    const policy = contextWords(['policy number']);
    const text = 'Kundennummer 123, policy number 456.';
    expect(findContext(text, customer)).toEqual([[0, 12]]);
    expect(findContext(text, policy)).toEqual([[18, 31]]);
    expect(findContext(text, customer)).toEqual([[0, 12]]);
    expect(findContext('Policy number 9.', policy)).toEqual([[0, 13]]);
    expect(findContext('Policy number 9.', customer)).toEqual([]);
  });
});
