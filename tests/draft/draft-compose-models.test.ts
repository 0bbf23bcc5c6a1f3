import { describe, expect, it } from 'vitest';
import {
  assertDraftKey,
  draftMessageId,
  quotedText,
  replyRecipients,
  replyReferences,
  replySubject,
  withSignature,
} from '../../src/draft/draft-compose.models.js';

describe('reply subject', () => {
  it.each([
    ['Frage', 'Re: Frage'],
    ['Re: Frage', 'Re: Frage'],
    ['RE: re: Frage', 'Re: Frage'],
    ['AW: Re: Frage', 'Re: Frage'],
    ['SV: Fråga', 'Re: Fråga'],
    ['Antw: Vraag', 'Re: Vraag'],
    ['Réf. : Question', 'Re: Question'],
    ['RE : Question', 'Re: Question'],
    ['Réf : Question', 'Re: Question'],
    ['Re[2]: Frage', 'Re: Frage'],
    ['Fwd: Frage', 'Re: Fwd: Frage'],
    ['Reisekosten', 'Re: Reisekosten'],
    ['', 'Re:'],
  ])('%j becomes %j', (subject, expected) => {
    expect(replySubject(subject)).toBe(expected);
  });
});

describe('reply recipients', () => {
  const original = {
    from: [{ address: 'Erika@customer.example', name: 'Erika' }],
    replyTo: [],
    to: [{ address: 'support@org.example' }, { address: 'colleague@customer.example' }],
    cc: [{ address: 'erika@customer.example' }, { address: 'boss@customer.example' }],
  };

  it('answers the sender only by default', () => {
    expect(replyRecipients(original, 'sender', ['support@org.example'])).toEqual({
      to: [{ address: 'Erika@customer.example', name: 'Erika' }],
      cc: [],
    });
  });

  it('prefers Reply-To over From', () => {
    const r = replyRecipients(
      { ...original, replyTo: [{ address: 'tickets@customer.example' }] },
      'sender',
      [],
    );
    expect(r.to.map((a) => a.address)).toEqual(['tickets@customer.example']);
  });

  it('with reply-all copies the others, never the mailbox itself and nobody twice', () => {
    const r = replyRecipients(original, 'all', ['SUPPORT@org.example']);
    expect(r.cc.map((a) => a.address)).toEqual(['colleague@customer.example', 'boss@customer.example']);
  });

  it('refuses a message without a sender', () => {
    expect(() => replyRecipients({ from: [], replyTo: [], to: [], cc: [] }, 'sender', [])).toThrow(
      /no sender/,
    );
  });
});

describe('threading', () => {
  it('references end with the answered message and keep the root when capped', () => {
    const refs = Array.from({ length: 30 }, (_, i) => `<r${i}@x>`);
    const out = replyReferences({ messageId: '<last@x>', references: refs }, 20);
    expect(out).toHaveLength(20);
    expect(out[0]).toBe('<r0@x>');
    expect(out.at(-1)).toBe('<last@x>');
  });

  it('the Message-ID is derived from the draft key only', () => {
    expect(draftMessageId('key-00000001', 'a@org.example')).toBe(
      draftMessageId('key-00000001', 'b@org.example'),
    );
    expect(draftMessageId('key-00000001', 'a@org.example')).not.toBe(
      draftMessageId('key-00000002', 'a@org.example'),
    );
    expect(draftMessageId('key-00000001', 'a@org.example')).toMatch(/^<vd\.[0-9a-f]{32}@org\.example>$/);
  });

  it('draft keys are plain tokens, so a header search cannot match another key by quoting', () => {
    expect(() => assertDraftKey('m1-abcdef12')).not.toThrow();
    expect(() => assertDraftKey('short')).toThrow();
    expect(() => assertDraftKey('has space in it')).toThrow();
  });
});

describe('quoting', () => {
  const original = {
    from: [{ address: 'erika@customer.example' }],
    date: null,
    text: 'Line one\r\n> older\r\n\r\n',
  };

  it('puts the reply and signature above the quoted original', () => {
    const text = quotedText(withSignature('Hello.\n', 'Support Team'), original, 'top');
    expect(text).toBe('Hello.\n\n-- \nSupport Team\n\nerika@customer.example wrote:\n> Line one\n>> older\n');
  });

  it('can leave the original out', () => {
    expect(quotedText('Hello.', original, 'none')).toBe('Hello.');
  });
});
