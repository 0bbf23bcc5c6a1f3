import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type ConsoleHarness, completeSetup, openConsole } from '../support/console-harness.js';
import { TestDovecot } from '../support/dovecot.js';
import { TokenService } from '../support/token-service.js';

/**
 * The console's OAuth2 mailbox forms against a real Dovecot (oauth2 passdb) and a token service
 * on loopback: the add form's connection test gets a token, bad values come back as field
 * messages (never a 500, never the secret), and switching between OAuth2 and password is audited.
 */
let h: ConsoleHarness;
let admin: Agent;
let dovecot: TestDovecot;
let ts: TokenService;

const auditActions = () =>
  (h.store.sqlite.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map(
    (r) => r.action,
  );
const row = (name: string) =>
  h.store.sqlite
    .prepare('SELECT id, auth_method, oauth_provider, state FROM mailboxes WHERE name = ?')
    .get(name) as
    | { id: number; auth_method: string; oauth_provider: string | null; state: string }
    | undefined;

beforeAll(async () => {
  ts = await TokenService.start({ clients: [{ id: 'veildraft', secret: 'sup3r-secret', user: 'agent1' }] });
  dovecot = await TestDovecot.start({
    users: [{ user: 'agent1', password: 'secret1' }],
    oauth2: { introspectionUrl: ts.introspectionUrl('post'), mode: 'post' },
  });
  h = openConsole({ imapAllowPlaintextLoopback: true });
  admin = (await completeSetup(h)).agent;
}, 120_000);
afterAll(async () => {
  h?.close();
  await dovecot?.stop();
  await ts?.close();
});

function form(over: Record<string, string> = {}) {
  return {
    name: 'Cloud',
    host: dovecot.host,
    port: String(dovecot.tlsPort),
    security: 'tls',
    username: 'agent1',
    password: '',
    caPem: dovecot.caPem,
    from: '',
    auth: 'custom',
    oauthTokenUrl: ts.tokenUrl,
    oauthClientId: 'veildraft',
    oauthSecret: 'sup3r-secret',
    oauthScope: '',
    oauthTenant: '',
    oauthCertificatePem: '',
    ...over,
  };
}

describe('OAuth2 mailboxes in the console', () => {
  it('puts each bad OAuth2 value on its field, without a connection test and without echoing the secret', async () => {
    await admin.get('/mailboxes');
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ auth: 'microsoft', oauthTenant: 'not a tenant' }, 'oauthTenant', /tenant/],
      [{ auth: 'microsoft', oauthTenant: 'contoso.onmicrosoft.com' }, 'oauthClientId', /GUID/],
      [{ auth: 'google', oauthClientId: 'sa@p.iam.gserviceaccount.com' }, 'oauthSecret', /JSON key/],
      [{ oauthTokenUrl: 'http://login.example.org/token' }, 'oauthTokenUrl', /https/],
      [{ oauthSecret: '' }, 'oauthSecret', /secret/],
      [{ auth: 'kerberos' }, 'auth', /Microsoft 365/],
    ];
    const before = ts.requests;
    for (const [over, field, message] of cases) {
      const res = await admin.post('/mailboxes', form(over));
      expect(res.status, field).toBe(400);
      expect(res.html, field).toMatch(
        new RegExp(`id="f-${field}-error"|<p class="error">[^<]*${message.source}`),
      );
      expect(res.html, field).not.toContain('sup3r-secret');
    }
    expect(ts.requests).toBe(before);
    expect(row('Cloud')).toBeUndefined();
  });

  it('adds an OAuth2 mailbox after a connection test with a token step, audited with the provider', async () => {
    const res = await admin.post('/mailboxes', form());
    expect(res.html).toContain('Connection test: passed');
    expect(res.html).toContain('OAuth2 token');
    expect(res.html).not.toContain('sup3r-secret');
    expect(row('Cloud')).toMatchObject({ auth_method: 'oauth2', oauth_provider: 'custom' });
    expect(auditActions()).toContain('mailbox.add');
    const page = await admin.get(`/mailboxes/${row('Cloud')!.id}`);
    expect(page.html).toContain('OAuth2: Custom token endpoint');
    expect(page.html).not.toContain('sup3r-secret');
  });

  it('names a refused client secret in the connection test and saves nothing', async () => {
    const res = await admin.post('/mailboxes', form({ name: 'Wrong', oauthSecret: 'nope' }));
    expect(res.status).toBe(400);
    expect(res.html).toContain('oauth.client_secret_invalid');
    expect(row('Wrong')).toBeUndefined();
  });

  it('switches between password and OAuth2 on the mailbox page, each change audited; an empty secret keeps the stored one', async () => {
    const id = row('Cloud')!.id;
    await admin.get(`/mailboxes/${id}`);
    const bad = await admin.post(`/mailboxes/${id}/oauth`, {
      auth: 'custom',
      oauthTokenUrl: 'ftp://x',
      oauthClientId: 'veildraft',
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('id="f-oauthTokenUrl-error"');
    const kept = await admin.post(`/mailboxes/${id}/oauth`, {
      auth: 'custom',
      oauthTokenUrl: ts.tokenUrl,
      oauthClientId: 'veildraft',
      oauthScope: 'imap',
      oauthSecret: '',
    });
    expect(kept.status).toBe(200);
    expect(auditActions().at(-1)).toBe('mailbox.oauth_set');
    await admin.post(`/mailboxes/${id}/password`, { password: 'secret1' });
    expect(row('Cloud')).toMatchObject({ auth_method: 'password', oauth_provider: null });
    expect(auditActions().at(-1)).toBe('mailbox.password_change');
    // Back to OAuth2: with no stored secret any more, one is required.
    const missing = await admin.post(`/mailboxes/${id}/oauth`, {
      auth: 'custom',
      oauthTokenUrl: ts.tokenUrl,
      oauthClientId: 'veildraft',
    });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('id="f-oauthSecret-error"');
  });
});
