import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  falseAlarms,
  loadLookalikes,
  lookalikeDir,
  lookalikeTestHash,
  renderFalseAlarms,
} from '../../scripts/eval/lookalikes.js';

describe('look-alike business sentences', () => {
  it('keeps the test half as frozen', () => {
    expect(lookalikeTestHash()).toBe(readFileSync(`${lookalikeDir}/test.sha256`, 'utf8').trim());
  });

  it('reads 80 sentences per language in each half, as input without gold', () => {
    for (const half of ['dev', 'test'] as const) {
      const docs = loadLookalikes(half);
      expect(docs).toHaveLength(880);
      expect(new Set(docs.map((d) => d.group)).size).toBe(11);
      expect(docs.every((d) => d.gold.length === 0 && d.input.lang === d.group)).toBe(true);
    }
  });

  it('counts every span as a false alarm, per sentence and per type', () => {
    const docs = loadLookalikes('dev').slice(0, 3);
    const f = falseAlarms(docs, [
      [{ start: 0, end: 3, type: 'HEALTH' }],
      [],
      [{ start: 1, end: 2, type: 'ORG' }],
    ]);
    expect(f).toMatchObject({
      sentences: 3,
      flagged: 2,
      flaggedSpecial: 1,
      spansByType: { HEALTH: 1, ORG: 1 },
    });
    expect(f.examples[0]).toEqual({ id: docs[0]!.id, type: 'HEALTH', text: docs[0]!.text.slice(0, 3) });
    expect(renderFalseAlarms('rules only', f)).toContain(
      '66.7 % of sentences with a span (special category 33.3 %)',
    );
  });
});
