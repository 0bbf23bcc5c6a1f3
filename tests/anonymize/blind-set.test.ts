import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blindPaths, buildBlindSet, parseAnnotated, splitBlind } from '../../scripts/eval/blind-set.js';

const block = `### id=de-01 sector=hospital direction=inbound
From: Anna Berg <anna@example.org>
To: Service <service@klinik.example>
Allow: Klinik Nord; service@klinik.example
---
Mein Mann [[PERSON:Jörg Berg]] hat [[HEALTH:Vorhofflimmern]].

`;

describe('blind e-mail set', () => {
  it('turns the markup into text and character offsets, with headers as participants and the allow-list', () => {
    const [m] = parseAnnotated(block, 'de');
    expect(m!.text).toBe('Mein Mann Jörg Berg hat Vorhofflimmern.');
    expect(m!.spans.map((s) => [s.type, m!.text.slice(s.start, s.end)])).toEqual([
      ['PERSON', 'Jörg Berg'],
      ['HEALTH', 'Vorhofflimmern'],
    ]);
    expect(m).toMatchObject({ id: 'de-01', domain: 'hospital', from: 'Anna Berg <anna@example.org>' });
    expect(m!.org.allow).toEqual(['Klinik Nord', 'service@klinik.example']);
  });

  it('refuses an unknown type and unbalanced markup, naming the message', () => {
    expect(() => parseAnnotated(block.replace('HEALTH:', 'HEALTHY:'), 'de')).toThrow(
      /de-01: unknown type HEALTHY/,
    );
    expect(() => parseAnnotated(block.replace('Vorhofflimmern]]', 'Vorhofflimmern'), 'de')).toThrow(/de-01/);
  });

  it('puts half of each language in the test half, by a hash of the id', () => {
    const msgs = ['a', 'b', 'c', 'd'].map((x) => ({ ...parseAnnotated(block, 'de')[0]!, id: `de-${x}` }));
    const { dev, test } = splitBlind(msgs);
    expect(test).toHaveLength(2);
    expect(dev).toHaveLength(2);
    expect(new Set([...dev, ...test].map((m) => m.id)).size).toBe(4);
  });

  it.each([
    ['blind', 150],
    ['blind-2', 120],
    ['blind-3', 130],
    ['blind-4', 240],
    ['blind-5', 150],
    ['blind-6', 130],
    ['blind-7', 130],
    ['blind-8', 130],
    ['blind-9', 130],
  ] as const)(
    'rebuilds exactly the committed halves of %s from the annotated source, the test half as frozen',
    (name, atLeast) => {
      const paths = blindPaths(name);
      const { dev, test, count } = buildBlindSet(name);
      expect(count).toBeGreaterThanOrEqual(atLeast);
      expect(dev).toBe(readFileSync(paths.dev, 'utf8'));
      expect(test).toBe(readFileSync(paths.test, 'utf8'));
      const frozen = readFileSync(paths.freeze, 'utf8').trim();
      expect(createHash('sha256').update(test).digest('hex')).toBe(frozen);
    },
  );
});
