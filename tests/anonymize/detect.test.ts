import { describe, expect, it } from 'vitest';
import type {
  DetectContext,
  ModelRecognizer,
  Recognizer,
  Span,
} from '../../src/anonymize/anonymize.types.js';
import { createDetector } from '../../src/anonymize/detect.js';
import { emailRecognizer } from '../../src/anonymize/recognizers/email.js';

const show = (text: string, spans: Span[]) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

/** A stand-in for name/org recognizers owned elsewhere: flags fixed words as ORG. */
const orgWords: Recognizer = {
  name: 'org-words',
  types: ['ORG'],
  detect(ctx) {
    return [...ctx.text.matchAll(/Acme Insurance AG|Acme|Sunrise Clinic/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      type: 'ORG' as const,
      source: 'org-words',
      score: 0.8,
    }));
  },
};

describe('detector', () => {
  it('runs the registered recognizers and merges their spans', () => {
    const detector = createDetector();
    const text = 'Mail jan@example.nl or call +31 20 123 4567, IBAN NL91ABNA0417164300.';
    // Other recognizers in the registry may add spans; these three must be there, whole.
    expect(show(text, detector.detect({ text }))).toEqual(
      expect.arrayContaining(['EMAIL:jan@example.nl', 'PHONE:+31 20 123 4567', 'IBAN:NL91ABNA0417164300']),
    );
  });

  it("drops spans inside allow-listed terms (the organisation's name and products) but keeps the rest", () => {
    const detector = createDetector({ recognizers: [orgWords, emailRecognizer], lists: { allow: ['acme'] } });
    const text = 'Thanks for choosing Acme. I was treated at Sunrise Clinic.';
    expect(show(text, detector.detect({ text }))).toEqual(['ORG:Sunrise Clinic']);
    // An org span that only touches an allowed term goes too (legal suffixes, departments).
    const text2 = 'Acme Insurance AG, Claims department';
    expect(
      show(
        text2,
        createDetector({ recognizers: [orgWords], lists: { allow: ['Acme Insurance'] } }).detect({
          text: text2,
        }),
      ),
    ).toEqual([]);
  });

  it('always flags deny-listed terms, with an optional type prefix, even when also allowed', () => {
    const detector = createDetector({
      recognizers: [orgWords],
      lists: { allow: ['Sunrise Clinic'], deny: ['ORG:Sunrise Clinic', 'Kowalczyk'] },
    });
    const text = 'Mrs KOWALCZYK was at Sunrise  Clinic.';
    expect(show(text, detector.detect({ text }))).toEqual(['PERSON:KOWALCZYK', 'ORG:Sunrise  Clinic']);
  });

  it('resolves the language from the text, then the thread, then English', () => {
    const detector = createDetector({ recognizers: [] });
    expect(detector.context({ text: 'Ich habe meine Rechnung nicht erhalten.' }).lang).toBe('de');
    expect(detector.context({ text: 'OK', thread: ['Hej, jag har inte fått min faktura.'] }).lang).toBe('sv');
    expect(detector.context({ text: 'OK' }).lang).toBe('en');
    expect(detector.context({ text: 'OK', lang: 'fi' }).lang).toBe('fi');
  });

  it("reads the rule recognizers' data when loaded, not on the first text", async () => {
    let reads = 0;
    const rule: Recognizer = {
      name: 'fake-lexicon',
      types: ['HEALTH'],
      detect: () => [],
      load: () => void reads++,
    };
    const detector = createDetector({ recognizers: [rule] });
    expect(reads).toBe(0);
    await detector.load();
    expect(reads).toBe(1);
  });

  it('adds model spans in batches and returns results in input order', async () => {
    const batches: number[] = [];
    let loaded = false;
    const model: ModelRecognizer = {
      name: 'fake-ner',
      types: ['PERSON'],
      async load() {
        loaded = true;
      },
      async detectBatch(contexts: DetectContext[]) {
        batches.push(contexts.length);
        return contexts.map((c) => {
          const i = c.text.indexOf('Anna');
          return i < 0
            ? []
            : [{ start: i, end: i + 4, type: 'PERSON' as const, source: 'fake-ner', score: 0.9 }];
        });
      },
      async dispose() {
        loaded = false;
      },
    };
    const detector = createDetector({ models: [model], batchSize: 2 });
    await detector.load();
    expect(loaded).toBe(true);
    const texts = ['Anna wrote', 'nothing here', 'mail anna@x.se', 'Hi Anna'];
    const out = await detector.detectMany(texts.map((text) => ({ text })));
    expect(batches).toEqual([2, 2]);
    expect(out.map((spans, i) => show(texts[i]!, spans))).toEqual([
      ['PERSON:Anna'],
      [],
      ['EMAIL:anna@x.se'],
      ['PERSON:Anna'],
    ]);
    await detector.dispose();
    expect(loaded).toBe(false);
  });
});
