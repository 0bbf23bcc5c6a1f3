import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitAudit } from '../../src/audit/audit.repository.js';
import {
  type Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  pageText,
} from '../support/console-harness.js';

const entries = (h: ConsoleHarness) =>
  (h.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

/** The rows of the audit table, each as text. */
const rows = (html: string) => [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => pageText(m[1]!).trim());

let h: ConsoleHarness;
let admin: Agent;

beforeAll(async () => {
  h = openConsole();
  admin = (await completeSetup(h)).agent;
  await addUser(h, admin, 'rev', 'reviewer');
  // A failed sign-in: the actor is nobody signed in.
  await admin.post('/signin', { username: 'nobody', password: 'wrong password 1', code: '' });
});

afterAll(() => h.close());

describe('audit log page', () => {
  it('names actors by user name and role, and actions in words with the code beside them', async () => {
    const page = await admin.get('/audit');
    const all = rows(page.html);
    const created = all.find((r) => r.includes('user.create') && r.includes('role reviewer'));
    expect(created).toContain('admin (Admin) user:1');
    expect(created).toContain('User created user.create');
    expect(created).toMatch(/rev user:\d+/);
    expect(created).toContain('role reviewer');
    const failed = all.find((r) => r.includes('auth.signin_failed'));
    expect(failed).toContain('Someone not signed in anonymous');
    expect(failed).toContain('Sign-in failed');
    const enrolled = all.find((r) => r.includes('user.mfa_enrol') && r.includes('rev (Reviewer)'));
    expect(enrolled).toContain('Two-factor sign-in set up');
  });

  it('filters by the user name people see', async () => {
    const page = await admin.get('/audit?actor=REV');
    const all = rows(page.html).slice(1);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).toContain('rev (Reviewer)');
  });

  it('counts every entry in the chain status when the page is shown, not a cached count', async () => {
    const first = await admin.get('/audit');
    expect(pageText(first.html)).toContain(`Chain verified: ${entries(h)} entries`);
    // More entries within the same minute (the clock does not move): the next view counts them.
    for (let i = 0; i < 3; i++)
      await admin.post('/signin', { username: 'nobody', password: 'wrong password 1', code: '' });
    const again = await admin.get('/audit');
    expect(pageText(again.html)).toContain(`Chain verified: ${entries(h)} entries`);
    const dashboard = await admin.get('/');
    expect(pageText(dashboard.html)).toContain(`${entries(h)} entries`);
  });

  it('reports an entry forged after the last view at the next view, and an old one at "verify now"', async () => {
    await admin.get('/audit');
    h.store.sqlite.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    // A new entry, then altered: the incremental check reads it and finds the mismatch.
    h.store.db.transaction((tx) =>
      emitAudit(tx, h.keys.audit, { actor: { kind: 'system' }, action: 'session.expire', at: h.clock.now() }),
    );
    const last = entries(h);
    h.store.sqlite.prepare(`UPDATE audit_log SET actor = 'user:1' WHERE id = ${last}`).run();
    const broken = await admin.get('/audit');
    expect(pageText(broken.html)).toContain(`Chain verification failed at entry ${last}: hash mismatch`);
    h.store.sqlite.prepare(`UPDATE audit_log SET actor = 'system' WHERE id = ${last}`).run();
    expect(pageText((await admin.get('/audit')).html)).toContain('Chain verified');

    // An old entry altered after it was verified is found by the full walk.
    h.store.sqlite.prepare(`UPDATE audit_log SET actor = 'cli' WHERE id = 2`).run();
    const full = await admin.get('/audit?verify=now');
    expect(pageText(full.html)).toContain('Chain verification failed at entry 2: hash mismatch');
    h.store.sqlite.prepare(`UPDATE audit_log SET actor = 'setup' WHERE id = 2`).run();
  });
});

describe('times', () => {
  const at = () => new Date(h.clock.now()).toISOString();

  it('follow the reader’s locale, in the organisation’s time zone, with a machine-readable datetime', async () => {
    // The harness clock is 2026-01-05 09:00 UTC plus a few TOTP steps: 10:0x in Europe/Berlin.
    admin.headers['accept-language'] = 'en-US,en;q=0.9';
    const us = await admin.get('/audit');
    expect(us.html).toMatch(
      /<time datetime="2026-01-05T09:0\d:\d\d\.\d{3}Z"[^>]*>Jan 5, 2026, 10:0\d AM GMT\+1<\/time>/,
    );

    admin.headers['accept-language'] = 'de-DE,de;q=0.9,en;q=0.8';
    const de = await admin.get('/audit');
    expect(de.html).toMatch(/>5\. Jan\. 2026, 10:0\d MEZ<\/time>/);

    delete admin.headers['accept-language'];
    const none = await admin.get('/audit');
    expect(none.html).toMatch(/>5 Jan 2026, 10:0\d CET<\/time>/);
    expect(none.html).not.toContain('UTC</td>');
    expect(at()).toMatch(/^2026-01-05T09:0/);
  });

  it('use a 24-hour clock for a bare "en" and for languages Intl does not know', async () => {
    for (const header of ['en', 'xx-YY, *;q=0.5', 'q=bogus;;,']) {
      admin.headers['accept-language'] = header;
      const page = await admin.get('/audit');
      expect(page.html, header).toMatch(/>5 Jan 2026, 10:0\d CET<\/time>/);
    }
    delete admin.headers['accept-language'];
  });
});
