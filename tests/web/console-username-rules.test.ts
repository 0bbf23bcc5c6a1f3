import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseUsername } from '../../src/users/users.models.js';
import {
  Agent,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  secretFrom,
  totp,
} from '../support/console-harness.js';

/** The hint under a field (its id is the field's id plus -hint), as text. */
const hint = (html: string, field: string) =>
  new RegExp(`<p class="hint" id="f-${field}-hint">([^<]*)</p>`)
    .exec(html)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

let h: ConsoleHarness;

beforeAll(() => {
  h = openConsole();
});
afterAll(() => h.close());

describe('rules shown before submitting', () => {
  it('setup shows the username rule and that the password must not contain the username', async () => {
    const page = await new Agent(h.app).get(`/setup?token=${h.setupToken}`);
    expect(hint(page.html, 'username')).toContain('Capitals become lower case and spaces become dots');
    expect(hint(page.html, 'password')).toBe(
      'At least 12 characters, not a commonly used password, and not containing the username.',
    );
  });
});

describe('usernames are normalised the same way at creation and at sign-in', () => {
  it('folds case, spaces, full-width letters and invisible characters', () => {
    expect(normaliseUsername('  Jane   Doe ')).toBe('jane.doe');
    expect(normaliseUsername('Ｊａｎｅ\u200B.doe')).toBe('jane.doe');
    expect(normaliseUsername('\tADMIN\u00A0')).toBe('admin');
  });

  it('creates "  Jane Doe " as jane.doe, who signs in as JANE DOE and sees her name in the password rule', async () => {
    const { agent: admin } = await completeSetup(h);
    const users = await admin.get('/users');
    expect(hint(users.html, 'username')).toContain('"Jane Doe" is saved, and signs in, as jane.doe');
    const created = await admin.post('/users', { username: '  Jane Doe ', role: 'reviewer' });
    expect(created.html).toContain('User <strong>jane.doe</strong> was created');
    const temp = /class="secret"[^>]*>\s*([A-Za-z0-9_-]{20})\s*</.exec(created.html)![1]!;

    const jane = new Agent(h.app, '192.0.2.77');
    await jane.get('/signin');
    const signedIn = await jane.post('/signin', { username: 'JANE DOE', password: temp, code: '' });
    expect(signedIn.location).toBe('/enrol');
    const enrol = await jane.get('/enrol');
    expect(hint(enrol.html, 'newPassword')).toBe(
      'At least 12 characters, not a commonly used password, and not containing your username (jane.doe). Replaces the one-time password.',
    );
    // The rule shown is the rule applied.
    const refused = await jane.post('/enrol', {
      code: totp(secretFrom(enrol.html), h.clock),
      newPassword: 'my name is jane.doe, ok',
      confirmPassword: 'my name is jane.doe, ok',
    });
    expect(refused.html).toContain('The password must not contain the username.');

    // A second "jane doe" is the same name.
    await admin.get('/users');
    const again = await admin.post('/users', { username: 'jane doe', role: 'auditor' });
    expect(again.html).toContain('A user with this name exists already.');
  });
});
