import { describe, expect, it } from 'vitest';
import { groupPersonMentions, parseMention } from '../../src/anonymize/person-groups.models.js';

describe('groupPersonMentions', () => {
  it('puts every variant of one name in one group: first, surname, initials, possessive, caps, lower case, reversed', () => {
    const mentions = [
      'John Smith',
      'John',
      'Smith',
      'J. Smith',
      "Smith's",
      'SMITH',
      'john smith',
      'Smith, John',
      'Mr. Smith',
    ];
    expect(new Set(groupPersonMentions(mentions))).toEqual(new Set([0]));
  });

  it('keeps different people apart, also when they share a surname', () => {
    const ids = groupPersonMentions([
      'John Smith',
      'Mary Smith',
      'Mary',
      'Anna Berg',
      'M. Smith',
      'J. Smith',
    ]);
    expect(ids).toEqual([0, 1, 1, 2, 1, 0]);
  });

  it('folds umlauts and accents so spellings of one name match', () => {
    expect(groupPersonMentions(['Jürgen Müller', 'Mueller', 'Herr Muller', 'JÜRGEN'])).toEqual([0, 0, 0, 0]);
    expect(groupPersonMentions(['François Dupont', 'M. Dupont', 'Francois'])).toEqual([0, 0, 0]);
  });

  it('handles surname particles and numbers groups by first appearance', () => {
    expect(groupPersonMentions(['Piet', 'Jan van der Berg', 'Van der Berg', 'Piet Jansen'])).toEqual([
      0, 1, 1, 0,
    ]);
  });

  it('parses titles, initials and possessives out of a mention', () => {
    expect(parseMention('Frau Dr. A. Müller’s')).toEqual({ full: ['muller'], initials: ['a'] });
  });
});
