import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** Errors about the stored mailboxes (`mailbox.*`); what the mail server did is `mail.*` (imap.errors.ts). */
export const mailboxErrors = {
  /** What was wrong with the input, in one sentence. */
  invalidInput: createErrorFactory({
    code: 'mailbox.invalid_input',
    message: (problem: string) => problem,
    status: 400,
    permanent: true,
  }),
  nameTaken: createErrorFactory({
    code: 'mailbox.name_taken',
    message: (name: string) => `A mailbox named "${name}" already exists.`,
    status: 409,
    permanent: true,
  }),
  /** An operator named a mailbox that does not exist (CLI argument, console address). */
  notFound: createErrorFactory({
    code: 'mailbox.not_found',
    message: (ref: string | number) => `No mailbox "${ref}".`,
    status: 404,
    permanent: true,
  }),
  /** A job's mailbox was removed after the job was queued: no retry brings it back. */
  removed: createErrorFactory({
    code: 'mailbox.removed',
    message: 'The mailbox was removed.',
    permanent: true,
    summary: 'The mailbox was removed.',
  }),
  plaintextRemote: createErrorFactory({
    code: 'mailbox.plaintext_remote',
    message: (host: string) =>
      `Security "none" would send the password in the clear to ${host}. Use tls or starttls; "none" is only for loopback hosts.`,
    status: 400,
    permanent: true,
  }),
  plaintextDisabled: createErrorFactory({
    code: 'mailbox.plaintext_disabled',
    message:
      'Security "none" is disabled. Set VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK=true to allow it for loopback hosts.',
    status: 400,
    permanent: true,
  }),
  invalidFrom: createErrorFactory({
    code: 'mailbox.invalid_from',
    message: 'The From address must look like "Support <support@example.org>".',
    status: 400,
    permanent: true,
  }),
};

export type MailboxErrorCode = ErrorCodes<typeof mailboxErrors>;
