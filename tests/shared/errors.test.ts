import { describe, expect, it } from 'vitest';
import { imapErrors } from '../../src/imap/imap.errors.js';
import { mailboxErrors } from '../../src/mailboxes/mailboxes.errors.js';
import { AppError, errorSummaries } from '../../src/shared/errors.js';

describe('error factories', () => {
  it('build the same error wherever it is thrown: code, message, status, retry policy and cause', () => {
    const cause = new Error('socket');
    const a = mailboxErrors.nameTaken('Support', { cause });
    expect(a).toBeInstanceOf(AppError);
    expect(a).toMatchObject({
      code: 'mailbox.name_taken',
      message: 'A mailbox named "Support" already exists.',
      status: 409,
      permanent: true,
      cause,
    });
    expect(mailboxErrors.removed()).toMatchObject({ code: 'mailbox.removed', status: 500, permanent: true });
  });

  it('choose a code within the typed set when the code depends on the parameters', () => {
    const stalled = imapErrors.stalled({ step: 'fetch', seconds: 30 });
    expect(stalled.code).toBe('mail.stalled.fetch');
    expect(stalled.permanent).toBe(false);
  });

  it('give the console a summary for recorded codes, and none for errors without one', () => {
    const summaries = errorSummaries(mailboxErrors);
    expect(summaries.get('mailbox.removed')).toBe('The mailbox was removed.');
    expect(summaries.has('mailbox.not_found')).toBe(false);
  });
});
