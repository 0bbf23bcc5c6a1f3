import { describe, expect, it } from 'vitest';
import { participantsOf } from '../../src/anonymize/participants.models.js';
import {
  draftKeyFor,
  mentionsSpecialCategory,
  unnumberedPlaceholders,
} from '../../src/draft/draft.models.js';
import { assertDraftKey } from '../../src/draft/draft-compose.models.js';

describe('draft job, pure parts', () => {
  it('gives each customer message its own valid, stable draft key', () => {
    expect(draftKeyFor(3, 1207)).toBe('vd-m3-r1207');
    expect(() => assertDraftKey(draftKeyFor(1, 1))).not.toThrow();
    expect(draftKeyFor(1, 12)).not.toBe(draftKeyFor(11, 2));
  });

  it('notices special-category spans only', () => {
    const span = (type: 'HEALTH' | 'PERSON' | 'RELIGION') => ({
      start: 0,
      end: 1,
      type,
      source: 't',
      score: 1,
    });
    expect(mentionsSpecialCategory([span('PERSON')])).toBe(false);
    expect(mentionsSpecialCategory([span('PERSON'), span('HEALTH')])).toBe(true);
    expect(mentionsSpecialCategory([span('RELIGION')])).toBe(true);
  });

  it('turns a message’s people into participants, recipients only when asked', () => {
    const people = {
      from: [{ address: 'a@x.example', name: 'Ann Lee' }],
      replyTo: [],
      to: [{ address: 'support@acme.example' }],
      cc: [{ address: 'b@x.example', name: 'Bo Ek' }],
    };
    expect(participantsOf(people, { recipients: false })).toEqual([
      { role: 'from', address: 'a@x.example', name: 'Ann Lee' },
    ]);
    expect(participantsOf(people, { recipients: true }).map((p) => p.role)).toEqual(['from', 'to', 'cc']);
  });

  it('takes the numbers off an example’s placeholders so they cannot be mistaken for this thread’s', () => {
    expect(
      unnumberedPlaceholders('Dear [PERSON_2], your [ACCOUNT_NO_1] and [[fill in: date]] — [AGENT]'),
    ).toBe('Dear [PERSON], your [ACCOUNT_NO] and [[fill in: date]] — [AGENT]');
  });
});
