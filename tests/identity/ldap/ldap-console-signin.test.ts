import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_MAPPING_KEY } from '../../../src/identity/role-mapping.models.js';
import { signinKeys } from '../../../src/identity/signin-settings.models.js';
import { writeSetting } from '../../../src/settings/settings.repository.js';
import {
  ADMIN,
  Agent,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  pageText,
  signIn,
} from '../../support/console-harness.js';
import { GROUPS, PEOPLE, people, SERVICE, slapdForm, TestSlapd } from '../../support/slapd.js';

let slapd: TestSlapd;
let h: ConsoleHarness;
let admin: Agent;
let adminSecret: string;

const ldapForm = () => slapdForm(slapd);

const rows = (sql: string, ...args: unknown[]) =>
  h.store.sqlite.prepare(sql).all(...args) as Record<string, unknown>[];
const roleOf = (name: string) => rows('SELECT role FROM users WHERE username = ?', name)[0]?.role;

beforeAll(async () => {
  slapd = await TestSlapd.start();
  h = openConsole();
  ({ agent: admin, secret: adminSecret } = await completeSetup(h));
  // The mapping Settings → Sign-in saves (its page is built alongside).
  writeSetting(
    h.store.db,
    ROLE_MAPPING_KEY,
    JSON.stringify({ admin: ['vd-admins'], reviewer: ['cs-agents'], auditor: [], reviewerMailboxes: [] }),
    h.clock.now(),
    null,
  );
  writeSetting(
    h.store.db,
    signinKeys.policy,
    JSON.stringify({ createUsers: true, restrictLocal: false }),
    h.clock.now(),
    null,
  );
}, 120_000);
afterAll(async () => {
  h?.close();
  await slapd?.stop();
});

async function ldapSignIn(username: string, password: string, client = '192.0.2.40') {
  const agent = new Agent(h.app, client);
  await agent.get('/signin');
  const res = await agent.post('/signin', { username, password, code: '' });
  return { agent, res };
}

describe('LDAP sign-in through the console (real slapd, real app)', () => {
  it('saves the settings with field messages for bad values, the service password sealed and audited', async () => {
    await admin.get('/settings/signin/ldap');
    const bad = await admin.post('/settings/signin/ldap', {
      ...ldapForm(),
      url: 'ldap://dc.example.org',
      startTls: '',
      userFilter: '(uid=alice',
    });
    expect(bad.status).toBe(400);
    expect(pageText(bad.html)).toContain('Plain ldap:// would send passwords in the clear');
    expect(pageText(bad.html)).toContain('User filter: write a filter');
    expect(bad.html).not.toContain(SERVICE.password);

    const saved = await admin.post('/settings/signin/ldap', ldapForm());
    expect(saved.status).toBe(200);
    expect(pageText(saved.html)).toContain('Saved: LDAP sign-in settings');
    expect(saved.html).not.toContain(SERVICE.password);
    const stored = rows("SELECT value FROM settings WHERE key = 'signin.ldap'")[0]?.value as string;
    expect(stored).not.toContain(SERVICE.password);
    const audit = rows(
      "SELECT metadata FROM audit_log WHERE action = 'settings.update' AND target = 'settings:signin.ldap'",
    );
    expect(audit).toHaveLength(1);
    expect(String(audit[0]?.metadata)).toContain('"bindPasswordChanged":true');
    expect(String(audit[0]?.metadata)).not.toContain(SERVICE.password);

    // Saved again without a password: the sealed one is kept.
    const again = await admin.post('/settings/signin/ldap', { ...ldapForm(), bindPassword: '' });
    expect(again.status).toBe(200);
  });

  it('shows what the directory returned on "Test sign-in" without signing anyone in', async () => {
    await admin.get('/settings/signin/ldap');
    const res = await admin.post('/settings/signin/ldap/test', { username: 'alice', password: people.alice });
    const text = pageText(res.html);
    expect(text).toContain(`uid=alice,${PEOPLE}`);
    expect(text).toContain('vd-admins');
    expect(text).toMatch(/Mapped role\s+admin/);
    expect(rows("SELECT id FROM users WHERE username = 'alice'")).toHaveLength(0);
    const wrong = await admin.post('/settings/signin/ldap/test', { username: 'alice', password: 'nope' });
    expect(pageText(wrong.html)).toContain('ldap.bad_credentials');
    expect(rows("SELECT metadata FROM audit_log WHERE action = 'signin.ldap_test'")).toHaveLength(2);
  });

  it('signs a directory admin in, and a user removed from the admin group loses admin at the next sign-in', async () => {
    const first = await ldapSignIn('alice', people.alice);
    expect(first.res.location).toBe('/');
    expect(roleOf('alice')).toBe('admin');
    expect((await first.agent.get('/settings')).status).toBe(200);

    await slapd.ldap(
      'ldapmodify',
      `dn: cn=cs-agents,${GROUPS}\nchangetype: modify\nadd: member\nmember: uid=alice,${PEOPLE}\n`,
    );
    await slapd.removeFromGroup('vd-admins', 'alice');
    const second = await ldapSignIn('alice', people.alice);
    expect(second.res.location).toBe('/');
    expect(roleOf('alice')).toBe('reviewer');
    expect((await second.agent.get('/settings')).status).toBe(403);

    // Out of every mapped group: refused, and the sessions she still holds end.
    await slapd.removeFromGroup('cs-agents', 'alice');
    const third = await ldapSignIn('alice', people.alice);
    expect(third.res.status).toBe(401);
    expect((await second.agent.get('/')).location).toBe('/signin');
  });

  it('refuses wrong passwords, disabled and unknown people alike, audited without saying which part was wrong', async () => {
    for (const [name, password] of [
      ['bob', 'wrong'],
      ['carol', people.carol],
      ['nobody', 'x'],
    ]) {
      const { res } = await ldapSignIn(name!, password!, '192.0.2.41');
      expect(res.status, name).toBe(401);
      expect(pageText(res.html)).toContain('The username, password or code is wrong');
    }
    const reasons = rows("SELECT metadata FROM audit_log WHERE action = 'auth.signin_failed'").map(
      (r) => JSON.parse(String(r.metadata)).reason,
    );
    expect(reasons.slice(-3)).toEqual(['bad_credentials', 'user_disabled', 'bad_credentials']);
  });

  it('keeps the local admin on the local password and TOTP (break-glass)', async () => {
    const { res } = await signIn(h, ADMIN.username, ADMIN.password, adminSecret, '192.0.2.42');
    expect(res.location).toBe('/');
    // The local account's name never goes to the directory, which has no "admin".
    const wrong = await ldapSignIn(ADMIN.username, 'wrong', '192.0.2.43');
    expect(wrong.res.status).toBe(401);
    const last = rows(
      "SELECT metadata FROM audit_log WHERE action = 'auth.signin_failed' ORDER BY id DESC LIMIT 1",
    );
    expect(String(last[0]?.metadata)).not.toContain('ldap');
  });

  it('throttles failed LDAP sign-ins like local ones', async () => {
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++)
      status = (await ldapSignIn('bob', `wrong-${i}`, '192.0.2.44')).res.status;
    expect(status).toBe(429);
    // Throttled before the directory is asked: even the right password waits.
    expect((await ldapSignIn('bob', people.bob, '192.0.2.44')).res.status).toBe(429);
  });
});
