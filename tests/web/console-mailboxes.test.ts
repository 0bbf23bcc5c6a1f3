import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import {
  type Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
} from '../support/console-harness.js';
import { TestDovecot } from '../support/dovecot.js';

/**
 * The console's mailbox pages against the real mail domain: the add form runs the real
 * connection test against a real Dovecot, state changes are audited, and the dashboard and
 * quarantine pages read the real folder_state and quarantine tables.
 */
let h: ConsoleHarness;
let admin: Agent;
let dovecot: TestDovecot;

const deps = () => ({ db: h.store.db, keys: h.keys, clock: h.clock, allowPlaintextLoopback: false });
const auditActions = () =>
  (h.store.sqlite.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map(
    (r) => r.action,
  );
const mailboxRow = (name: string) =>
  h.store.sqlite.prepare('SELECT * FROM mailboxes WHERE name = ?').get(name) as
    | {
        id: number;
        state: string;
        drafting_enabled: number;
        signature: string | null;
        from_address: string | null;
      }
    | undefined;

beforeAll(async () => {
  dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'secret1' }] });
  h = openConsole();
  admin = (await completeSetup(h)).agent;
}, 120_000);
afterAll(async () => {
  h?.close();
  await dovecot?.stop();
});

function form(over: Record<string, string> = {}) {
  return {
    name: 'Support',
    host: dovecot.host,
    port: String(dovecot.tlsPort),
    security: 'tls',
    username: 'agent1',
    password: 'secret1',
    caPem: dovecot.caPem,
    from: 'Support Team <support@example.org>',
    ...over,
  };
}

describe('adding a mailbox through the console', () => {
  it('shows a wrong password as a failed sign-in step and saves nothing', async () => {
    await admin.get('/mailboxes');
    const res = await admin.post('/mailboxes', form({ name: 'Wrong', password: 'not-the-password' }));
    expect(res.status).toBe(400);
    expect(res.html).toContain('Connection test: failed');
    expect(res.html).toContain('mail.auth_failed');
    expect(res.html).toContain('nothing was saved');
    expect(res.html).not.toContain('not-the-password');
    expect(mailboxRow('Wrong')).toBeUndefined();
  }, 60_000);

  it('runs the connection test against Dovecot, shows each step, and saves the mailbox audited', async () => {
    await admin.get('/mailboxes');
    const res = await admin.post('/mailboxes', form());
    expect(res.status).toBe(200);
    expect(res.html).toContain('Connection test: passed');
    expect(res.html).toContain('<strong>Encryption (TLS)</strong>: ok');
    expect(res.html).toContain('<strong>Sign-in</strong>: ok');
    expect(res.html).toContain('Mailbox Support was added');
    expect(res.html).not.toContain('secret1');
    const row = mailboxRow('Support')!;
    expect(row.state).toBe('active');
    expect(row.from_address).toBe('support@example.org');
    expect(auditActions()).toContain('mailbox.add');
  }, 60_000);

  it('names the form field for a CA certificate when the server certificate is not trusted', async () => {
    await admin.get('/mailboxes');
    const res = await admin.post('/mailboxes', form({ name: 'Unpinned', caPem: '' }));
    expect(res.status).toBe(400);
    expect(res.html).toContain('mail.tls_untrusted');
    expect(res.html).toContain('<a href="#f-caPem">CA certificate (PEM, optional)</a>');
    expect(res.html).not.toContain('--ca-file');
    expect(mailboxRow('Unpinned')).toBeUndefined();
  }, 60_000);

  it('shows a refused port as a TCP diagnosis', async () => {
    await admin.get('/mailboxes');
    const res = await admin.post('/mailboxes', form({ name: 'Closed', port: '1' }));
    expect(res.status).toBe(400);
    expect(res.html).toContain('mail.tcp_refused');
    expect(mailboxRow('Closed')).toBeUndefined();
  });

  it('puts bad input on the form without touching the network', async () => {
    await admin.get('/mailboxes');
    const res = await admin.post(
      '/mailboxes',
      form({ name: 'Bad', host: 'not a host!', password: 'pw-xyz' }),
    );
    expect(res.status).toBe(400);
    expect(res.html).toContain('Invalid host');
    expect(res.html).not.toContain('Connection test:');
    expect(res.html).not.toContain('pw-xyz');
    expect(res.html).toContain('value="Bad"');
  });

  it('puts a malformed From address on the form before any connection test', async () => {
    await admin.get('/mailboxes');
    const res = await admin.post('/mailboxes', form({ name: 'NoFrom', from: 'support at example' }));
    expect(res.status).toBe(400);
    expect(res.html).toContain('From address must look like');
    expect(res.html).not.toContain('Connection test:');
    expect(mailboxRow('NoFrom')).toBeUndefined();
  });

  it('refuses a duplicate name with a message', async () => {
    await admin.get('/mailboxes');
    const res = await admin.post('/mailboxes', form());
    expect(res.status).toBe(400);
    expect(res.html).toContain('already exists');
  }, 60_000);
});

