import { describe, expect, it } from 'vitest';
import { acceptanceBucket, mailboxFigures } from '../../src/analytics/aggregate.models.js';
import { createCalendar } from '../../src/analytics/calendar.models.js';
import { segmentThread, type ThreadMessage } from '../../src/analytics/segments.models.js';

const T0 = Date.parse('2026-06-08T07:00:00Z');
const question = (id: number, draft: Partial<ThreadMessage>): ThreadMessage => ({
  id,
  at: T0 + id,
  direction: 'inbound',
  skipRule: null,
  fromPseudonym: `cust${id}`,
  recipientPseudonyms: ['box'],
  draftStoredAt: T0 + id + 1,
  draftSimilarity: null,
  ...draft,
});

describe('draft acceptance with the deleted-draft sweep', () => {
  it('tells a draft deleted unused from one still pending; a scored reply decides over a deletion', () => {
    expect(acceptanceBucket(null)).toBe('not_scored');
    expect(acceptanceBucket(null, true)).toBe('deleted_unsent');
    expect(acceptanceBucket(0.95, true)).toBe('unchanged');
  });

  it('counts the drafts of a mailbox in the deleted and pending buckets', () => {
    const segments = [
      ...segmentThread(1, [question(1, { draftDeletedAt: T0 + 10 })], 7),
      ...segmentThread(2, [question(2, {})], 7),
      ...segmentThread(3, [question(3, { draftDeletedAt: T0 + 10 })], 7),
    ];
    const calendar = createCalendar({ timeZone: 'UTC', week: {}, closedDates: [] });
    const f = mailboxFigures(segments, {
      calendar,
      slaBusinessHours: 8,
      idleDays: 7,
      now: T0 + 20,
      minSegments: 1,
    });
    expect(f.draftValue.acceptance).toMatchObject({ n: 3, deleted_unsent: 2, not_scored: 1 });
  });
});
