/**
 * False alarms on business language: sentences written blind to hold no personal data and no Art. 9
 * fact, but full of words that look like them (tests/anonymize/gold/lookalikes/README.md). Every
 * span a detector finds in them is a false alarm; the figure is the share of sentences with one.
 * The dev half guided fixes; the test half is frozen (test.sha256) and only reported.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Lang, specialTypes } from '../../src/anonymize/anonymize.types.js';
import type { EvalDoc } from './datasets.js';
import type { TypedRange } from './score.js';

export const lookalikeDir = 'tests/anonymize/gold/lookalikes';
export type LookalikeHalf = 'dev' | 'test';

/** One sentence per line of `<half>/<lang>.txt`, as detector input without any gold span. */
export function loadLookalikes(half: LookalikeHalf, dir = lookalikeDir): EvalDoc[] {
  const files = readdirSync(path.join(dir, half))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.flatMap((f) => {
    const lang = f.slice(0, -4) as Lang;
    return sentences(readFileSync(path.join(dir, half, f), 'utf8')).map((text, i) => ({
      id: `${lang}-${i + 1}`,
      text,
      gold: [],
      ignore: [],
      traps: [],
      allow: [],
      group: lang,
      input: { text, lang },
    }));
  });
}

const sentences = (source: string) =>
  source
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/** The sha256 over the test half's files in name order, as recorded in test.sha256. */
export function lookalikeTestHash(dir = lookalikeDir): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(path.join(dir, 'test')).sort())
    hash.update(readFileSync(path.join(dir, 'test', f)));
  return hash.digest('hex');
}

export interface FalseAlarms {
  sentences: number;
  /** Sentences with any span, and with a special-category span. */
  flagged: number;
  flaggedSpecial: number;
  spansByType: Record<string, number>;
  examples: { id: string; type: string; text: string }[];
}

const special = new Set<string>(specialTypes);

/** Counts the spans a detector found in the look-alike sentences (all of them false alarms). */
export function falseAlarms(
  docs: readonly EvalDoc[],
  preds: readonly TypedRange[][],
  limit = 400,
): FalseAlarms {
  const out: FalseAlarms = {
    sentences: docs.length,
    flagged: 0,
    flaggedSpecial: 0,
    spansByType: {},
    examples: [],
  };
  docs.forEach((d, i) => {
    const p = preds[i] ?? [];
    if (p.length > 0) out.flagged++;
    if (p.some((s) => special.has(s.type))) out.flaggedSpecial++;
    for (const s of p) {
      out.spansByType[s.type] = (out.spansByType[s.type] ?? 0) + 1;
      if (out.examples.length < limit)
        out.examples.push({ id: d.id, type: s.type, text: d.text.slice(s.start, s.end) });
    }
  });
  return out;
}

/** One table row: "rules only   12.3 % of sentences (special 8.1 %): HEALTH 90, ORG 12, …". */
export function renderFalseAlarms(system: string, f: FalseAlarms): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, f.sentences)).toFixed(1)} %`;
  const types = Object.entries(f.spansByType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  return `${system.padEnd(12)} ${pct(f.flagged).padStart(7)} of sentences with a span (special category ${pct(f.flaggedSpecial)})${types ? `: ${types}` : ''}`;
}
