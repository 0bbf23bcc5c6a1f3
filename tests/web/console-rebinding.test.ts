import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostAllowList } from '../../src/web/host-check.js';
import {
  ADMIN,
  Agent,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  signIn,
  totp,
} from '../support/console-harness.js';

/**
 * DNS rebinding and cross-site requests against the real console: a page on evil.example whose
 * name now resolves to this machine sends `Host: evil.example`; a foreign page posting a form
 * sends its own `Origin` or `Sec-Fetch-Site: cross-site`.
 */
let h: ConsoleHarness;
beforeEach(() => {
  h = openConsole({ publicUrl: 'https://veildraft.example.org' });
});
afterEach(() => h.close());

const users = () => (h.store.sqlite.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
const wizard = () => `/setup?token=${h.setupToken}`;
const firstAdmin = () => ({
  setupToken: h.setupToken,
  username: ADMIN.username,
  password: ADMIN.password,
  confirmPassword: ADMIN.password,
});

describe('Host check', () => {
  it('answers a rebound name with 421, says which setting admits it, and allows no setup under it', async () => {
    const evil = new Agent(h.app, undefined, { host: 'evil.example:8080' });
    const page = await evil.get('/setup');
    expect(page.status).toBe(421);
    expect(page.html).toContain('VEILDRAFT_PUBLIC_URL');
    expect(page.html).toContain('evil.example:8080');
    expect((await evil.get(wizard())).status).toBe(421);
    expect((await evil.get('/nowhere')).status).toBe(421);
    const posted = await evil.post('/setup/admin', firstAdmin());
    expect(posted.status).toBe(421);
    expect(users()).toBe(0);
  });

  it('accepts loopback names, IP addresses and the host of VEILDRAFT_PUBLIC_URL', async () => {
    for (const host of [
      '127.0.0.1:8080',
      'localhost',
      'localhost:8080',
      'console.localhost',
      '[::1]',
      '[::1]:8080',
      '10.0.0.5:8443',
      'veildraft.example.org',
      'VEILDRAFT.example.org:443',
    ]) {
      const res = await new Agent(h.app, undefined, { host }).get(wizard());
      expect(res.status, host).toBe(200);
      expect(res.html, host).toContain('Create admin and continue');
    }
    for (const host of ['evil.example', 'veildraft.example.org.evil.example', '127.0.0.1.nip.io', '']) {
      expect((await new Agent(h.app, undefined, { host }).get(wizard())).status, host).toBe(421);
    }
  });

  it('matches a certificate wildcard to one label only', () => {
    const allowed = hostAllowList(['*.corp.example', 'veildraft.lan']);
    expect(allowed('mail.corp.example')).toBe(true);
    expect(allowed('veildraft.lan')).toBe(true);
    expect(allowed('corp.example')).toBe(false);
    expect(allowed('a.b.corp.example')).toBe(false);
    expect(allowed('evilcorp.example')).toBe(false);
  });

  it('keeps /healthz and /readyz open under any Host, for container probes', async () => {
    const probe = new Agent(h.app, undefined, { host: 'veildraft-svc.default.svc.cluster.local:8080' });
    expect((await probe.get('/healthz')).status).toBe(200);
    expect((await probe.get('/readyz')).status).toBe(200);
  });
});

describe('Origin check', () => {
  it('refuses a form posted from another origin and changes nothing', async () => {
    const agent = new Agent(h.app, undefined, { origin: 'http://evil.example' });
    await agent.get(wizard());
    const res = await agent.post('/setup/admin', firstAdmin());
    expect(res.status).toBe(403);
    expect(res.html).toContain('came from another web site');
    expect(users()).toBe(0);
  });

  it('refuses a cross-site request without Origin, and an opaque origin', async () => {
    for (const headers of <Record<string, string>[]>[
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
    ]) {
      const agent = new Agent(h.app, undefined, headers);
      await agent.get(wizard());
      expect((await agent.post('/setup/admin', firstAdmin())).status, JSON.stringify(headers)).toBe(403);
    }
    expect(users()).toBe(0);
  });

  it('accepts its own origin, the TLS proxy origin and the public URL behind a proxy that rewrites Host', async () => {
    const own = new Agent(h.app, undefined, { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' });
    const { secret } = await completeSetup(h, own);
    expect(users()).toBe(1);
    // A browser that masks the origin (Origin: null) still says same-origin in Sec-Fetch-Site.
    const masked = new Agent(h.app, '192.0.2.29', { origin: 'null', 'sec-fetch-site': 'same-origin' });
    await masked.get('/signin');
    expect((await masked.post('/signin', { username: 'nobody', password: 'x', code: '1' })).status).toBe(401);

    const viaProxy = { 'x-forwarded-proto': 'https', host: 'veildraft.example.org' };
    const proxied = new Agent(h.app, '192.0.2.30', { ...viaProxy, origin: 'https://veildraft.example.org' });
    h.clock.advance(30_000);
    await proxied.get('/signin');
    const signedIn = await proxied.post('/signin', {
      username: ADMIN.username,
      password: ADMIN.password,
      code: totp(secret, h.clock),
    });
    expect(signedIn.location).toBe('/');
    // The browser was on HTTPS: a plain-HTTP origin under the same name is another origin.
    const downgraded = new Agent(h.app, '192.0.2.31', {
      ...viaProxy,
      origin: 'http://veildraft.example.org',
    });
    await downgraded.get('/signin');
    expect((await downgraded.post('/signin', { username: ADMIN.username })).status).toBe(403);

    const rewritten = new Agent(h.app, '192.0.2.32', {
      host: '127.0.0.1:8080',
      origin: 'https://veildraft.example.org',
    });
    await rewritten.get('/signin');
    expect((await rewritten.post('/signin', { username: 'nobody', password: 'x', code: '1' })).status).toBe(
      401,
    );
  });

  it('refuses a cross-site POST in a signed-in session: no user is created and the session lives on', async () => {
    const { secret } = await completeSetup(h);
    const { agent } = await signIn(h, ADMIN.username, ADMIN.password, secret);
    await agent.get('/users');
    const csrf = agent.csrf;
    const foreign = new Agent(h.app, undefined, { origin: 'http://evil.example' });
    for (const [k, v] of agent.cookies) foreign.cookies.set(k, v);
    const res = await foreign.request('POST', '/users', { _csrf: csrf, username: 'mallory', role: 'admin' });
    expect(res.status).toBe(403);
    expect(users()).toBe(1);
    expect((await agent.get('/users')).status).toBe(200);
  });
});

describe('setup token', () => {
  it('asks for the token from the log instead of showing the wizard', async () => {
    const anon = new Agent(h.app);
    const page = await anon.get('/setup');
    expect(page.status).toBe(200);
    expect(page.html).toContain('docker logs');
    expect(page.html).toContain('name="token"');
    expect(page.html).not.toContain('action="/setup/admin"');
    const wrong = await anon.get('/setup?token=guess');
    expect(wrong.status).toBe(403);
    expect(wrong.html).toContain('not the token of the current start');
    expect(wrong.html).not.toContain('action="/setup/admin"');
  });

  it('refuses to create the first admin without the token, or with a wrong one', async () => {
    const anon = new Agent(h.app);
    await anon.get(wizard());
    const { setupToken: _, ...withoutToken } = firstAdmin();
    expect((await anon.post('/setup/admin', withoutToken)).status).toBe(403);
    expect(
      (await anon.post('/setup/admin', { ...firstAdmin(), setupToken: `${h.setupToken}x` })).status,
    ).toBe(403);
    expect(users()).toBe(0);
  });

  it('opens the wizard with the token, keeps it through a form error, and is void once setup is done', async () => {
    const agent = new Agent(h.app);
    const page = await agent.get(wizard());
    expect(page.html).toContain(`name="setupToken" value="${h.setupToken}"`);
    const invalid = await agent.post('/setup/admin', { ...firstAdmin(), confirmPassword: 'different' });
    expect(invalid.status).toBe(400);
    expect(invalid.html).toContain(`name="setupToken" value="${h.setupToken}"`);

    await completeSetup(h);
    const late = new Agent(h.app);
    expect((await late.get(wizard())).location).toBe('/');
    await late.get('/signin');
    const again = await late.post('/setup/admin', { ...firstAdmin(), username: 'second' });
    expect(again.location).toBe('/');
    expect(users()).toBe(1);
  });
});

describe('methods', () => {
  it('answers an unknown method on a known path with 405 and Allow, and an unknown path with 404', async () => {
    await completeSetup(h);
    const anon = new Agent(h.app);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await anon.request(method, '/signin');
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow'), method).toBe('GET, HEAD, POST');
    }
    expect((await anon.request('DELETE', '/users/1')).headers.get('allow')).toBe('GET, HEAD');
    expect((await anon.request('GET', '/users/1/disable')).headers.get('allow')).toBe('POST');
    expect((await anon.request('PUT', '/welcome')).headers.get('allow')).toBe('GET, HEAD');
    expect((await anon.request('HEAD', '/signin')).status).toBe(200);
    expect((await anon.request('PUT', '/nowhere')).status).toBe(404);
  });
});
