import { describe, expect, it } from 'vitest';
import { fBeta, scoreCorpus } from '../../scripts/eval/score.js';

describe('evaluation scoring', () => {
  // "Dear Anna Berg, call 0151 2345678." gold: PERSON "Anna Berg" (8 non-space chars), PHONE (11).
  const text = 'Dear Anna Berg, call 0151 2345678.';
  const gold = [
    { start: 5, end: 14, type: 'PERSON' },
    { start: 21, end: 33, type: 'PHONE' },
  ];

  it('counts characters by overlap, ignoring whitespace, with exact precision, recall and F2', () => {
    // Finds "Anna" only (4 of 8 name chars), the full phone (11), and wrongly flags "Dear" (4).
    const pred = [
      { start: 0, end: 4, type: 'PERSON' },
      { start: 5, end: 9, type: 'PERSON' },
      { start: 21, end: 33, type: 'PHONE' },
    ];
    const s = scoreCorpus([{ text, gold, pred }]);
    expect(s.binary.covered).toBe(15);
    expect(s.binary.missed).toBe(4);
    expect(s.binary.correct).toBe(15);
    expect(s.binary.spurious).toBe(4);
    expect(s.binary.precision).toBeCloseTo(15 / 19, 10);
    expect(s.binary.recall).toBeCloseTo(15 / 19, 10);
    expect(s.binary.f2).toBeCloseTo(15 / 19, 10);
    expect(s.byType.PERSON!.recall).toBe(0.5);
    expect(s.byType.PERSON!.precision).toBe(0.5);
    expect(s.byType.PHONE!.recall).toBe(1);
    expect(s.structured.recall).toBe(1);
    expect(s.spans).toEqual({ total: 2, touched: 2, complete: 1 });
    // Tokens: Dear , | Anna Berg | 0151 2345678 → gold 4 tokens, predicted Dear, Anna, 0151, 2345678.
    expect(s.tokens).toMatchObject({ covered: 3, missed: 1, correct: 3, spurious: 1 });
    expect(s.tokens.f2).toBeCloseTo(0.75, 10);
  });

  it('gives recall to a prediction of another type, but not precision to its own type outside gold', () => {
    const pred = [{ start: 21, end: 33, type: 'ACCOUNT_NO' }];
    const s = scoreCorpus([{ text, gold, pred }]);
    expect(s.byType.PHONE!.recall).toBe(1);
    expect(s.byType.ACCOUNT_NO!.precision).toBe(1);
    expect(s.byType.PERSON!.recall).toBe(0);
    expect(s.binary.precision).toBe(1);
    expect(s.binary.recall).toBeCloseTo(11 / 19, 10);
    // F2 = 5PR / (4P + R) with P = 1, R = 11/19.
    expect(s.binary.f2).toBeCloseTo((5 * (11 / 19)) / (4 + 11 / 19), 10);
    expect(s.byCategory.direct!.recall).toBeCloseTo(11 / 19, 10);
  });

  it('neither rewards nor penalises ignored ranges, and reports traps that were flagged', () => {
    const t = 'Mr Smith paid £25.';
    const s = scoreCorpus([
      {
        text: t,
        gold: [{ start: 3, end: 8, type: 'PERSON' }],
        pred: [
          { start: 0, end: 8, type: 'PERSON' },
          { start: 14, end: 17, type: 'CARD' },
        ],
        ignore: [{ start: 0, end: 2 }],
        traps: [{ start: 14, end: 17, label: 'price' }],
      },
    ]);
    expect(s.binary.precision).toBeCloseTo(5 / 8, 10);
    expect(s.binary.recall).toBe(1);
    expect(s.traps).toEqual({ total: 1, hit: 1, byLabel: { price: { total: 1, hit: 1 } } });
    expect(s.byCategory.direct!.spurious).toBe(3);
  });

  it('has no precision when nothing is predicted, and F2 weights recall four times', () => {
    const s = scoreCorpus([{ text, gold, pred: [] }]);
    expect(s.binary.precision).toBeNull();
    expect(s.binary.recall).toBe(0);
    expect(fBeta(0.5, 1)).toBeCloseTo(5 / 6, 10);
    expect(fBeta(1, 0.5)).toBeCloseTo(5 / 9, 10);
  });
});
