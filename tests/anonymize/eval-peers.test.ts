import { describe, expect, it } from 'vitest';
import { alignRedacted, arcjetPeer, redactPiiPeer } from '../../scripts/eval/peers.js';

const M = (k: number) => `\uE000${String.fromCharCode(0xe100 + k)}\uE001`;

describe('aligning a peer’s redacted text with its input', () => {
  it('turns markers back into character spans, at the start, middle and end', () => {
    const input = 'Anna wrote from anna@x.org, call 0151 234';
    const output = `${M(0)} wrote from ${M(1)}, call ${M(2)}`;
    const spans = alignRedacted(input, output, ['PERSON', 'EMAIL', 'PHONE']);
    expect(spans.map((s) => [input.slice(s.start, s.end), s.type])).toEqual([
      ['Anna', 'PERSON'],
      ['anna@x.org', 'EMAIL'],
      ['0151 234', 'PHONE'],
    ]);
  });

  it('merges adjacent markers into one span', () => {
    const input = 'to John Smith today';
    const spans = alignRedacted(input, `to ${M(0)}${M(1)} today`, ['PERSON', 'OTHER']);
    expect(spans).toEqual([{ start: 3, end: 13, type: 'PERSON' }]);
  });

  it('refuses output that is not the input with replacements', () => {
    expect(() => alignRedacted('abc', 'xyz', [])).toThrow();
  });

  it('derives spans from redact-pii and @arcjet/redact on a real text', async () => {
    const text =
      'Hi Mark, my email is mark.jones@example.com and my card is 4111 1111 1111 1111. Thanks, Mark Jones';
    for (const peer of [redactPiiPeer(), arcjetPeer()]) {
      const spans = await peer.detect(text);
      const found = spans.map((s) => text.slice(s.start, s.end));
      expect(found, peer.name).toContain('mark.jones@example.com');
      expect(
        found.some((f) => f.includes('4111 1111 1111 1111')),
        peer.name,
      ).toBe(true);
      for (const s of spans) expect(s.end).toBeGreaterThan(s.start);
    }
  });
});
