import { describe, expect, it } from 'vitest';
import { loadPresidio, parseAddresses, presidioTypeMap } from '../../scripts/eval/datasets.js';
import { checkTargets, renderSet, type SetResult, type SystemResult } from '../../scripts/eval/report.js';
import { scoreCorpus } from '../../scripts/eval/score.js';

const text = 'Dear Anna Berg, call 0151 2345678.';
const gold = [
  { start: 5, end: 14, type: 'PERSON' },
  { start: 21, end: 33, type: 'PHONE' },
];
const system = (name: string, pred: typeof gold, perSecond: number): SystemResult => ({
  system: name,
  score: scoreCorpus([{ text, gold, pred }]),
  seconds: 1,
  docsPerSecond: perSecond,
  wallSeconds: 1,
  wallDocsPerSecond: perSecond,
});

describe('evaluation report', () => {
  const set: SetResult = {
    set: 'tiny',
    key: 'emails',
    path: 'x',
    docs: 1,
    systems: [system('Veildraft', gold, 250), system('peer', [{ start: 21, end: 33, type: 'PHONE' }], 900)],
  };

  it('marks each target met or missed for the first system', () => {
    const checks = checkTargets(set, set.systems[0]!);
    // No special-category gold here: no value, so not met.
    expect(checks.filter((c) => !c.met).map((c) => c.name)).toEqual(['special categories recall']);
    const peer = checkTargets(set, set.systems[1]!);
    expect(peer.find((c) => c.name === 'PERSON recall')).toMatchObject({ value: 0, met: false });
    expect(peer.find((c) => c.name === 'special categories recall')).toMatchObject({
      value: null,
      met: false,
    });
    expect(
      checkTargets({ ...set, key: 'presidio' }, set.systems[0]!).some((c) => c.name === 'PERSON recall'),
    ).toBe(false);
  });

  it('prints both systems side by side with the target column', () => {
    const table = renderSet(set);
    expect(table).toMatch(/binary recall\s+1\.000\s+0\.579\s+>= 0\.95\s+met/);
    expect(table).toContain('peer');
    expect(table).toMatch(/texts\/s \(one core, CPU time\)\s+250\s+900/);
  });
});

describe('evaluation datasets', () => {
  it('parses display names and addresses from header values', () => {
    expect(parseAddresses('Anna Berg <anna@x.org>, "Berg, Tom" <tom@y.org>, z@z.org', 'to')).toEqual([
      { role: 'to', name: 'Anna Berg', address: 'anna@x.org' },
      { role: 'to', name: 'Berg, Tom', address: 'tom@y.org' },
      { role: 'to', address: 'z@z.org' },
    ]);
  });

  it('skips the Presidio set when the shared data is absent', () => {
    expect(loadPresidio('../shared/data/presidio/no-such-file.json')).toBeUndefined();
  });

  it('maps every Presidio entity type of the development set', () => {
    for (const t of ['PERSON', 'ADDRESS', 'CREDIT_CARD', 'US_SSN', 'IBAN_CODE', 'TITLE', 'PREFIX'])
      expect(presidioTypeMap[t]).toBeDefined();
  });
});
