import { describe, expect, it } from 'vitest';
import type { EntityType, Span } from '../../src/anonymize/anonymize.types.js';
import { applyPlaceholders, toWholeTokens } from '../../src/anonymize/placeholders.models.js';

/** Spans for the given parts (first occurrence of each) of a text. */
function spansFor(text: string, parts: [string, EntityType][]): Span[] {
  return parts.map(([part, type]) => {
    const start = text.indexOf(part);
    if (start < 0) throw new Error(`missing ${part}`);
    return { start, end: start + part.length, type, source: 'test', score: 0.9 };
  });
}

describe('applyPlaceholders', () => {
  it('gives the same person the same placeholder in every message and every variant of the name', () => {
    const texts = [
      'Dear John Smith, we received your claim.',
      "Hi, J. Smith here. JOHN called about Smith's claim; john smith is the policy holder.",
      'Thanks John! Regards, Anna Berg',
    ];
    const detected = [
      spansFor(texts[0]!, [['John Smith', 'PERSON']]),
      [],
      spansFor(texts[2]!, [['Anna Berg', 'PERSON']]),
    ];
    const { messages, map } = applyPlaceholders(texts, detected);
    expect(messages).toEqual([
      'Dear [PERSON_1], we received your claim.',
      "Hi, [PERSON_1] here. [PERSON_1] called about [PERSON_1]'s claim; [PERSON_1] is the policy holder.",
      'Thanks [PERSON_1]! Regards, [PERSON_2]',
    ]);
    expect(map.get('[PERSON_1]')).toBe('John Smith');
    expect(map.get('[PERSON_2]')).toBe('Anna Berg');
  });

  it('never leaves part of a name next to a placeholder', () => {
    const texts = ['Please ask John Smith.', 'Smith called again, and J. Smith too.'];
    // Only the surname was detected in the first message.
    const detected = [spansFor(texts[0]!, [['Smith', 'PERSON']]), []];
    const { messages } = applyPlaceholders(texts, detected);
    expect(messages).toEqual(['Please ask [PERSON_1].', '[PERSON_1] called again, and [PERSON_1] too.']);
    for (const m of messages) expect(m).not.toMatch(/John|Smith|J\. \[/);
  });

  it('numbers other values per type and reuses them for the same value written differently', () => {
    const texts = [
      'Mail JAN@Example.nl or call +31 20 123 4567.',
      'Again: jan@example.nl, 0031 20 1234567, and piet@example.nl',
    ];
    const detected = [
      spansFor(texts[0]!, [
        ['JAN@Example.nl', 'EMAIL'],
        ['+31 20 123 4567', 'PHONE'],
      ]),
      spansFor(texts[1]!, [
        ['jan@example.nl', 'EMAIL'],
        ['0031 20 1234567', 'PHONE'],
        ['piet@example.nl', 'EMAIL'],
      ]),
    ];
    const { messages, map } = applyPlaceholders(texts, detected);
    expect(messages).toEqual([
      'Mail [EMAIL_1] or call [PHONE_1].',
      'Again: [EMAIL_1], [PHONE_1], and [EMAIL_2]',
    ]);
    expect([...map.keys()]).toEqual(['[EMAIL_1]', '[PHONE_1]', '[EMAIL_2]']);
  });

  it('widens spans to whole tokens so no fragment of a word survives', () => {
    const text = 'Kontakt: Schmidtbauer GmbH';
    expect(toWholeTokens(text, { start: 9, end: 15, type: 'ORG', source: 't', score: 1 })).toMatchObject({
      start: 9,
      end: 21,
    });
    const { messages } = applyPlaceholders(
      [text],
      [[{ start: 9, end: 15, type: 'ORG', source: 't', score: 1 }]],
    );
    expect(messages).toEqual(['Kontakt: [ORG_1] GmbH']);
  });

  it('replaces special categories per policy: phrase (default), sentence, or flag for review', () => {
    const text = 'I was admitted with pneumonia. Mr Smith paid. I am a union member.';
    const detected = spansFor(text, [
      ['pneumonia', 'HEALTH'],
      ['Smith', 'PERSON'],
      ['union member', 'TRADE_UNION'],
    ]);
    expect(applyPlaceholders([text], [detected]).messages[0]).toBe(
      'I was admitted with [HEALTH]. Mr [PERSON_1] paid. I am a [TRADE_UNION].',
    );
    const bySentence = applyPlaceholders([text], [detected], {
      special: { HEALTH: 'sentence', TRADE_UNION: 'flag' },
    });
    expect(bySentence.messages[0]).toBe('[HEALTH] Mr [PERSON_1] paid. I am a union member.');
    expect(bySentence.flags).toEqual([{ message: 0, type: 'TRADE_UNION', start: 53, end: 65 }]);
  });

  it('does not spread common words that were wrongly taken for a name', () => {
    const texts = ['Will Smith wrote.', 'I will send it. Will you?'];
    const { messages } = applyPlaceholders(texts, [spansFor(texts[0]!, [['Will Smith', 'PERSON']]), []]);
    expect(messages[1]).toBe('I will send it. Will you?');
  });
});
