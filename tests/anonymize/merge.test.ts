import { describe, expect, it } from 'vitest';
import type { EntityType, Span } from '../../src/anonymize/anonymize.types.js';
import { mergeSpans, typeRank } from '../../src/anonymize/merge.models.js';

const span = (text: string, part: string, type: EntityType, score = 0.9, from = 0): Span => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`no ${part}`);
  return { start, end: start + part.length, type, source: 'test', score };
};
const show = (text: string, spans: Span[]) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('mergeSpans', () => {
  it('follows the documented priority: checksummed IDs > email/URL > phone > address > person > org > date > special', () => {
    const order: EntityType[] = ['IBAN', 'EMAIL', 'PHONE', 'ADDRESS', 'PERSON', 'ORG', 'DATE', 'HEALTH'];
    for (let i = 0; i < order.length - 1; i++) {
      expect(typeRank[order[i]!]).toBeGreaterThan(typeRank[order[i + 1]!]);
      const text = 'xxxx yyyy';
      const merged = mergeSpans(
        [
          { start: 0, end: 9, type: order[i + 1]!, source: 'b', score: 1 },
          { start: 0, end: 9, type: order[i]!, source: 'a', score: 0.6 },
        ],
        text,
      );
      expect(merged.map((s) => s.type)).toEqual([order[i]]);
    }
  });

  it('lets a validated IBAN win over a phone number read inside it', () => {
    const text = 'IBAN DE89 3704 0044 0532 0130 00 please';
    const merged = mergeSpans(
      [span(text, '3704 0044 0532', 'PHONE', 0.9), span(text, 'DE89 3704 0044 0532 0130 00', 'IBAN', 1)],
      text,
    );
    expect(show(text, merged)).toEqual(['IBAN:DE89 3704 0044 0532 0130 00']);
  });

  it('lets a code right after its label win over the phone number it also parses as', () => {
    const text = 'Vertragskonto 542118333. Am Telefon';
    const merged = mergeSpans(
      [span(text, '542118333', 'PHONE', 0.9), span(text, '542118333', 'ACCOUNT_NO', 0.85)],
      text,
    );
    expect(show(text, merged)).toEqual(['ACCOUNT_NO:542118333']);
    // Without its label (a shape guess, score 0.6) the phone number keeps its rank.
    const guessed = mergeSpans(
      [span(text, '542118333', 'PHONE', 0.9), span(text, '542118333', 'ACCOUNT_NO', 0.6)],
      text,
    );
    expect(show(text, guessed)).toEqual(['PHONE:542118333']);
  });

  it('keeps the email whole when a name recognizer also fires inside it', () => {
    const text = 'write to john.smith@example.com today';
    const merged = mergeSpans(
      [span(text, 'john.smith', 'PERSON'), span(text, 'john.smith@example.com', 'EMAIL')],
      text,
    );
    expect(show(text, merged)).toEqual(['EMAIL:john.smith@example.com']);
  });

  it('breaks ties between equal ranks by length, then score, then position', () => {
    const text = 'Acme Berlin office';
    expect(
      show(
        text,
        mergeSpans([span(text, 'Acme', 'ORG', 0.99), span(text, 'Acme Berlin', 'LOCATION', 0.6)], text),
      ),
    ).toEqual(['LOCATION:Acme Berlin']);
    expect(
      show(text, mergeSpans([span(text, 'Acme', 'ORG', 0.7), span(text, 'Acme', 'LOCATION', 0.8)], text)),
    ).toEqual(['LOCATION:Acme']);
  });

  it('never lets a weak guess take characters from a strong match, whatever its type', () => {
    const text = 'Ref 4111111111111111 ok';
    const merged = mergeSpans(
      [span(text, '4111111111111111', 'CARD', 0.3), span(text, '4111111111111111', 'DATE', 0.9)],
      text,
    );
    expect(show(text, merged)).toEqual(['DATE:4111111111111111']);
  });

  it("keeps the uncovered part of a loser when it still holds a word, trimmed of its neighbour's punctuation", () => {
    const text = 'Dr. Anna Berg, Lindenweg 5, 10115 Berlin';
    const merged = mergeSpans(
      [
        span(text, 'Anna Berg, Lindenweg', 'PERSON', 0.8),
        span(text, 'Lindenweg 5, 10115 Berlin', 'ADDRESS', 0.9),
      ],
      text,
    );
    expect(show(text, merged)).toEqual(['PERSON:Anna Berg', 'ADDRESS:Lindenweg 5, 10115 Berlin']);
  });

  it('drops leftovers too small to be anything and returns spans sorted and disjoint', () => {
    const text = 'a John Smith b 030 1234567 c';
    const merged = mergeSpans(
      [
        span(text, 'h b 0', 'PERSON', 0.9),
        span(text, '030 1234567', 'PHONE', 0.9),
        span(text, 'John Smith', 'PERSON', 0.9),
        span(text, 'John Smith', 'PERSON', 0.7),
      ],
      text,
    );
    expect(show(text, merged)).toEqual(['PERSON:John Smith', 'PHONE:030 1234567']);
    for (let i = 1; i < merged.length; i++)
      expect(merged[i]!.start).toBeGreaterThanOrEqual(merged[i - 1]!.end);
  });

  it('stays fast with thousands of overlapping spans', () => {
    const text = 'word '.repeat(4000);
    const spans: Span[] = [];
    for (let i = 0; i < 4000; i++)
      spans.push({ start: i * 5, end: i * 5 + 9, type: 'PERSON', source: 't', score: 0.9 });
    const t0 = performance.now();
    const merged = mergeSpans(spans, text);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(merged.length).toBeGreaterThan(1000);
  });
});

