import { describe, expect, it } from 'vitest';
import { cardRecognizer, luhnValid } from '../../../src/anonymize/recognizers/card.js';
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
