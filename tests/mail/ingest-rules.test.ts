import { describe, expect, it } from 'vitest';
import {
  directionOf,
  externalParticipants,
  headerHash,
  type MessageHeaders,
  parseIdList,
} from '../../src/mail/message.models.js';
import { parseSkipRules, skipReason, skipRuleNames } from '../../src/mail/skip-rules.models.js';
import { chooseThread, normalizeSubject, parentIdCandidates } from '../../src/mail/thread.models.js';

const base: MessageHeaders = {
  messageId: '<a1@example.org>',
  references: [],
  from: ['jane@customer.example'],
  replyTo: [],
  to: ['support@acme.example'],
  cc: [],
  subject: 'My claim',
  date: new Date('2025-02-03T10:00:00Z'),
};
const ctx = { enabled: [...skipRuleNames], ownDomains: ['acme.example'] };
const key = Buffer.alloc(32, 7);

describe('skip rules', () => {
  const cases: [string, Partial<MessageHeaders>, string][] = [
    ['an auto-reply', { autoSubmitted: 'auto-replied' }, 'auto_submitted'],
    ['bulk mail', { precedence: 'bulk' }, 'precedence'],
    ['list mail', { listId: '<news.acme.example>' }, 'list_id'],
    ['a no-reply sender', { from: ['no-reply@shop.example'] }, 'no_reply_sender'],
    ['a delivery report', { contentType: 'multipart/report' }, 'delivery_report'],
    ['a bounce from MAILER-DAEMON', { from: ['MAILER-DAEMON@mx.example'] }, 'no_reply_sender'],
    ['mail from a colleague', { from: ['bob@acme.example'] }, 'own_domain'],
  ];
  for (const [what, change, rule] of cases) {
    it(`skips ${what} as ${rule}`, () => {
      expect(skipReason({ ...base, ...change }, ctx)).toBe(rule);
    });
  }
  it('lets ordinary customer mail through, including Auto-Submitted: no', () => {
    expect(skipReason({ ...base, autoSubmitted: 'no' }, ctx)).toBeUndefined();
  });
  it('applies only the rules that are switched on', () => {
    const only = { ...ctx, enabled: parseSkipRules('precedence,list_id') };
    expect(skipReason({ ...base, autoSubmitted: 'auto-generated' }, only)).toBeUndefined();
    expect(skipReason({ ...base, precedence: 'junk' }, only)).toBe('precedence');
    expect(parseSkipRules('none')).toEqual([]);
    expect(parseSkipRules('all')).toEqual([...skipRuleNames]);
  });
});

describe('message metadata', () => {
  it('treats Sent as outbound and INBOX mail from an own address as outbound', () => {
    expect(directionOf('sent', ['x@y.example'], [])).toBe('outbound');
    expect(directionOf('inbox', ['Support@ACME.example'], ['support@acme.example'])).toBe('outbound');
    expect(directionOf('inbox', ['jane@customer.example'], ['support@acme.example'])).toBe('inbound');
  });
  it('reads id lists with and without brackets', () => {
    expect(parseIdList('<a@b> <c@d>')).toEqual(['a@b', 'c@d']);
    expect(parseIdList(['<a@b>', 'c@d'])).toEqual(['a@b', 'c@d']);
    expect(parseIdList('e@f')).toEqual(['e@f']);
  });
  it('hashes the same headers the same way, and differently when a header differs', () => {
    expect(headerHash(key, base)).toBe(headerHash(key, { ...base, from: ['JANE@customer.example'] }));
    expect(headerHash(key, base)).not.toBe(headerHash(key, { ...base, subject: 'Other' }));
  });
  it('lists the external participants without the mailbox addresses', () => {
    expect(externalParticipants({ ...base, cc: ['ann@x.example'] }, ['support@acme.example'])).toEqual([
      'ann@x.example',
      'jane@customer.example',
    ]);
  });
});

describe('thread joining', () => {
  it('normalizes reply and forward prefixes of several languages', () => {
    for (const s of [
      'Re: My claim',
      'AW: RE: My claim',
      'Re[2]: Fwd: my claim',
      'SV: VS: My  claim',
      'WG: My claim',
    ]) {
      expect(normalizeSubject(s)).toBe('my claim');
    }
  });
  it('looks up In-Reply-To first, then References from the newest', () => {
    expect(parentIdCandidates('c', ['a', 'b', 'c'])).toEqual(['c', 'b', 'a']);
  });
  it('prefers ids, falls back to subject within the window, else starts a thread', () => {
    const at = 1_000_000_000;
    const day = 86_400_000;
    expect(
      chooseThread({
        byIds: 4,
        bySubject: { threadId: 9, lastAt: at },
        at,
        windowMs: day,
        subjectEmpty: false,
      }),
    ).toEqual({
      kind: 'existing',
      threadId: 4,
      by: 'ids',
    });
    expect(
      chooseThread({
        byIds: undefined,
        bySubject: { threadId: 9, lastAt: at - 1000 },
        at,
        windowMs: day,
        subjectEmpty: false,
      }).kind,
    ).toBe('existing');
    expect(
      chooseThread({
        byIds: undefined,
        bySubject: { threadId: 9, lastAt: at - 2 * day },
        at,
        windowMs: day,
        subjectEmpty: false,
      }).kind,
    ).toBe('new');
    expect(
      chooseThread({
        byIds: undefined,
        bySubject: { threadId: 9, lastAt: at },
        at,
        windowMs: day,
        subjectEmpty: true,
      }).kind,
    ).toBe('new');
  });
});
