import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeDraft } from '../../src/draft/draft-append.js';
import type { DraftOriginal } from '../../src/draft/draft-compose.models.js';

const original: DraftOriginal = {
  messageId: '<q-1@customer.example>',
  references: [],
  subject: 'Re: RE: Kündigung',
  from: [{ name: 'Erika', address: 'erika@customer.example' }],
  replyTo: [],
  to: [{ address: 'support@org.example' }, { address: 'anna@customer.example' }],
  cc: [{ address: 'SUPPORT@org.example' }],
  date: null,
  text: 'Bitte kündigen.',
};
const base = {
  clock: { now: () => Date.parse('2026-11-22T12:00:00Z') },
  mailbox: {
    id: 1,
    username: 'support',
    fromAddress: 'support@org.example',
    fromName: null,
    draftsFolder: 'Drafts',
    signature: 'Ihr Kundenservice',
  },
  draftKey: 'compose-key-1',
  original,
  content: { text: 'Gerne.' },
};

describe('composeDraft', () => {
  it('with reply-all copies the other recipients, never the mailbox itself', async () => {
    const mail = await simpleParser(
      await composeDraft({ ...base, policy: { replyAll: 'all', quoteStyle: 'none' } }),
    );
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('"Erika" <erika@customer.example>');
    expect(mail.cc && !Array.isArray(mail.cc) ? mail.cc.value.map((a) => a.address) : []).toEqual([
      'anna@customer.example',
    ]);
    expect(mail.subject).toBe('Re: Kündigung');
    expect(mail.text).toBe('Gerne.\n\n-- \nIhr Kundenservice\n');
    expect(mail.html).toBe(false);
    expect(mail.references).toBe('<q-1@customer.example>');
    expect(mail.date?.toISOString()).toBe('2026-11-22T12:00:00.000Z');
  });

  it('gives every attempt of one key the same Message-ID', async () => {
    const policy = { replyAll: 'sender' as const, quoteStyle: 'top' as const };
    const [a, b] = await Promise.all([composeDraft({ ...base, policy }), composeDraft({ ...base, policy })]);
    const [ma, mb] = await Promise.all([simpleParser(a), simpleParser(b)]);
    expect(ma.messageId).toBe(mb.messageId);
    const other = await simpleParser(await composeDraft({ ...base, draftKey: 'compose-key-2', policy }));
    expect(other.messageId).not.toBe(ma.messageId);
  });

  it('refuses to draft without an agent From address', async () => {
    await expect(
      composeDraft({
        ...base,
        mailbox: { ...base.mailbox, fromAddress: null },
        policy: { replyAll: 'sender', quoteStyle: 'top' },
      }),
    ).rejects.toMatchObject({ code: 'draft.no_from' });
  });
});