describe('managing a mailbox', () => {
  it('pauses and resumes, audited', async () => {
    const id = mailboxRow('Support')!.id;
    await admin.get(`/mailboxes/${id}`);
    expect((await admin.post(`/mailboxes/${id}/pause`)).html).toContain('Sync paused');
    expect(mailboxRow('Support')!.state).toBe('paused');
    expect((await admin.post(`/mailboxes/${id}/resume`)).status).toBe(200);
    expect(mailboxRow('Support')!.state).toBe('active');
    expect(auditActions()).toEqual(expect.arrayContaining(['mailbox.pause', 'mailbox.resume']));
  });

  it('changes the password after a failed sign-in: audited, never shown, mailbox resumed', async () => {
    const id = mailboxRow('Support')!.id;
    h.store.sqlite.prepare("UPDATE mailboxes SET state = 'auth_failed' WHERE id = ?").run(id);
    await admin.get(`/mailboxes/${id}`);
    const res = await admin.post(`/mailboxes/${id}/password`, { password: 'new-secret-9' });
    expect(res.html).toContain('Password changed');
    expect(res.html).not.toContain('new-secret-9');
    expect(mailboxRow('Support')!.state).toBe('active');
    expect(auditActions()).toContain('mailbox.password_change');
    expect((await admin.post(`/mailboxes/${id}/password`, { password: '' })).status).toBe(400);
  });

  it('turns drafting off and sets a signature; a bad From address is a message, not a 500', async () => {
    const id = mailboxRow('Support')!.id;
    await admin.get(`/mailboxes/${id}`);
    const ok = await admin.post(`/mailboxes/${id}/drafting`, { signature: 'Kind regards', from: '' });
    expect(ok.html).toContain('Drafting settings saved');
    const row = mailboxRow('Support')!;
    expect(row.drafting_enabled).toBe(0);
    expect(row.signature).toBe('Kind regards');
    expect(row.from_address).toBeNull();
    const bad = await admin.post(`/mailboxes/${id}/drafting`, { draftingEnabled: 'on', from: 'no address' });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('From address must look like');
  });

  it('removes only after the confirmation step', async () => {
    const added = addMailbox(
      deps(),
      { name: 'Old', host: 'imap.example.org', port: 993, security: 'tls', username: 'u', password: 'p' },
      { kind: 'cli' },
    );
    await admin.get(`/mailboxes/${added.id}/remove`);
    expect((await admin.post(`/mailboxes/${added.id}/remove`)).status).toBe(400);
    expect(mailboxRow('Old')).toBeDefined();
    const page = await admin.get(`/mailboxes/${added.id}/remove`);
    expect(page.html).toContain('Yes, remove Old');
    const res = await admin.post(`/mailboxes/${added.id}/remove`, { confirm: 'yes' });
    expect(res.html).toContain('Mailbox Old was removed');
    expect(mailboxRow('Old')).toBeUndefined();
    expect(auditActions()).toContain('mailbox.remove');
  });

  it('answers an unknown mailbox with 404', async () => {
    const missing = await admin.get('/mailboxes/999999');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('No mailbox &quot;999999&quot;.');
    await admin.get('/mailboxes');
    expect((await admin.post('/mailboxes/999999/pause')).status).toBe(404);
  });
});

