import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { generateSync } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, listen, viewports } from '../support/console-browser.js';
import {
  ADMIN,
  type Agent,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  pageText,
} from '../support/console-harness.js';
import { signedWith, startTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { requireSystemPackage } from '../support/system-packages.js';

/**
 * Single sign-on end to end: the real console app, a real OpenID provider (oidc-provider) on
 * loopback, Chromium in between. Token-level attacks make the provider misbehave at its token
 * endpoint; the checks that refuse them are openid-client's, as the console runs them.
 */
const artifacts = path.resolve('tests/artifacts/console');
let h: ConsoleHarness;
let server: { url: string; close(): Promise<void> };
let idp: TestProvider;
let browser: Browser;
let admin: Agent;
let adminSecret = '';

const userRow = (name: string) =>
  h.store.sqlite.prepare('SELECT id, role FROM users WHERE username = ?').get(name) as
    | { id: number; role: string }
    | undefined;
const lastAudit = (action: string) =>
  h.store.sqlite
    .prepare('SELECT metadata FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1')
    .get(action) as { metadata: string } | undefined;

async function shoot(page: Page, name: string) {
  for (const [label, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(artifacts, `${name}-${size.width}.png`), fullPage: true });
    void label;
  }
  await page.setViewportSize(viewports.desktop);
}

/** From the console's sign-in page through the provider's login (and consent) back to the console. */
async function ssoSignIn(page: Page, login: string): Promise<void> {
  await page.goto(`${server.url}/signin`);
  await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
  await toProvider(page);
  await loginAtProvider(page, login);
}

/** The console's redirect to the provider has happened (or the provider sent the browser straight back). */
async function toProvider(page: Page) {
  await page.waitForURL((u) => u.toString().startsWith(idp.issuer) || u.pathname.endsWith('/callback'), {
    timeout: 10_000,
  });
}

async function loginAtProvider(page: Page, login: string): Promise<void> {
  const atConsole = (u: URL) => u.toString().startsWith(server.url);
  for (let step = 0; step < 6; step++) {
    await page.waitForLoadState('load');
    const url = new URL(page.url());
    if (atConsole(url)) {
      // The callback answers with a page that refreshes to the console when sign-in succeeded;
      // a refusal stays.
      if (url.pathname.endsWith('/callback'))
        await page
          .waitForURL((u) => !u.pathname.endsWith('/callback'), { timeout: 3000 })
          .catch(() => undefined);
      return;
    }
    if (await page.locator('input[name="login"]').count()) {
      await page.locator('input[name="login"]').fill(login);
      await page.locator('input[name="password"]').fill('anything');
      await page.locator('button[type="submit"]').click();
    } else if (await page.locator('input[name="prompt"][value="consent"]').count()) {
      await page.locator('button[type="submit"]').click();
    }
    await page.waitForURL((u) => atConsole(u) || u.toString() !== url.toString(), { timeout: 10_000 });
  }
}

/**
 * Runs a sign-in up to the provider's redirect back and keeps that redirect from the console
 * (through the DevTools protocol: Playwright's routing skips redirects): the callback URL with a
 * genuine code and state, its flow still open in this browser.
 */
async function callbackWithheld(page: Page, login: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  let callback = '';
  cdp.on('Fetch.requestPaused', (e: { requestId: string; request: { url: string } }) => {
    callback = e.request.url;
    void cdp.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'Aborted' });
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/signin/oidc/callback*' }] });
  await page.goto(`${server.url}/signin/oidc`).catch(() => undefined);
  for (let step = 0; step < 4 && !callback; step++) {
    await page.waitForLoadState('load');
    if (await page.locator('input[name="login"]').count()) {
      await page.locator('input[name="login"]').fill(login);
      await page.locator('input[name="password"]').fill('anything');
    }
    if (await page.locator('button[type="submit"]').count())
      await page
        .locator('button[type="submit"]')
        .click()
        .catch(() => undefined);
    await expect
      .poll(() => callback, { timeout: 3000 })
      .not.toBe('')
      .catch(() => undefined);
  }
  await cdp.send('Fetch.disable');
  await cdp.detach();
  if (!callback) throw new Error('the provider never redirected back');
  return callback;
}

async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: viewports.desktop });
  return { context, page: await context.newPage() };
}

beforeAll(async () => {
  requireSystemPackage('/usr/bin/chromium');
  mkdirSync(artifacts, { recursive: true });
  h = openConsole();
  server = await listen(h);
  idp = await startTestProvider([`${server.url}/signin/oidc/callback`], [`${server.url}/signin`]);
  browser = await launchChromium();
  const setup = await completeSetup(h);
  admin = setup.agent;
  adminSecret = setup.secret;
  await admin.get('/settings/signin');
  const saved = await admin.post('/settings/signin/save', providerForm(true));
  expect(saved.status, pageText(saved.html)).toBe(200);
}, 120_000);

