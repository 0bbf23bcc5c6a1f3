import { describe, expect, it } from 'vitest';
import {
  aggregateEntities,
  ownerWindows,
  parseLabel,
  planWindows,
} from '../../../src/anonymize/recognizers/ner.models.js';
import { alignTokens } from '../../../src/anonymize/recognizers/ner-align.models.js';

const covered = (text: string, tokens: string[], unk = '[UNK]') =>
  alignTokens(text, tokens, unk).map((o) => text.slice(o.start, o.end));

describe('aligning tokenizer pieces to characters', () => {
  it('maps WordPiece continuations and stripped accents to the original characters', () => {
    expect(covered('Ça va, Johnson?', ['ca', 'va', ',', 'john', '##son', '?'])).toEqual([
      'Ça',
      'va',
      ',',
      'John',
      'son',
      '?',
    ]);
  });

  it('maps SentencePiece word starts ("▁") of cased tokenizers', () => {
    expect(covered('Hej  Åsa Öberg!', ['▁Hej', '▁Åsa', '▁Ö', 'berg', '!'])).toEqual([
      'Hej',
      'Åsa',
      'Ö',
      'berg',
      '!',
    ]);
  });

  it('gives unknown tokens the words between the pieces around them', () => {
    expect(covered('a ☃ ✈ b', ['a', '[UNK]', '[UNK]', 'b'])).toEqual(['a', '☃', '✈', 'b']);
    expect(covered('ends with 🙂🙂', ['ends', 'with', '<unk>'], '<unk>')).toEqual(['ends', 'with', '🙂🙂']);
  });

  it('skips characters the normalizer drops, inside a word', () => {
    // U+200B (zero-width space) and a combining acute accent are removed by BERT's normalizer.
    expect(covered('Jo\u0301\u200Bhn x', ['john', 'x'])).toEqual(['Jo\u0301\u200Bhn', 'x']);
  });

  it('finds a piece further on when the text holds something the tokenizer did not emit', () => {
    expect(covered('John ~~~ Smith', ['john', 'smith'])).toEqual(['John', 'Smith']);
  });
});

describe('windows over long token sequences', () => {
  it('covers every token with windows that overlap by the given amount', () => {
    expect(planWindows(10, 4, 1)).toEqual([
      { start: 0, end: 4 },
      { start: 3, end: 7 },
      { start: 6, end: 10 },
    ]);
    expect(planWindows(3, 254, 32)).toEqual([{ start: 0, end: 3 }]);
  });

  it('lets the window in which a token is most central label it', () => {
    const windows = planWindows(10, 4, 2); // [0,4) [2,6) [4,8) [6,10)
    expect(ownerWindows(10, windows)).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3, 3]);
  });
});

describe('BIO aggregation', () => {
  const tok = (start: number, end: number, label: string, continuation = false) => ({
    start,
    end,
    label,
    score: 0.8,
    continuation,
  });

  it('maps PER, ORG and LOC and ignores labels it does not know', () => {
    expect(parseLabel('B-PER')).toEqual({ prefix: 'B', type: 'PERSON' });
    expect(parseLabel('I-LOC')).toEqual({ prefix: 'I', type: 'LOCATION' });
    expect(parseLabel('ORG')).toEqual({ prefix: 'I', type: 'ORG' });
    expect(parseLabel('B-MISC')).toBeNull();
    expect(parseLabel('O')).toBeNull();
  });

  it('starts a new entity at B- and at a change of type, and widens to whole words', () => {
    const text = 'Anna Bertil Acme Kirkenes';
    const spans = aggregateEntities(
      text,
      [tok(0, 4, 'B-PER'), tok(5, 11, 'B-PER'), tok(12, 14, 'B-ORG'), tok(17, 21, 'I-LOC')],
      'ner',
    );
    expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['PERSON', 'Anna'],
      ['PERSON', 'Bertil'],
      ['ORG', 'Acme'],
      ['LOCATION', 'Kirkenes'],
    ]);
  });

  it('keeps an untagged continuation piece inside the entity', () => {
    const text = 'Mr Johnsonn wrote';
    const spans = aggregateEntities(
      text,
      [tok(3, 7, 'B-PER'), tok(7, 11, 'O', true), tok(12, 17, 'O')],
      'ner',
    );
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Johnsonn']);
  });
});