describe('dashboard, quarantine and reviewer assignment', () => {
  it('shows state, last error, backfill progress and quarantine count from the real tables', async () => {
    const id = mailboxRow('Support')!.id;
    const at = Date.UTC(2026, 0, 5, 8, 0, 0);
    h.store.sqlite
      .prepare(
        `INSERT INTO folder_state (mailbox_id, role, folder, uid_validity, last_uid, backfill_done, backfill_total, live_since, updated_at)
         VALUES (?, 'inbox', 'INBOX', 7, 30, 30, 120, ?, ?), (?, 'sent', 'Sent', 8, 10, 10, 80, ?, ?)`,
      )
      .run(id, at, at, id, at, at);
    h.store.sqlite
      .prepare(
        `INSERT INTO quarantine (mailbox_id, folder, uid_validity, uid, reason, header_hash, size, at)
         VALUES (?, 'INBOX', 7, 42, 'mail.parse_failed', 'h1', 100, ?), (?, 'INBOX', 7, 43, 'mail.too_large', 'h2', 200, ?)`,
      )
      .run(id, at, id, at);
    h.store.sqlite
      .prepare(
        "UPDATE mailboxes SET state = 'unreachable', last_error_code = 'mail.tcp_timeout', last_error_at = ? WHERE id = ?",
      )
      .run(at, id);
    const dash = await admin.get('/');
    expect(dash.html).toContain('Support');
    expect(dash.html).toContain('Unreachable');
    expect(dash.html).toContain('mail.tcp_timeout');
    expect(dash.html).toMatch(
      /<time datetime="2026-01-05T08:00:00.000Z"[^>]*>5 Jan 2026, 09:00 CET \(\d+ hours? ago\)<\/time>/,
    );
    expect(dash.html).toMatch(/<progress max="200" value="40"/);
    expect(dash.html).toContain('40 / 200');
    expect(dash.html).toMatch(/data-label="Quarantined"[^>]*>2<\/td>/);
    expect(dash.html).toContain('Job queues');
    expect(dash.html).not.toContain('arrives with the mailbox sync');

    const q = await admin.get('/quarantine');
    expect(q.html).toContain('mail.parse_failed');
    expect(q.html.replace(/<td[^>]*>/g, '<td>')).toMatch(
      /<td>Support<\/td><td>INBOX<\/td><td>7<\/td><td>43<\/td>/,
    );
    expect(q.html).toContain('not available');
  });

  it('shows a reviewer only the mailboxes assigned to them', async () => {
    const { agent: reviewer } = await addUser(h, admin, 'rev1', 'reviewer');
    const revId = (
      h.store.sqlite.prepare("SELECT id FROM users WHERE username = 'rev1'").get() as { id: number }
    ).id;
    const before = await reviewer.get('/');
    expect(before.html).not.toContain('<th scope="row">Support</th>');
    expect(before.html).toContain('No mailboxes are assigned to you yet');

    const support = mailboxRow('Support')!.id;
    await admin.get(`/users/${revId}`);
    expect((await admin.post(`/users/${revId}/mailboxes`, { mailbox: ['999999'] })).status).toBe(400);
    const ok = await admin.post(`/users/${revId}/mailboxes`, { mailbox: [String(support)] });
    expect(ok.html).toContain('Mailbox assignments saved');
    expect(ok.html).toContain(`value="${support}" checked`);
    expect(auditActions()).toContain('user.mailboxes_assign');

    const after = await reviewer.get('/');
    expect(after.html).toContain('<th scope="row">Support</th>');
  });

  it('offers the add-mailbox form in the wizard step', async () => {
    const page = await admin.get('/welcome');
    expect(page.html).toContain('action="/mailboxes"');
    expect(page.html).toContain('Test connection and add');
    expect(page.html).not.toContain('arrives with the mailbox sync');
  });
});
