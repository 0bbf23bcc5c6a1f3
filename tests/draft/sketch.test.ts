import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { draftSketch, SKETCH_BYTES, sketchSimilarity, sketchWords } from '../../src/draft/sketch.models.js';

const key = Buffer.alloc(32, 7);
const draft =
  'Dear Anna, thank you for your message about order 4711. We have checked the shipment and the parcel ' +
  'left our warehouse yesterday. You will receive it within three working days. If anything is missing, ' +
  'please reply to this mail and we will send a replacement at no cost. We are sorry for the delay.';

describe('draftSketch', () => {
  it('is 64 uint32 values and reveals nothing of the text', () => {
    const s = draftSketch(draft, key);
    expect(s.length).toBe(SKETCH_BYTES);
    expect(s.toString('latin1')).not.toMatch(/anna|order|parcel/i);
  });

  it('estimates ~1 for the same text, also with quote and signature added', () => {
    const s = draftSketch(draft, key);
    expect(sketchSimilarity(s, draft, key)).toBe(1);
    const sent = `${draft.toUpperCase()}\n\n-- \nJonas, Shop GmbH\n\nOn Monday Anna wrote:\n> where is my order`;
    expect(sketchSimilarity(s, sent, key)).toBe(1);
  });

  it('estimates ~0 for an unrelated text', () => {
    const other =
      'Hallo Team, die Rechnung für März fehlt noch immer. Bitte senden Sie mir die Unterlagen erneut ' +
      'per Post, da ich keinen Zugriff auf das Kundenportal habe. Vielen Dank im Voraus.';
    expect(sketchSimilarity(draftSketch(draft, key), other, key)).toBeLessThan(0.1);
  });

  it('puts an edited draft in between', () => {
    const edited = draft
      .replace('yesterday', 'on Friday')
      .replace('three working days', 'two days')
      .concat(' Our courier partner will also send you a tracking link by text message.');
    const sim = sketchSimilarity(draftSketch(draft, key), edited, key);
    expect(sim).toBeGreaterThan(0.35);
    expect(sim).toBeLessThan(0.95);
  });

  it('looks unrelated under a different key', () => {
    const s = draftSketch(draft, key);
    expect(sketchSimilarity(s, draft, randomBytes(32))).toBeLessThan(0.1);
  });

  it('gives 0 for two empty texts and rejects a malformed sketch', () => {
    expect(sketchSimilarity(draftSketch('', key), '  ', key)).toBe(0);
    expect(() => sketchSimilarity(Buffer.alloc(10), draft, key)).toThrow(/256 bytes/);
  });

  it('normalizes case, quotes and signatures before shingling', () => {
    expect(sketchWords('Hello THERE\n> quoted\n-- \nsig')).toEqual(['hello', 'there']);
  });
});