describe('mergeSpans leftovers', () => {
  it('gives a one- or two-character leftover of a loser to the winner next to it', () => {
    const text = 'policy Z-443992 ok';
    const merged = mergeSpans(
      [span(text, 'Z-443992', 'ACCOUNT_NO', 0.8), span(text, '443992', 'PHONE', 0.9)],
      text,
    );
    expect(show(text, merged)).toEqual(['PHONE:Z-443992']);
    const text2 = 'ref 443992-B ok';
    const merged2 = mergeSpans(
      [span(text2, '443992-B', 'ACCOUNT_NO', 0.8), span(text2, '443992', 'PHONE', 0.9)],
      text2,
    );
    expect(show(text2, merged2)).toEqual(['PHONE:443992-B']);
  });

  it('drops the function words a special-category leftover kept only to reach the winner', () => {
    const text = 'Me operaron en el Hospital Central de Soria ayer.';
    const merged = mergeSpans(
      [
        span(text, 'Me operaron en el Hospital', 'HEALTH', 0.8),
        span(text, 'Hospital Central de Soria', 'ORG', 0.9),
      ],
      text,
    );
    expect(show(text, merged)).toEqual(['HEALTH:Me operaron', 'ORG:Hospital Central de Soria']);
  });

  it('keeps the hyphen that joins a kept leftover to the winner, so no trace of the code stays', () => {
    const text = 'Account no BWE-31177402. Thanks';
    const merged = mergeSpans(
      [span(text, 'BWE-31177402', 'ACCOUNT_NO', 0.8), span(text, '31177402', 'NATIONAL_ID', 0.6)],
      text,
    );
    expect(show(text, merged)).toEqual(['ACCOUNT_NO:BWE-', 'NATIONAL_ID:31177402']);
    const text2 = 'Ref 31177402/ABCD, ok';
    const merged2 = mergeSpans(
      [span(text2, '31177402/ABCD', 'ACCOUNT_NO', 0.8), span(text2, '31177402', 'NATIONAL_ID', 0.6)],
      text2,
    );
    expect(show(text2, merged2)).toEqual(['NATIONAL_ID:31177402', 'ACCOUNT_NO:/ABCD']);
    // A leftover apart from the winner by a space keeps its own edges.
    const text3 = 'Ref ABC - 31177402 ok';
    const merged3 = mergeSpans(
      [span(text3, 'ABC - 31177402', 'ACCOUNT_NO', 0.8), span(text3, '31177402', 'NATIONAL_ID', 0.6)],
      text3,
    );
    expect(show(text3, merged3)).toEqual(['ACCOUNT_NO:ABC', 'NATIONAL_ID:31177402']);
  });
});