function providerForm(createUsers: boolean): Record<string, string> {
  return {
    providerName: 'Test IdP',
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    scopes: 'openid profile email',
    usernameClaim: 'preferred_username',
    groupsClaim: 'groups',
    adminGroups: 'veildraft-admins',
    reviewerGroups: 'veildraft-reviewers',
    auditorGroups: 'veildraft-auditors',
    ...(createUsers ? { createUsers: 'on' } : {}),
  };
}

afterAll(async () => {
  await browser?.close();
  await idp?.close();
  await server?.close();
  h?.close();
});

describe('single sign-on with a real OpenID provider', () => {
  it('signs a person in through the provider in Chromium and creates their user with the mapped role', async () => {
    idp.accounts.set('alice', { groups: ['Veildraft-Admins', 'staff'] });
    const { context, page } = await freshPage();
    await page.goto(`${server.url}/signin`);
    await shoot(page, 'signin-sso');
    await ssoSignIn(page, 'alice');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(userRow('alice')?.role).toBe('admin');
    await page.goto(`${server.url}/users`);
    expect(new URL(page.url()).pathname).toBe('/users');
    await context.close();
  }, 60_000);

  it('a person removed from the admin group loses admin at the next sign-in, and when nothing maps is refused and signed out everywhere', async () => {
    idp.accounts.set('bob', { groups: ['veildraft-admins'] });
    const first = await freshPage();
    await ssoSignIn(first.page, 'bob');
    expect(userRow('bob')?.role).toBe('admin');

    idp.accounts.set('bob', { groups: ['veildraft-reviewers'] });
    const second = await freshPage();
    await ssoSignIn(second.page, 'bob');
    expect(userRow('bob')?.role).toBe('reviewer');
    const users = await second.page.goto(`${server.url}/users`);
    expect(users?.status()).toBe(403);

    idp.accounts.set('bob', { groups: ['staff'] });
    const third = await freshPage();
    await ssoSignIn(third.page, 'bob');
    expect(new URL(third.page.url()).pathname).toBe('/signin/oidc/callback');
    expect(await third.page.locator('main').innerText()).toContain('Your account has no role in Veildraft');
    // Every session bob held ended with the refusal.
    await second.page.goto(`${server.url}/`);
    expect(new URL(second.page.url()).pathname).toBe('/signin');
    await first.page.goto(`${server.url}/`);
    expect(new URL(first.page.url()).pathname).toBe('/signin');
    for (const p of [first, second, third]) await p.context.close();
  }, 90_000);

  it('refuses a callback whose state was changed, and a replayed callback', async () => {
    idp.accounts.set('carol', { groups: ['veildraft-auditors'] });
    const { context, page } = await freshPage();
    const callback = await callbackWithheld(page, 'carol');
    const wrong = new URL(callback);
    wrong.searchParams.set('state', 'not-the-state-we-sent');
    const res = await page.goto(wrong.toString());
    expect(res?.status()).toBe(400);
    expect(await page.locator('main').innerText()).toContain('did not pass the security checks');
    expect(userRow('carol')).toBeUndefined();
    // The flow was used up by the attempt: the genuine callback, replayed, finds nothing.
    const replay = await page.goto(callback);
    expect(replay?.status()).toBe(400);
    expect(await page.locator('main').innerText()).toContain('expired or was used already');
    expect(userRow('carol')).toBeUndefined();
    await context.close();
  }, 60_000);

  it('refuses a code redeemed a second time, even with a fresh flow of the same browser', async () => {
    idp.accounts.set('dave', { groups: ['veildraft-auditors'] });
    const { context, page } = await freshPage();
    const callbacks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/signin/oidc/callback')) callbacks.push(r.url());
    });
    await ssoSignIn(page, 'dave');
    expect(userRow('dave')?.role).toBe('auditor');
    const used = new URL(callbacks[0]!);
    // A new flow of this browser (new state), then its callback carrying the code already used.
    const fresh = await callbackWithheld(page, 'dave');
    const replay = new URL(fresh);
    replay.searchParams.set('code', used.searchParams.get('code')!);
    const res = await page.goto(replay.toString());
    expect(res?.status()).toBe(400);
    expect(await page.locator('main').innerText()).toContain('the code was used already or expired');
    expect(JSON.parse(lastAudit('auth.signin_failed')!.metadata).reason).toBe('oidc.code_refused');
    await context.close();
  }, 60_000);

  const tampered: [string, TestProvider['tamper']][] = [
    [
      'an expired ID token',
      signedWith((c) => ({
        ...c,
        iat: Math.floor(Date.now() / 1000) - 7200,
        exp: Math.floor(Date.now() / 1000) - 3600,
      })),
    ],
    ['an ID token for another audience', signedWith((c) => ({ ...c, aud: 'some-other-client' }))],
    ['an ID token from another issuer', signedWith((c) => ({ ...c, iss: 'http://127.0.0.1:1/elsewhere' }))],
    ['an ID token with another nonce', signedWith((c) => ({ ...c, nonce: 'replayed-nonce' }))],
    ['an unsigned ID token (alg none)', (c, sign) => sign({ alg: 'none', typ: 'JWT' }, c)],
    [
      'an ID token whose signature does not match',
      (c, sign) => {
        const token = sign({ alg: 'RS256', typ: 'JWT', kid: 'test-key' }, c);
        const [head, , sig] = token.split('.');
        return `${head}.${Buffer.from(JSON.stringify({ ...c, preferred_username: 'admin' })).toString('base64url')}.${sig}`;
      },
    ],
  ];
  for (const [what, tamper] of tampered) {
    it(`refuses ${what}`, async () => {
      idp.accounts.set('eve', { groups: ['veildraft-admins'] });
      idp.tamper = tamper;
      const { context, page } = await freshPage();
      try {
        await ssoSignIn(page, 'eve');
      } finally {
        idp.tamper = null;
      }
      expect(await page.locator('main').innerText()).toContain('did not pass the security checks');
      expect(JSON.parse(lastAudit('auth.signin_failed')!.metadata).reason).toBe('oidc.response_invalid');
      expect(userRow('eve')).toBeUndefined();
      await page.goto(`${server.url}/`);
      expect(new URL(page.url()).pathname).toBe('/signin');
      await context.close();
    }, 60_000);
  }

  it('refuses Entra group overage with a message that points to app roles', async () => {
    idp.accounts.set('frank', { groups: [] });
    idp.tamper = signedWith(({ groups: _g, ...c }) => ({
      ...c,
      _claim_names: { groups: 'src1' },
      _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/x/getMemberObjects' } },
    }));
    const { context, page } = await freshPage();
    try {
      await ssoSignIn(page, 'frank');
    } finally {
      idp.tamper = null;
    }
    expect(await page.locator('main').innerText()).toContain('map app roles');
    expect(userRow('frank')).toBeUndefined();
    await context.close();
  }, 60_000);

  it('with just-in-time creation off, only a directory user an admin added gets in, and has no local MFA to reset', async () => {
    await admin.get('/settings/signin');
    expect((await admin.post('/settings/signin/save', providerForm(false))).status).toBe(200);
    await admin.get('/users');
    const added = await admin.post('/users/directory', { dirUsername: 'heidi', provider: 'oidc' });
    expect(added.status).toBe(200);
    expect(pageText(added.html)).toContain('OpenID Connect · pending first sign-in');
    idp.accounts.set('heidi', { groups: ['veildraft-reviewers'] });
    idp.accounts.set('ivan', { groups: ['veildraft-reviewers'] });

    const ivan = await freshPage();
    await ssoSignIn(ivan.page, 'ivan');
    expect(await ivan.page.locator('main').innerText()).toContain('not set up in Veildraft yet');
    expect(userRow('ivan')).toBeUndefined();

    const heidi = await freshPage();
    await ssoSignIn(heidi.page, 'heidi');
    expect(new URL(heidi.page.url()).pathname).toBe('/');
    const row = userRow('heidi')!;
    expect(row.role).toBe('reviewer');
    expect(pageText((await admin.get('/users')).html)).toContain('OpenID Connect · last sign-in');
    const user = await admin.get(`/users/${row.id}`);
    expect(user.html).not.toContain('reset-mfa');
    expect((await admin.post(`/users/${row.id}/reset-mfa`)).status).toBe(400);
    for (const p of [ivan, heidi]) await p.context.close();
    await admin.get('/settings/signin');
    await admin.post('/settings/signin/save', providerForm(true));
  }, 90_000);

  it("an admin's test sign-in shows the claims and the mapped role and signs nobody in", async () => {
    idp.accounts.set('grace', { groups: ['veildraft-reviewers', 'veildraft-auditors'] });
    const { context, page } = await freshPage();
    h.clock.advance(30_000);
    await page.goto(`${server.url}/signin`);
    await page
      .getByText('Local account')
      .click()
      .catch(() => undefined);
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page
      .getByLabel('Code from your authenticator app')
      .fill(generateSync({ secret: adminSecret, epoch: Math.floor(h.clock.now() / 1000) }));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.goto(`${server.url}/settings/signin`);
    await shoot(page, 'settings-signin');
    await page.getByRole('button', { name: 'Test sign-in' }).click();
    await toProvider(page).catch(async (e) => {
      throw new Error(`${page.url()}: ${(await page.locator('body').innerText()).slice(0, 400)}`, {
        cause: e,
      });
    });
    await loginAtProvider(page, 'grace');
    expect(new URL(page.url()).pathname).toBe('/settings/signin');
    const text = await page.locator('main').innerText();
    expect(text, text).toContain('Mapped role: Reviewer');
    expect(text).toContain('veildraft-auditors');
    expect(text).toContain('preferred_username');
    expect(userRow('grace')).toBeUndefined();
    await shoot(page, 'settings-signin-test');
    await context.close();
  }, 90_000);
});
