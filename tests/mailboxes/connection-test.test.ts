import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImapClient, type ImapConnection } from '../../src/imap/imap-client.js';
import { classifyImapError } from '../../src/imap/imap-errors.models.js';
import { testConnection } from '../../src/mailboxes/connection-test.js';
import { type DovecotOptions, freePorts, TestDovecot } from '../support/dovecot.js';

/** Starts a Dovecot with one user (agent1 / pw-1) for the enclosing describe block. */
function dovecotForBlock(options: Omit<DovecotOptions, 'users'> = {}): () => TestDovecot {
  let dovecot: TestDovecot | undefined;
  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'pw-1' }], ...options });
  });
  afterAll(async () => {
    await dovecot?.stop();
  });
  return () => dovecot!;
}

/** Implicit TLS to the test server, its CA pinned, as agent1. */
function pinnedTls(dovecot: TestDovecot): ImapConnection {
  return {
    host: '127.0.0.1',
    port: dovecot.tlsPort,
    security: 'tls',
    username: 'agent1',
    password: 'pw-1',
    caPem: dovecot.caPem,
  };
}

describe('connection test and client TLS policy, against a real Dovecot', () => {
  const server = dovecotForBlock();
  let dovecot: TestDovecot;
  let base: ImapConnection;

  beforeAll(() => {
    dovecot = server();
    base = pinnedTls(dovecot);
  });

  const steps = (d: { steps: Array<{ step: string; ok: boolean }> }) =>
    d.steps.map((s) => `${s.step}:${s.ok}`);

  it('passes every step for implicit TLS with the pinned CA, and finds Sent and Drafts by SPECIAL-USE', async () => {
    const d = await testConnection(base);
    expect(d).toMatchObject({
      ok: true,
      code: 'mail.ok',
      folders: { inbox: 'INBOX', sent: 'Sent', drafts: 'Drafts' },
    });
    expect(steps(d)).toEqual(['tcp:true', 'tls:true', 'auth:true', 'capabilities:true', 'folders:true']);
    expect(d.capabilities).toEqual(expect.arrayContaining(['IDLE', 'UIDPLUS', 'CONDSTORE']));
  });

  it('passes through STARTTLS with the pinned CA', async () => {
    const d = await testConnection({ ...base, port: dovecot.port, security: 'starttls' });
    expect(d.ok).toBe(true);
    expect(d.steps.find((s) => s.step === 'tls')?.detail).toMatch(/via STARTTLS/);
  });

  it.each([
    ['tls', 'tlsPort'],
    ['starttls', 'port'],
  ] as const)(
    'refuses an unknown self-signed certificate (%s) unless its CA is pinned',
    async (security, portKey) => {
      const d = await testConnection({ ...base, security, port: dovecot[portKey], caPem: null });
      expect(d.ok).toBe(false);
      expect(d.code).toBe('mail.tls_untrusted');
      expect(d.message).toMatch(/is not trusted .*give Veildraft that CA's certificate for this mailbox/);
      expect(d.message).not.toContain('--ca-file');
      expect(steps(d)).toEqual(['tcp:true', 'tls:false']);
    },
  );

  it('the client itself refuses the unpinned certificate, so no password is sent', async () => {
    const client = createImapClient({ ...base, caPem: null });
    client.on('error', () => {});
    const error = await client.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(classifyImapError(error, base).code).toBe('mail.tls_untrusted');
  });

  it('refuses a certificate for another host name, even with the CA pinned', async () => {
    const wrong = { ...base, host: 'localhost', servername: 'imap.wrong-name.example' };
    const d = await testConnection(wrong);
    expect(d.code).toBe('mail.tls_wrong_host');
    expect(d.message).toMatch(/is for another host name/);

    const client = createImapClient(wrong);
    client.on('error', () => {});
    const error = await client.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(classifyImapError(error, wrong).code).toBe('mail.tls_wrong_host');
  });

  it('says authentication failed after the password was changed on the server', async () => {
    await dovecot.addUser('agent2', 'old-pw');
    const conn = { ...base, username: 'agent2', password: 'old-pw' };
    expect((await testConnection(conn)).ok).toBe(true);
    await dovecot.setPassword('agent2', 'new-pw');
    const d = await testConnection(conn);
    expect(d).toMatchObject({ ok: false, code: 'mail.auth_failed' });
    expect(d.message).toMatch(/refused the username or password/);
    expect(classifyImapError({ authenticationFailed: true }, conn).state).toBe('auth_failed');
  });

  it('names the missing folder when a manual override points nowhere', async () => {
    const d = await testConnection(base, { folders: { manual: true, sent: 'Sent', drafts: 'Entwürfe' } });
    expect(d).toMatchObject({ ok: false, code: 'mail.folders_missing' });
    expect(d.message).toMatch(/Drafts do not exist/);
  });

  it('reports a refused TCP connection and an unknown host name', async () => {
    const [closed] = await freePorts(1);
    const refused = await testConnection({ ...base, port: closed! });
    expect(refused).toMatchObject({ ok: false, code: 'mail.tcp_refused' });
    const unknown = await testConnection({ ...base, host: 'no-such-host.invalid' });
    expect(unknown).toMatchObject({ ok: false, code: 'mail.dns_failed' });
    expect(steps(unknown)).toEqual(['dns:false']);
  });
});

describe('connection test against a server without IDLE and UIDPLUS', () => {
  const server = dovecotForBlock({
    extraConfig: 'imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE SPECIAL-USE',
  });

  it('names the missing capabilities', async () => {
    const d = await testConnection(pinnedTls(server()));
    expect(d).toMatchObject({ ok: false, code: 'mail.capabilities_missing' });
    expect(d.message).toMatch(/lacks IDLE and UIDPLUS/);
  });
});

describe('connection test against a server whose certificate expired', () => {
  const server = dovecotForBlock({ certificate: { expired: true } });

  it('refuses it even when pinned, and says it expired', async () => {
    const d = await testConnection(pinnedTls(server()));
    expect(d).toMatchObject({ ok: false, code: 'mail.tls_expired' });
    expect(d.message).toMatch(/has expired/);
  });
});

describe('connection test against a server without a Drafts folder', () => {
  const server = dovecotForBlock({
    extraConfig: 'namespace inbox {\n  mailbox Drafts {\n    special_use =\n    auto = no\n  }\n}',
  });

  it('says which special-use folder is missing and how to fix it', async () => {
    const d = await testConnection(pinnedTls(server()));
    expect(d).toMatchObject({
      ok: false,
      code: 'mail.folders_missing',
      folders: { sent: 'Sent', drafts: null },
    });
    expect(d.message).toBe('No folder is marked Drafts (SPECIAL-USE). Set the folder names by hand.');
  });
});
