import { describe, expect, it } from 'vitest';
import { createImapClient, imapLogAdapter, tlsOptions } from '../../src/imap/imap-client.js';
import { classifyImapError } from '../../src/imap/imap-errors.models.js';
import { captureLogs } from '../support/logs.js';

describe('IMAP client factory', () => {
  it('never forwards imapflow protocol data or arguments to the log', () => {
    const { logger, lines } = captureLogs();
    const log = imapLogAdapter(logger, 7);
    log.debug({ msg: 'S: * 1 FETCH (BODY[] {42}', src: 's', data: 'Subject: secret canary' });
    log.info({ msg: 'Logged in', cid: 'c1', user: 'canary@example.org' });
    log.warn({
      msg: 'Failed <canary@example.org> "quoted"',
      cid: 'c1',
      data: 'canary body',
      err: { code: 'ECONNRESET', message: 'canary' },
    });
    logger.flush();
    const out = lines.join('');
    expect(out).not.toMatch(/canary/i);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      mailboxId: 7,
      imapCid: 'c1',
      imapErrorCode: 'ECONNRESET',
      msg: 'imap warning',
    });
  });

  it('keeps certificate checks on, pins the CA and sends SNI only for names', () => {
    const byName = tlsOptions({
      host: 'imap.example.org',
      port: 993,
      security: 'tls',
      username: 'u',
      password: 'p',
      caPem: 'PEM',
    });
    expect(byName).toEqual({
      ca: 'PEM',
      servername: 'imap.example.org',
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    });
    const byIp = tlsOptions({ host: '10.0.0.5', port: 993, security: 'tls', username: 'u', password: 'p' });
    expect(byIp).toEqual({ rejectUnauthorized: true, minVersion: 'TLSv1.2' });
  });

  it('requires STARTTLS for starttls mailboxes and never upgrades plaintext ones', () => {
    const conn = { host: '127.0.0.1', port: 143, username: 'u', password: 'p' };
    const starttls = createImapClient({ ...conn, security: 'starttls' }) as unknown as {
      options: Record<string, unknown>;
    };
    const none = createImapClient({ ...conn, security: 'none' }) as unknown as {
      options: Record<string, unknown>;
    };
    expect(starttls.options).toMatchObject({ secure: false, doSTARTTLS: true });
    expect(none.options).toMatchObject({ secure: false, doSTARTTLS: false });
  });
});

describe('IMAP error classification', () => {
  const where = { host: 'imap.example.org', port: 993 };
  it.each([
    [{ code: 'CERT_HAS_EXPIRED' }, 'mail.tls_expired', 'unreachable'],
    [{ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'mail.tls_untrusted', 'unreachable'],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'mail.tls_wrong_host', 'unreachable'],
    [{ code: 'ENOTFOUND' }, 'mail.dns_failed', 'unreachable'],
    [{ code: 'ECONNREFUSED' }, 'mail.tcp_refused', 'unreachable'],
    [{ code: 'CONNECT_TIMEOUT' }, 'mail.tcp_timeout', 'unreachable'],
    [
      { authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED' },
      'mail.auth_failed',
      'auth_failed',
    ],
    [
      { authenticationFailed: true, serverResponseCode: 'UNAVAILABLE' },
      'mail.auth_unavailable',
      'unreachable',
    ],
    [{ tlsFailed: true }, 'mail.starttls_unavailable', 'unreachable'],
    [new Error('odd'), 'mail.protocol_error', 'unreachable'],
  ])('%j → %s', (error, code, state) => {
    expect(classifyImapError(error, where)).toMatchObject({ code, state });
  });
});