describe('mergeSpans containment', () => {
  it('keeps a word-found span whole when another word-found span sits inside it', () => {
    const text = 'my son goes to Colegio Santa Ana in town';
    expect(
      show(
        text,
        mergeSpans(
          [span(text, 'Santa Ana', 'PERSON', 0.5), span(text, 'Colegio Santa Ana', 'ORG', 0.6)],
          text,
        ),
      ),
    ).toEqual(['ORG:Colegio Santa Ana']);
    const text2 = 'je vote pour La France insoumise depuis';
    expect(
      show(
        text2,
        mergeSpans(
          [
            span(text2, 'France', 'LOCATION', 0.8),
            span(text2, 'La France insoumise', 'POLITICAL_OPINION', 0.8),
          ],
          text2,
        ),
      ),
    ).toEqual(['POLITICAL_OPINION:La France insoumise']);
  });

  it('does not let a much less confident container or a structured inner span lose', () => {
    const text = 'Praxis Dr. Weiß, Tel. 030 1234567';
    expect(
      show(
        text,
        mergeSpans([span(text, 'Weiß', 'PERSON', 0.9), span(text, 'Praxis Dr. Weiß', 'ORG', 0.55)], text),
      ),
    ).toEqual(['ORG:Praxis Dr', 'PERSON:Weiß']);
    expect(
      show(
        text,
        mergeSpans(
          [span(text, '030 1234567', 'PHONE', 0.9), span(text, 'Weiß, Tel. 030 1234567', 'ORG', 0.9)],
          text,
        ),
      ),
    ).toEqual(['ORG:Weiß, Tel', 'PHONE:030 1234567']);
  });

  it("gives the characters to the rules' special-category phrase when the NER tagger guessed a name over exactly them", () => {
    const text = 'Zu meiner Mutter: oberschenkelhalsbruch. Über Herrn Parkinson: nichts.';
    const from = (s: Span, source: string) => ({ ...s, source });
    const fracture = 'oberschenkelhalsbruch';
    const merged = mergeSpans(
      [
        from(span(text, fracture, 'ORG', 0.9), 'ner-tagger'),
        from(span(text, fracture, 'HEALTH', 0.7), 'special-categories'),
        // Another recognizer's name, or a span the rules do not match exactly, keeps its rank.
        from(span(text, 'Parkinson', 'PERSON', 0.9), 'names-structure'),
        from(span(text, 'Parkinson', 'HEALTH', 0.7), 'special-categories'),
      ],
      text,
    );
    expect(show(text, merged)).toEqual(['HEALTH:oberschenkelhalsbruch', 'PERSON:Parkinson']);
  });

  it("keeps the rules' special-category phrase whole when the NER tagger guessed a name inside it", () => {
    const text = 'Ich habe mir das Handgelenk gebrochen. Das Team von Mayo Clinic Care half.';
    const from = (s: Span, source: string) => ({ ...s, source });
    const merged = mergeSpans(
      [
        from(span(text, 'Handgelenk', 'ORG', 0.9), 'ner-tagger'),
        from(span(text, 'Handgelenk gebrochen', 'HEALTH', 0.7), 'special-categories'),
        // The tagger's name around a shorter special phrase keeps its rank.
        from(span(text, 'Mayo Clinic Care', 'ORG', 0.9), 'ner-tagger'),
        from(span(text, 'Care', 'HEALTH', 0.7), 'special-categories'),
      ],
      text,
    );
    expect(show(text, merged)).toEqual(['HEALTH:Handgelenk gebrochen', 'ORG:Mayo Clinic Care']);
    // Capitals after "bij" guessed as a name: the vocabulary's mental-health service wins.
    const text2 = 'Ik ben onder behandeling bij de GGZ.';
    const merged2 = mergeSpans(
      [
        from(span(text2, 'GGZ', 'ORG', 0.8), 'quasi-identifiers'),
        from(span(text2, 'GGZ', 'HEALTH', 0.7), 'special-categories'),
      ],
      text2,
    );
    expect(show(text2, merged2)).toEqual(['HEALTH:GGZ']);
  });
});
