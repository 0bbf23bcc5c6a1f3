import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/audit.repository.js';
import {
  ADMIN,
  Agent,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  type Page,
  signIn,
  totp,
} from '../support/console-harness.js';

const ATTACKER = '198.51.100.66';
let h: ConsoleHarness;
const count = (sql: string) => (h.store.sqlite.prepare(sql).get() as { n: number }).n;
const auditCount = (action: string) =>
  count(`SELECT count(*) AS n FROM audit_log WHERE action = '${action}'`);

/** One sign-in attempt with a wrong password (and a code) from `client`. */
async function guess(client: string, username = ADMIN.username): Promise<Page> {
  const a = new Agent(h.app, client);
  await a.get('/signin');
  return a.post('/signin', { username, password: 'wrong password!!', code: '123456' });
}

function waitShown(res: Page): number {
  expect(res.status).toBe(429);
  const notice = /<div class="notice warn"[^>]*>([\s\S]*?)<\/div>/.exec(res.html)?.[1] ?? '';
  expect(notice).toContain('Too many failed sign-ins. Try again in');
  // The answer is the same whichever limit applies, and never says what was wrong.
  expect(notice).not.toMatch(/password|code|username|address|account/i);
  return Number(res.headers.get('retry-after'));
}

beforeEach(() => {
  h = openConsole();
});
afterEach(() => h.close());

describe('sign-in throttling', () => {
  it("an attacker hammering the admin's username cannot keep the admin out, and is throttled", async () => {
    const { secret, recoveryCodes } = await completeSetup(h);
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      statuses.push((await guess(ATTACKER)).status);
      h.clock.advance(5_000);
    }
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.at(-1)).toBe(429);

    // The admin, from their own address, signs in with password and TOTP.
    const { res } = await signIn(h, 'admin', ADMIN.password, secret, '192.0.2.44');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/');
    const withRecovery = new Agent(h.app, '192.0.2.45');
    await withRecovery.get('/signin');
    expect(
      (
        await withRecovery.post('/signin', {
          username: 'admin',
          password: ADMIN.password,
          code: recoveryCodes[0]!,
        })
      ).location,
    ).toBe('/');

    // The attacker's address is refused even with the right password and code.
    h.clock.advance(30_000);
    const fromAttacker = new Agent(h.app, ATTACKER);
    await fromAttacker.get('/signin');
    const refused = await fromAttacker.post('/signin', {
      username: 'admin',
      password: ADMIN.password,
      code: totp(secret, h.clock),
    });
    expect(waitShown(refused)).toBeGreaterThan(0);

    const failed = statuses.filter((s) => s === 401).length;
    expect(auditCount('auth.signin_failed')).toBe(failed);
    expect(auditCount('auth.signin_throttled')).toBe(statuses.length - failed + 1);
    expect(auditCount('auth.signin')).toBe(2);
    expect(verifyAuditChain(h.store.db, h.keys.audit).ok).toBe(true);
  });

  it('makes an address that keeps failing for an account wait twice as long after each failure', async () => {
    const { secret } = await completeSetup(h);
    for (let i = 0; i < 5; i++) expect((await guess(ATTACKER)).status).toBe(401);
    expect(waitShown(await guess(ATTACKER))).toBe(1);
    for (const wait of [1, 2, 4, 8]) {
      h.clock.advance(wait * 1000 - 1);
      expect(waitShown(await guess(ATTACKER)), `still waiting ${wait} s`).toBe(1);
      h.clock.advance(1);
      expect((await guess(ATTACKER)).status, `after ${wait} s`).toBe(401);
      expect(waitShown(await guess(ATTACKER))).toBe(wait * 2);
    }
    // The tenth failure from one address: now the address limit holds, whatever the account.
    h.clock.advance(16_000);
    expect((await guess(ATTACKER)).status).toBe(401);
    expect(waitShown(await guess(ATTACKER, 'someone-else'))).toBeGreaterThan(14 * 60);

    // An address that mistyped once is not delayed by the attack; nor is a fresh one.
    expect((await guess('192.0.2.45')).status).toBe(401);
    expect((await signIn(h, 'admin', ADMIN.password, secret, '192.0.2.45')).res.status).toBe(303);
    expect((await signIn(h, 'admin', ADMIN.password, secret, '192.0.2.46')).res.status).toBe(303);

    // Failures leave the window: after 15 quiet minutes the attacker's address may try again.
    h.clock.advance(15 * 60_000);
    expect((await guess(ATTACKER)).status).toBe(401);
  });

  it('shows admins the failed sign-ins per account and warns on the dashboard during an attack', async () => {
    const { agent: admin } = await completeSetup(h);
    expect((await admin.get('/')).html).not.toContain('Sign-in attempts under way');
    for (let i = 0; i < 6; i++) {
      await guess(`198.51.100.${i}`);
      await guess(`198.51.100.${i}`, `nobody${i % 2}`);
    }
    const dash = await admin.get('/');
    expect(dash.html).toContain('Sign-in attempts under way');
    expect(dash.html).toMatch(
      /<strong>admin<\/strong> 6 failed sign-ins from 6 addresses, the last at <time datetime="2026-/,
    );
    const users = await admin.get('/users');
    expect(users.html).toContain('Failed sign-ins in the last 24 hours');
    expect(users.html).toMatch(/<a href="\/users\/1">admin<\/a>: 6 failed sign-ins from 6 addresses/);
    expect(users.html).toContain('Usernames that do not exist: 6 failed sign-ins for 2 names.');
    expect((await admin.get('/users/1')).html).toMatch(
      /Failed sign-ins in the last 24 hours: 6 failed sign-ins from 6 addresses, the last at/,
    );

    // The card is for the attack now; the Users page keeps the day.
    h.clock.advance(16 * 60_000);
    expect((await admin.get('/')).html).not.toContain('Sign-in attempts under way');
    expect((await admin.get('/users')).html).toContain('admin</a>: 6 failed sign-ins');
  });
});
