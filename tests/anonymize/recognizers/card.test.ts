import { describe, expect, it } from 'vitest';
import { cardRecognizer } from '../../../src/anonymize/recognizers/card.js';
import { luhnValid } from '../../../src/anonymize/recognizers/national-id.models.js';
import { ctx, found } from './context.js';

const run = (text: string) => found(text, cardRecognizer.detect(ctx(text)));

describe('card recognizer', () => {
  it('finds Luhn-valid card numbers compact, spaced and dashed, in several languages', () => {
    expect(run('My credit card 4111111111111111 was charged twice')).toEqual(['4111111111111111']);
    expect(run('Meine Kreditkarte 5500 0000 0000 0004 wurde belastet')).toEqual(['5500 0000 0000 0004']);
    expect(run('Ma carte : 4012-8888-8888-1881.')).toEqual(['4012-8888-8888-1881']);
    expect(run('tarjeta amex 3782 822463 10005')).toEqual(['3782 822463 10005']);
    expect(run('Mitt kort 4485527627509597 är spärrat')).toEqual(['4485527627509597']);
  });

  it('rejects a wrong check digit, mixed separators, odd grouping and unknown issuers', () => {
    expect(run('card 4111111111111112')).toEqual([]);
    expect(run('card 4111 1111-1111 1111')).toEqual([]);
    expect(run('card 411 111 111 111 1111')).toEqual([]);
    expect(run('number 1234567812345670')).toEqual([]);
  });

  it('scores higher with a card word before the number', () => {
    const [withWord] = cardRecognizer.detect(ctx('Visa: 4111111111111111'));
    const [without] = cardRecognizer.detect(ctx('ref 4111111111111111'));
    expect(withWord!.score).toBeGreaterThan(without!.score);
  });

  it('computes Luhn like the reference implementation', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});

describe('card recognizer, partial numbers', () => {
  it('keeps the last digits after "card ending" phrases in several languages, and masked numbers', () => {
    expect(run('I have cancelled the card ending 3003 and ordered a new one')).toEqual(['3003']);
    expect(run('Kortet som slutar på 2447 är spärrat')).toEqual(['2447']);
    expect(run('la tarjeta terminada en 6232 ya está bloqueada')).toEqual(['6232']);
    expect(run('sur la carte se terminant par 2344 et')).toEqual(['2344']);
    expect(run('De creditcard eindigend op 7891 is vervangen')).toEqual(['7891']);
    expect(run('Visa **** **** **** 4242 charged')).toEqual(['**** **** **** 4242']);
  });

  it('does not take other numbers after ending phrases without a card word', () => {
    expect(run('the contract ending in 2025 and the period ending 3003')).toEqual([]);
  });
});
