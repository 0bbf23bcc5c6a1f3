import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/shared/logger.js';
import { resetMfa } from '../../src/users/users.usecases.js';
import {
  ADMIN,
  Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  recoveryCodesFrom,
  secretFrom,
  signIn,
  totp,
} from '../support/console-harness.js';

let h: ConsoleHarness;
beforeEach(() => {
  h = openConsole();
});
afterEach(() => h.close());

const auditActions = () =>
  h.store.sqlite
    .prepare('SELECT action FROM audit_log ORDER BY id')
    .all()
    .map((r) => (r as { action: string }).action);

describe('first run', () => {
  it('sends every page to the setup wizard while no admin has enrolled', async () => {
    const agent = new Agent(h.app);
    for (const path of ['/', '/users', '/audit', '/signin', '/settings', '/nowhere']) {
      const res = await agent.get(path);
      expect(res.status, path).toBe(303);
      expect(res.location, path).toBe('/setup');
    }
    expect((await agent.get('/healthz')).status).toBe(200);
    expect((await agent.get(`/setup?token=${h.setupToken}`)).html).toContain('Create the first admin');
  });

  it('refuses a short or common password for the first admin', async () => {
    const agent = new Agent(h.app);
    await agent.get(`/setup?token=${h.setupToken}`);
    const short = await agent.post('/setup/admin', {
      setupToken: h.setupToken,
      username: 'admin',
      password: 'short',
      confirmPassword: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.html).toContain('at least 12 characters');
    const common = await agent.post('/setup/admin', {
      setupToken: h.setupToken,
      username: 'admin',
      password: 'qwertyuiop123',
      confirmPassword: 'qwertyuiop123',
    });
    expect(common.status).toBe(400);
    expect(common.html).toContain('commonly used or breached');
  });

  it('completes the wizard with TOTP enrolment and ten recovery codes, then shows the dashboard', async () => {
    const { agent, recoveryCodes } = await completeSetup(h);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = h.store.sqlite.prepare('SELECT code_hash FROM recovery_codes').all() as {
      code_hash: string;
    }[];
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
    const welcome = await agent.get('/welcome');
    expect(welcome.html).toContain('Test connection and add');
    expect(welcome.html).not.toContain('arrives with the mailbox sync feature');
    const dash = await agent.get('/');
    expect(dash.status).toBe(200);
    expect(dash.html).toContain('Job queues');
    expect((await agent.get('/setup')).location).toBe('/');
    expect(auditActions()).toEqual(['user.create', 'user.mfa_enrol']);
  });

  it('keeps an abandoned first admin from blocking setup: a new attempt replaces it', async () => {
    const first = new Agent(h.app);
    await first.get(`/setup?token=${h.setupToken}`);
    await first.post('/setup/admin', {
      setupToken: h.setupToken,
      username: 'gone',
      password: ADMIN.password,
      confirmPassword: ADMIN.password,
    });
    const { agent } = await completeSetup(h);
    expect((await agent.get('/')).status).toBe(200);
    const names = h.store.sqlite.prepare('SELECT username FROM users').all();
    expect(names).toEqual([{ username: 'admin' }]);
  });
});

describe('sign-in', () => {
  it('needs the TOTP code: password alone is refused, password and code work', async () => {
    const { secret } = await completeSetup(h);
    h.clock.advance(30_000);
    const agent = new Agent(h.app);
    await agent.get('/signin');
    const noCode = await agent.post('/signin', { username: 'admin', password: ADMIN.password, code: '' });
    expect(noCode.status).toBe(401);
    expect(noCode.html).toContain('username, password or code is wrong');
    const ok = await agent.post('/signin', {
      username: 'admin',
      password: ADMIN.password,
      code: totp(secret, h.clock),
    });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe('/');
    expect((await agent.get('/')).status).toBe(200);
  });

  it('accepts each TOTP code once, and a code one step old', async () => {
    const { secret } = await completeSetup(h);
    h.clock.advance(60_000);
    const code = totp(secret, h.clock);
    h.clock.advance(30_000);
    const a = new Agent(h.app);
    await a.get('/signin');
    expect((await a.post('/signin', { username: 'admin', password: ADMIN.password, code })).status).toBe(303);
    const b = new Agent(h.app);
    await b.get('/signin');
    expect((await b.post('/signin', { username: 'admin', password: ADMIN.password, code })).status).toBe(401);
  });

  it('accepts a recovery code once in place of the TOTP code', async () => {
    const { recoveryCodes } = await completeSetup(h);
    const code = recoveryCodes[3]!;
    const a = new Agent(h.app);
    await a.get('/signin');
    expect(
      (await a.post('/signin', { username: 'admin', password: ADMIN.password, code: code.toUpperCase() }))
        .status,
    ).toBe(303);
    const b = new Agent(h.app);
    await b.get('/signin');
    expect((await b.post('/signin', { username: 'admin', password: ADMIN.password, code })).status).toBe(401);
  });

  it('issues a new session id at sign-in and stores only its hash', async () => {
    const { agent: setupAgent, secret } = await completeSetup(h);
    const before = setupAgent.cookies.get('veildraft_session');
    const { agent } = await signIn(h, 'admin', ADMIN.password, secret);
    const id = agent.cookies.get('veildraft_session')!;
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(id).not.toBe(before);
    const hashes = h.store.sqlite.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[];
    expect(hashes.map((r) => r.id_hash)).not.toContain(id);
  });

  it('refuses sign-in after 10 failures from one client address, whatever the account', async () => {
    const { secret } = await completeSetup(h);
    const a = new Agent(h.app, '203.0.113.5');
    await a.get('/signin');
    for (let i = 0; i < 10; i++)
      await a.post('/signin', { username: `nobody${i}`, password: 'x'.repeat(12), code: '' });
    expect((await signIn(h, 'admin', ADMIN.password, secret, '203.0.113.5')).res.status).toBe(429);
    expect((await signIn(h, 'admin', ADMIN.password, secret, '203.0.113.6')).res.status).toBe(303);
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes', async () => {
    const { agent } = await completeSetup(h);
    h.clock.advance(29 * 60_000);
    expect((await agent.get('/')).status).toBe(200);
    h.clock.advance(29 * 60_000);
    expect((await agent.get('/')).status).toBe(200);
    h.clock.advance(30 * 60_000);
    const res = await agent.get('/');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/signin');
    expect(auditActions()).toContain('session.expire');
  });

  it('end 12 hours after sign-in even when active', async () => {
    const { agent } = await completeSetup(h);
    for (let i = 0; i < 12 * 3 - 1; i++) {
      h.clock.advance(20 * 60_000);
      expect((await agent.get('/')).status).toBe(200);
    }
    h.clock.advance(20 * 60_000);
    expect((await agent.get('/')).location).toBe('/signin');
  });

  it('sign-out ends the session on the server: the old cookie no longer works', async () => {
    const { agent } = await completeSetup(h);
    const cookie = agent.cookies.get('veildraft_session')!;
    await agent.get('/');
    expect((await agent.post('/signout')).location).toBe('/signin');
    const replay = new Agent(h.app);
    replay.cookies.set('veildraft_session', cookie);
    expect((await replay.get('/')).location).toBe('/signin');
  });

  it('disabling a user or resetting their MFA ends their sessions', async () => {
    const { agent: admin } = await completeSetup(h);
    const rev = await addUser(h, admin, 'rita', 'reviewer');
    expect((await rev.agent.get('/review')).status).toBe(200);
    const id = (
      h.store.sqlite.prepare("SELECT id FROM users WHERE username = 'rita'").get() as { id: number }
    ).id;
    await admin.get(`/users/${id}`);
    expect((await admin.post(`/users/${id}/reset-mfa`)).status).toBe(200);
    expect((await rev.agent.get('/review')).location).toBe('/signin');
    // After the reset she signs in with her password and must enrol again before anything else.
    const again = new Agent(h.app);
    await again.get('/signin');
    expect(
      (await again.post('/signin', { username: 'rita', password: rev.password, code: '' })).location,
    ).toBe('/enrol');
    expect((await again.get('/review')).location).toBe('/enrol');
    await admin.get(`/users/${id}`);
    await admin.post(`/users/${id}/disable`);
    expect((await again.get('/enrol')).location).toBe('/signin');
  });

  it("lets the shell operator reset the last admin's MFA without bringing the wizard back", async () => {
    await completeSetup(h);
    const deps = { db: h.store.db, keys: h.keys, clock: h.clock, logger: createLogger('silent') };
    expect(resetMfa(deps, { kind: 'user', id: 1 }, 1)).toEqual({
      ok: false,
      message: expect.stringContaining('last active admin'),
    });
    expect(resetMfa(deps, { kind: 'cli' }, 1)).toEqual({ ok: true });
    const agent = new Agent(h.app);
    expect((await agent.get('/')).location).toBe('/signin');
    await agent.get('/signin');
    const res = await agent.post('/signin', { username: 'admin', password: ADMIN.password, code: '' });
    expect(res.location).toBe('/enrol');
    const secret = secretFrom((await agent.get('/enrol')).html);
    const done = await agent.post('/enrol', { code: totp(secret, h.clock) });
    expect(recoveryCodesFrom(done.html)).toHaveLength(10);
    expect((await agent.get('/users')).status).toBe(200);
    expect(auditActions()).toContain('user.mfa_reset');
  });

  it('behind a declared TLS proxy, uses __Host- cookies only for requests forwarded from HTTPS', async () => {
    const viaProxy = await h.app.request('/setup', { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers.getSetCookie().join('\n')).toMatch(
      /^__Host-veildraft_pre=.+; Secure; SameSite=Strict/,
    );
    expect(viaProxy.headers.get('strict-transport-security')).toContain('max-age=');
    const direct = await h.app.request('/setup');
    expect(direct.headers.getSetCookie().join('\n')).toMatch(
      /^veildraft_pre=[^;]+; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(direct.headers.get('strict-transport-security')).toBeNull();
  });

  it('uses __Host- cookies with Secure, and HSTS, when served over TLS', async () => {
    h.close();
    h = openConsole({ secure: true });
    const agent = new Agent(h.app);
    const res = await agent.request('GET', 'https://localhost/setup');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/__Host-veildraft_pre=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Strict/);
  });
});

describe('request protection', () => {
  it('refuses a POST without the CSRF token of the session', async () => {
    const { agent } = await completeSetup(h);
    await agent.get('/users');
    const res = await agent.request('POST', '/users', { username: 'eve', role: 'admin' });
    expect(res.status).toBe(403);
    const foreign = await agent.post('/users', { username: 'eve', role: 'admin', _csrf: 'a'.repeat(64) });
    expect(foreign.status).toBe(403);
    expect(h.store.sqlite.prepare("SELECT count(*) AS n FROM users WHERE username = 'eve'").get()).toEqual({
      n: 0,
    });
  });

  it('sends the security headers on every response and no internals on errors', async () => {
    const { agent } = await completeSetup(h);
    for (const path of ['/', '/healthz', '/nowhere', '/assets/console.css', '/users/999999']) {
      const res = await agent.get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    const missing = await agent.get('/users/999999');
    expect(missing.status).toBe(404);
    expect(missing.html).not.toMatch(/at .*\.ts:\d+|Error:/);
  });

  it('answers an internal failure with a generic page and no internals', async () => {
    const { agent } = await completeSetup(h);
    h.store.sqlite.close();
    const res = await agent.get('/users');
    expect(res.status).toBe(500);
    expect(res.html).toContain('Something went wrong');
    expect(res.html).not.toMatch(/database|sqlite|at .*:\d+/i);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('changes nothing over GET', async () => {
    const { agent } = await completeSetup(h);
    const before = auditActions().length;
    for (const path of ['/users/1/disable', '/users/1/reset-mfa', '/signout', '/settings/lists']) {
      const res = await agent.get(path);
      expect(res.status, path).toBe(405);
      expect(res.headers.get('allow'), path).toBe('POST');
    }
    expect(auditActions().length).toBe(before);
    expect((await agent.get('/')).status).toBe(200);
  });

  it('never disables or demotes the last admin', async () => {
    const { agent } = await completeSetup(h);
    await agent.get('/users/1');
    const res = await agent.post('/users/1/disable');
    expect(res.status).toBe(400);
    expect(res.html).toContain('last active admin');
    expect((await agent.post('/users/1/role', { role: 'auditor' })).status).toBe(400);
    expect((await agent.get('/')).status).toBe(200);
  });
});
