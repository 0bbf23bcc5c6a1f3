import { describe, expect, it } from 'vitest';
import { markAgent, markSignature, placeholdersIn } from '../../src/knowledge/learn.models.js';

describe('learning: agent and signature', () => {
  const map = new Map([
    ['[PERSON_1]', 'Jonas Weber'],
    ['[PERSON_2]', 'Maria Schmidt'],
    ['[PERSON_3]', 'Maria'],
    ['[PERSON_4]', 'Maria Jones'],
  ]);

  it('replaces the agent’s name and its parts with [AGENT], leaves customers alone', () => {
    const [text] = markAgent(
      ['Dear [PERSON_1], … Kind regards, [PERSON_2]. [PERSON_3] will call. Cc [PERSON_4].'],
      map,
      ['Maria Schmidt'],
    );
    expect(text).toBe('Dear [PERSON_1], … Kind regards, [AGENT]. [AGENT] will call. Cc [PERSON_4].');
  });

  it('changes nothing without agent names', () => {
    expect(markAgent(['[PERSON_2]'], map, [])).toEqual(['[PERSON_2]']);
  });

  it('finds the configured signature across changed line breaks', () => {
    const reply = 'Thanks!\n\nCustomer Service\nACME Insurance   AG\nHotline 0800 123';
    expect(markSignature(reply, 'Customer Service ACME Insurance AG\nHotline 0800 123')).toBe(
      'Thanks!\n\n[SIGNATURE]',
    );
    expect(markSignature(reply, null)).toBe(reply);
  });

  it('lists each placeholder once, in order', () => {
    expect(placeholdersIn('[PERSON_2] [EMAIL_1] [PERSON_2] [[fill in: x]] [HEALTH]')).toEqual([
      '[PERSON_2]',
      '[EMAIL_1]',
    ]);
  });
});
