import { describe, expect, it } from 'vitest';
import { compromiseRecognizer } from '../../../src/anonymize/recognizers/compromise.js';
import { ctx } from './context.js';

describe('compromise recognizer', () => {
  it('finds English people, places and organisations with offsets into the original text', () => {
    const text = 'Yesterday Sarah Miller flew from Manchester to meet the team at Microsoft about the claim.';
    const spans = compromiseRecognizer.detect(ctx(text, 'en'));
    const byType = (t: string) => spans.filter((s) => s.type === t).map((s) => text.slice(s.start, s.end));
    expect(byType('PERSON')).toContain('Sarah Miller');
    expect(byType('LOCATION')).toContain('Manchester');
    expect(byType('ORG')).toContain('Microsoft');
    expect(spans.every((s) => s.score < 0.75)).toBe(true);
  });

  it('runs only on English text', () => {
    expect(compromiseRecognizer.detect(ctx('Gestern hat Sarah Miller aus Hamburg angerufen.', 'de'))).toEqual(
      [],
    );
  });

  it('leaves allow-listed names alone', () => {
    const text = 'Thanks for contacting Microsoft today.';
    const spans = compromiseRecognizer.detect(ctx(text, 'en', { allow: ['Microsoft'] }));
    expect(spans.map((s) => text.slice(s.start, s.end))).not.toContain('Microsoft');
  });

  it('costs a few milliseconds per 1.5 KB email (measured, printed, not asserted)', () => {
    const base =
      "Dear Mr Thompson,\n\nThank you for your message about the invoice from 3 May. I checked your account. Your colleague Sarah Miller from our Berlin office called me about the claim you filed with Allianz. Please mark the form and send it back by Friday.\n\nWe need the report from St. Mary's Hospital in Manchester.\n\nBest regards,\nJohn Carter\n";
    const text = base.repeat(5).slice(0, 1500);
    for (let i = 0; i < 5; i++) compromiseRecognizer.detect(ctx(text, 'en'));
    const n = 30;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) compromiseRecognizer.detect(ctx(text, 'en'));
    const ms = (performance.now() - t0) / n;
    console.info(`compromise: ${ms.toFixed(2)} ms per 1.5 KB email`);
    expect(ms).toBeGreaterThan(0);
  });
});
