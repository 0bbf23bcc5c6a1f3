import { describe, expect, it } from 'vitest';
import { contextWords, findContext, valuesAfter } from '../../../src/anonymize/recognizers/near-context.js';
import { ci } from '../../../src/anonymize/recognizers/regex-tools.js';

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

  it('not begin right after a letter or digit, an astral one included, but after an emoji or a hyphen', () => {
    expect(words('𝔘no 😀no x-no -no no', ['no', '-no'])).toEqual(['no', 'no', '-no', 'no']);
  });

  it('take the value right after a context word', () => {
    const text = 'Kundennummer: 12345, Kundennummern 678';
    const found = valuesAfter(text, contextWords(['kundennummer*']), /\d+/uy).map(([s, e]) =>
      text.slice(s, e),
    );
    expect(found).toEqual(['12345', '678']);
  });
});

describe('context words sharing one word-end check', () => {
  it('match where and as far as each word with its own word-end check would', () => {
    const list = [
      'nr',
      'nr*',
      'no',
      'no.',
      'num*',
      'number',
      'numero',
      'nummer*',
      'n° de',
      'ab',
      'abc*',
      'a b',
      'ab c d e*',
    ];
    // The words in the order contextWords tries them, each bounded on its own, as before.
    const part = (w: string) =>
      w.endsWith('*')
        ? w.replace(/\./g, '\\.').replace(/\*/g, '\\p{L}*').replace(/ /g, '\\s+')
        : `${w.replace(/\./g, '\\.').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`;
    const parts = list.map(part).sort((a, b) => b.length - a.length);
    const reference = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ci(parts.join('|'))})`, 'uy');
    const ours = contextWords(list).regex;
    const alphabet = ['n', 'N', 'r', 'o', 'u', 'm', 'e', 'b', 'a', 'c', '.', '°', ' ', 'd', 'é', '1', '-'];
    let seed = 3;
    const pick = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return alphabet[Math.floor((seed / 2 ** 32) * alphabet.length)]!;
    };
    const texts = ['ab c d e', 'ab c d ef', 'Nr. 5', 'num 5', 'numero', 'n° de x'];
    for (let k = 0; k < 3000; k++) texts.push(Array.from({ length: 1 + (k % 9) }, pick).join(''));
    for (const text of texts) {
      reference.lastIndex = 0;
      const want = reference.exec(text);
      const got = new RegExp(ours.source, 'uy').exec(text);
      expect(got?.[0], text).toBe(want?.[0]);
    }
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
