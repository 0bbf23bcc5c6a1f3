import { type ConnectionFailureCode, connectionFailureCodes } from './imap.errors.js';

/**
 * Maps what a failed IMAP connection throws (Node socket/DNS/TLS errors, imapflow errors) to
 * a stable code, an operator-readable explanation, and the mailbox state it implies. Used by
 * the connection test and by the sync engine, so both speak the same codes.
 */
export interface ImapFailure {
  code: ConnectionFailureCode;
  message: string;
  /** `auth_failed` backs off much longer; everything else is `unreachable`. */
  state: 'auth_failed' | 'unreachable';
  step: 'dns' | 'tcp' | 'tls' | 'auth' | 'protocol';
}

const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REVOKED',
]);

export function classifyImapError(e: unknown, where: { host: string; port: number }): ImapFailure {
  const err = (e ?? {}) as {
    code?: unknown;
    authenticationFailed?: boolean;
    tlsFailed?: boolean;
    serverResponseCode?: unknown;
    message?: unknown;
  };
  const code = typeof err.code === 'string' ? err.code : '';
  const at = `${where.host}:${where.port}`;
  const fail = (
    c: ConnectionFailureCode,
    step: ImapFailure['step'],
    message: string,
    state: ImapFailure['state'] = 'unreachable',
  ) => ({
    code: c,
    step,
    message,
    state,
  });

  if (CONNECTION_CODES.has(code) && code.startsWith('mail.stalled.')) {
    return fail(
      code as ConnectionFailureCode,
      'protocol',
      `${at}: ${typeof err.message === 'string' ? err.message : code}`,
    );
  }
  if (code === 'GREETING_TIMEOUT') {
    return fail(
      'mail.stalled.greeting',
      'protocol',
      `${at} accepted the connection but sent no IMAP greeting.`,
    );
  }
  if (err.authenticationFailed || code === 'AUTHENTICATIONFAILED') {
    if (err.serverResponseCode === 'UNAVAILABLE') {
      return fail(
        'mail.auth_unavailable',
        'auth',
        `The server at ${at} could not check the password right now (temporary failure).`,
      );
    }
    return fail(
      'mail.auth_failed',
      'auth',
      `The server at ${at} refused the username or password.`,
      'auth_failed',
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') {
    return fail('mail.dns_failed', 'dns', `The host name ${where.host} could not be resolved (DNS ${code}).`);
  }
  if (code === 'ECONNREFUSED')
    return fail('mail.tcp_refused', 'tcp', `Nothing accepts connections at ${at}.`);
  if (code === 'ETIMEDOUT' || code === 'CONNECT_TIMEOUT' || code === 'ETIMEOUT') {
    return fail('mail.tcp_timeout', 'tcp', `No answer from ${at} in time (firewall, wrong port?).`);
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return fail('mail.tcp_unreachable', 'tcp', `${at} is unreachable.`);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'NoConnection' || code === 'EConnectionClosed') {
    return fail('mail.connection_lost', 'tcp', `The connection to ${at} was closed unexpectedly.`);
  }
  if (UNTRUSTED.has(code)) {
    return fail(
      'mail.tls_untrusted',
      'tls',
      // Said without naming a form field or a CLI flag: the console and the CLI each add their own.
      `The TLS certificate of ${at} is not trusted (${code}). If the server uses its own certificate authority, give Veildraft that CA's certificate for this mailbox.`,
    );
  }
  if (code === 'CERT_HAS_EXPIRED')
    return fail('mail.tls_expired', 'tls', `The TLS certificate of ${at} has expired.`);
  if (code === 'CERT_NOT_YET_VALID')
    return fail(
      'mail.tls_not_yet_valid',
      'tls',
      `The TLS certificate of ${at} is not valid yet (check the clocks).`,
    );
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') {
    return fail(
      'mail.tls_wrong_host',
      'tls',
      `The TLS certificate of ${at} is for another host name than ${where.host}.`,
    );
  }
  if (err.tlsFailed) {
    return fail(
      'mail.starttls_unavailable',
      'tls',
      `${at} does not offer STARTTLS; refusing to send the password unencrypted.`,
    );
  }
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /SSL|TLS/.test(code)) {
    return fail(
      'mail.tls_failed',
      'tls',
      `The TLS handshake with ${at} failed (${code}). Is this the right port for the chosen security?`,
    );
  }
  return fail(
    'mail.protocol_error',
    'protocol',
    `The IMAP session with ${at} failed${code ? ` (${code})` : ''}.`,
  );
}

const CONNECTION_CODES: ReadonlySet<string> = new Set(connectionFailureCodes);
/** What a command on a connection that died throws (socket errors and imapflow's own codes). */
const SOCKET_CODES = new Set([
  'NoConnection',
  'EConnectionClosed',
  'ECONNRESET',
  'EPIPE',
  'ETIMEOUT',
  'ETIMEDOUT',
]);

/**
 * The code when `e` says the mailbox cannot be reached or logged into at all (so work for it
 * should wait until it can), or null when it is about one message or something else.
 */
export function mailboxUnavailable(e: unknown): ConnectionFailureCode | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (CONNECTION_CODES.has(code)) return code as ConnectionFailureCode;
  if (SOCKET_CODES.has(code)) return 'mail.connection_lost';
  return null;
}
