import { describe, expect, it } from 'vitest';
import {
  directionOf,
  externalParticipants,
  headerHash,
  type MessageHeaders,
  parseIdList,
} from '../../src/ingest/message.models.js';
import { parseSkipRules, skipReason, skipRuleNames } from '../../src/ingest/skip-rules.models.js';
import { chooseThread, normalizeSubject, parentIdCandidates } from '../../src/ingest/thread.models.js';
import { authFailureCode, planBatches, reconnectDelay, uidSet } from '../../src/sync/sync.models.js';
import { Permits } from '../../src/sync/sync.permits.js';

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
  it("skips the admin's sender and subject patterns, ignoring case, after the rules", () => {
    const patterns = { ...ctx, senderPatterns: ['alerts@*.Shop.example'], subjectPatterns: ['Your ORDER'] };
    expect(skipReason({ ...base, from: ['Alerts@mail.shop.example'] }, patterns)).toBe('sender_pattern');
    expect(skipReason({ ...base, from: ['alerts@shop.example'] }, patterns)).toBeUndefined();
    expect(skipReason({ ...base, subject: 'your order 12' }, patterns)).toBe('subject_pattern');
    // A pattern's dot is a dot, not any character.
    expect(
      skipReason(
        { ...base, from: ['alerts@mailxshop.example'] },
        { ...ctx, senderPatterns: ['alerts@mail.shop.example'] },
      ),
    ).toBeUndefined();
    expect(skipReason({ ...base, autoSubmitted: 'auto-replied', subject: 'your order' }, patterns)).toBe(
      'auto_submitted',
    );
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

describe('sync planning', () => {
  it('bounds batches by count and bytes and sets oversized messages apart', () => {
    const items = [
      { uid: 5, size: 10 },
      { uid: 1, size: 10 },
      { uid: 2, size: 60 },
      { uid: 3, size: 500 },
      { uid: 4, size: 30 },
    ];
    expect(planBatches(items, { maxCount: 10, maxBytes: 70, maxMessageBytes: 100 })).toEqual([
      { fetch: [1, 2], oversized: [3] },
      { fetch: [4, 5], oversized: [] },
    ]);
    expect(
      planBatches(items, { maxCount: 2, maxBytes: 1000, maxMessageBytes: 1000 }).map((b) => b.fetch),
    ).toEqual([[1, 2], [3, 4], [5]]);
  });
  it('writes compact UID sets', () => {
    expect(uidSet([9, 1, 2, 3, 7, 10])).toBe('1:3,7,9:10');
  });
  it('backs off far longer after an authentication failure, with jitter', () => {
    const opts = {
      baseMs: 1000,
      capMs: 60_000,
      authBaseMs: 600_000,
      authCapMs: 6 * 3_600_000,
      random: () => 1,
    };
    expect(reconnectDelay(1, false, opts)).toBe(1000);
    expect(reconnectDelay(3, false, opts)).toBe(4000);
    expect(reconnectDelay(20, false, opts)).toBe(60_000);
    expect(reconnectDelay(1, true, opts)).toBe(600_000);
    expect(reconnectDelay(1, false, { ...opts, random: () => 0 })).toBe(500);
    expect(authFailureCode({ authenticationFailed: true })).toBe('mail.auth_failed');
    expect(authFailureCode(new Error('ECONNRESET'))).toBe(null);
    // A refused OAuth2 client waits like a wrong password; an unreachable token endpoint does not.
    expect(authFailureCode({ code: 'oauth.client_secret_invalid' })).toBe('oauth.client_secret_invalid');
    expect(authFailureCode({ code: 'oauth.endpoint_unreachable' })).toBe(null);
  });
});

describe('bounded concurrency across mailboxes', () => {
  it('lets at most N mailboxes fetch and parse at once, and the next one in when one finishes', async () => {
    const permits = new Permits(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map(async (id) => {
        const release = await permits.take();
        active++;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 10));
        order.push(id);
        active--;
        release();
      }),
    );
    expect(peak).toBe(2);
    expect(order).toHaveLength(5);
  });
});
