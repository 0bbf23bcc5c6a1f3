import { oauthFailureCodes } from '../mailboxes/oauth.errors.js';
import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** The step of a session a stalled command belongs to; it becomes part of the error code. */
export const STALL_STEPS = [
  'greeting',
  'login',
  'list',
  'examine',
  'select',
  'search',
  'fetch',
  'append',
  'command',
] as const;
export type StallStep = (typeof STALL_STEPS)[number];

/**
 * Every code of a failure of the mailbox's connection (not of one message): what
 * classifyImapError gives. The job runner resumes waiting jobs by this list.
 */
export const connectionFailureCodes = [
  'mail.auth_unavailable',
  'mail.auth_failed',
  'mail.dns_failed',
  'mail.tcp_refused',
  'mail.tcp_timeout',
  'mail.tcp_unreachable',
  'mail.connection_lost',
  'mail.tls_untrusted',
  'mail.tls_expired',
  'mail.tls_not_yet_valid',
  'mail.tls_wrong_host',
  'mail.starttls_unavailable',
  'mail.tls_failed',
  'mail.protocol_error',
  ...STALL_STEPS.map((step) => `mail.stalled.${step}` as const),
  // An OAuth2 mailbox that cannot get (or use) a token cannot be reached either.
  ...oauthFailureCodes,
] as const;
export type ConnectionFailureCode = (typeof connectionFailureCodes)[number];

/** What the mail server did (`mail.*`), for the connection test, sync and every job that uses IMAP. */
export const imapErrors = {
  /** A server that stopped answering in the middle of `step` (the connection was closed). */
  stalled: createErrorFactory({
    code: (p: { step: StallStep; seconds: number }) => `mail.stalled.${p.step}` as const,
    message: (p) =>
      `The mail server stopped answering during ${p.step} (nothing for ${p.seconds} s); the connection was closed.`,
  }),
  /** A connection or login that failed, as classifyImapError explained it. */
  connectionFailed: createErrorFactory({
    code: (f: { code: ConnectionFailureCode; message: string }) => f.code,
    message: (f) => f.message,
  }),
  foldersMissing: createErrorFactory({
    code: 'mail.folders_missing',
    message: 'No folder is marked \\Drafts; set the Drafts folder for this mailbox.',
    permanent: true,
  }),
};

export type ImapErrorCode = ErrorCodes<typeof imapErrors>;
