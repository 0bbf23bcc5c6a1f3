import { describe, expect, it } from 'vitest';
import { conversationRisk, residualRisk } from '../../src/anonymize/risk.models.js';

const kinds = (text: string, options = {}) => residualRisk(text, options).reasons.map((r) => r.kind);

describe('residualRisk', () => {
  it('is zero for a well anonymized text with placeholders, sentence starts, dates and prices', () => {
    const text =
      'Dear [PERSON_1],\nThank you for your mail of 12.05.2024. The invoice of 49.90 EUR for 2023 was paid. Kind regards, [PERSON_2]';
    expect(residualRisk(text)).toEqual({ score: 0, reasons: [] });
  });

  it('flags capitalised words in mid-sentence that nothing explains, but not allow-listed ones', () => {
    expect(kinds('I was treated by Dr [PERSON_1] at the Sonnenhof clinic near Wetherby.')).toEqual([
      'capitalised',
    ]);
    expect(kinds('Thank you for choosing Acme Insurance today.', { allow: ['Acme Insurance'] })).toEqual([]);
  });

  it('only counts runs of capitalised words in German, where every noun is capitalised', () => {
    expect(kinds('Ich habe die Rechnung gestern bekommen.', { lang: 'de' })).toEqual([]);
    expect(kinds('Ich war in der Klinik Sonnenhof Bergedorf.', { lang: 'de' })).toEqual(['capitalised']);
  });

  it('flags surviving digit runs and unknown codes, with offsets but without the text', () => {
    const risk = residualRisk('my number is 0612 345 678 and the reference AB-12345X.');
    expect(risk.reasons.map((r) => [r.kind, r.count])).toEqual([
      ['digits', 1],
      ['code', 1],
    ]);
    expect(JSON.stringify(risk)).not.toContain('0612');
    expect(risk.score).toBeGreaterThan(0.5);
  });

  it('grows with more signals and stays below 1', () => {
    const one = residualRisk('ref 123456');
    const many = residualRisk('ref 123456, 234567, 345678, code XK12345 and Mr Hendriksen from Wetherby');
    expect(many.score).toBeGreaterThan(one.score);
    expect(many.score).toBeLessThan(1);
  });

  it('counts flagged special categories', () => {
    expect(kinds('nothing else here', { flagged: 2 })).toEqual(['special_flag']);
  });

  it('makes a conversation at least as risky as its riskiest message', () => {
    const a = residualRisk('ref 123456');
    const b = residualRisk('all fine');
    const c = conversationRisk([a, b]);
    expect(c.score).toBeGreaterThanOrEqual(a.score);
    expect(conversationRisk([a, a]).score).toBeGreaterThan(a.score);
  });
});

describe('residualRisk explanations', () => {
  it('treats capitalised words that the thread also writes in lower case as common words', () => {
    expect(
      kinds('Dear customer, our Cliente team answers on Friday.', { vocabulary: new Set(['cliente']) }),
    ).toEqual([]);
    expect(kinds('Dear customer, our Cliente team answers.', { vocabulary: new Set() })).toEqual([
      'capitalised',
    ]);
  });

  it("ignores allow-listed numbers and names (the organisation's own phone line) and amounts", () => {
    const allow = ['0800 046 1234', 'Harbourside Essential'];
    expect(
      kinds('Call 0800 046 1234 about your Harbourside Essential cover of 1.250,00 EUR or 32 500 SEK.', {
        allow,
      }),
    ).toEqual([]);
    expect(kinds('Call 0800 046 9999 about it.', { allow })).toEqual(['digits']);
  });
});
