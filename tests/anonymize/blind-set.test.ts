import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  blindDevPath,
  blindTestPath,
  buildBlindSet,
  parseAnnotated,
  splitBlind,
} from '../../scripts/eval/blind-set.js';

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

  it('rebuilds exactly the committed halves from the annotated source, the test half as frozen', () => {
    const { dev, test, count } = buildBlindSet();
    expect(count).toBeGreaterThanOrEqual(150);
    expect(dev).toBe(readFileSync(blindDevPath, 'utf8'));
    expect(test).toBe(readFileSync(blindTestPath, 'utf8'));
    const frozen = readFileSync('tests/anonymize/gold/blind/blind.test.sha256', 'utf8').trim();
    expect(createHash('sha256').update(test).digest('hex')).toBe(frozen);
  });
});
