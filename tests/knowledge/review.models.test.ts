import { describe, expect, it } from 'vitest';
import { residualRisk } from '../../src/anonymize/risk.models.js';
import {
  checkTerm,
  denyEntry,
  nextPlaceholder,
  replaceTerm,
  segmentText,
  withTerm,
} from '../../src/knowledge/review.models.js';

describe('review models', () => {
  it('segments a text into placeholders, risk spots and plain text that join back exactly', () => {
    const text = 'Dear [PERSON_1], your colleague Wetherby Grange called about 0049 1234 5678.\n[AGENT]';
    const segments = segmentText(text, residualRisk(text, { lang: 'en' }));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind === 'placeholder').map((s) => s.text)).toEqual([
      '[PERSON_1]',
      '[AGENT]',
    ]);
    expect(segments.filter((s) => s.kind === 'risk').map((s) => s.text)).toEqual([
      'Wetherby Grange',
      '0049 1234 5678',
    ]);
  });

  it('keeps the first of overlapping spots', () => {
    const risk = {
      score: 1,
      reasons: [
        {
          kind: 'code' as const,
          count: 2,
          at: [
            [0, 5],
            [3, 8],
          ] as [number, number][],
        },
      ],
    };
    expect(segmentText('ABCDEFGHIJ', risk).map((s) => [s.kind, s.text])).toEqual([
      ['risk', 'ABCDE'],
      ['plain', 'FGHIJ'],
    ]);
  });

  it('numbers the next placeholder above the highest of that type in either text', () => {
    expect(nextPlaceholder(['[PERSON_1] and [PERSON_4]', '[PERSON_2] [ORG_1]'], 'PERSON')).toBe('[PERSON_5]');
    expect(nextPlaceholder(['[PERSON_1]'], 'ACCOUNT_NO')).toBe('[ACCOUNT_NO_1]');
    expect(nextPlaceholder(['[HEALTH]'], 'HEALTH')).toBe('[HEALTH]');
  });

  it('never rewrites a placeholder from the inside', () => {
    const text = 'Dear [PERSON_1], the PERSON desk and [AGENT] agree; AGENT Smith too.';
    expect(replaceTerm(text, 'PERSON', '[ORG_1]')).toEqual({
      text: 'Dear [PERSON_1], the [ORG_1] desk and [AGENT] agree; AGENT Smith too.',
      count: 1,
    });
    expect(checkTerm(['[AGENT] only'], 'AGENT')).toMatchObject({ ok: false });
    expect(checkTerm(['x [PERSON_1] y'], 'PERSON_1')).toMatchObject({ ok: false });
  });

  it('accepts a selection with surrounding spaces at its offsets, and refuses part of a word', () => {
    const text = 'Hello Anna and Annabel.';
    expect(checkTerm([text], ' Anna ', { text: 0, start: 5, end: 11 })).toEqual({ ok: true, term: 'Anna' });
    expect(checkTerm([text], 'Anna', { text: 0, start: 15, end: 19 })).toMatchObject({ ok: false });
    expect(checkTerm([text], 'Anna', { text: 1, start: 6, end: 10 })).toMatchObject({ ok: false });
    expect(checkTerm([text], 'A')).toMatchObject({ ok: false });
    expect(checkTerm([text], 'Anna\nand')).toMatchObject({ ok: false });
  });

  it('writes deny-list lines typed except for persons, and adds a term once', () => {
    expect(denyEntry('ORG', 'Sunrise Clinic')).toBe('ORG:Sunrise Clinic');
    expect(denyEntry('PERSON', 'Anna Kovacs')).toBe('Anna Kovacs');
    expect(withTerm(['Acme'], 'acme')).toEqual({ list: ['Acme'], added: false });
    expect(withTerm(['Acme'], 'Beta')).toEqual({ list: ['Acme', 'Beta'], added: true });
  });
});
