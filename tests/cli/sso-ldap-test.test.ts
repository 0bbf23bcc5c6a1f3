import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveLdapSettings } from '../../src/identity/ldap/ldap-settings.usecases.js';
import { ROLE_MAPPING_KEY } from '../../src/identity/role-mapping.models.js';
import { writeSetting } from '../../src/settings/settings.repository.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { insertUser } from '../../src/users/users.repository.js';
import { runCli } from '../support/cli.js';
import { PEOPLE, people, slapdForm, TestSlapd } from '../support/slapd.js';
import { tempAppliance } from '../support/temp-appliance.js';

let slapd: TestSlapd;
const app = tempAppliance();

beforeAll(async () => {
  slapd = await TestSlapd.start();
  const { store, keys } = app.open();
  try {
    const deps = { db: store.db, keys, clock: systemClock, logger: createLogger('silent') };
    const adminId = insertUser(store.db, {
      username: 'admin',
      role: 'admin',
      passwordHash: 'x',
      mustChangePassword: false,
      now: 0,
    });
    expect(saveLdapSettings(deps, adminId, slapdForm(slapd))).toEqual({ ok: true });
    const mapping = { admin: ['vd-admins'], reviewer: ['cs-agents'], auditor: [], reviewerMailboxes: [] };
    writeSetting(store.db, ROLE_MAPPING_KEY, JSON.stringify(mapping), 0, null);
  } finally {
    store.close();
  }
}, 60_000);
afterAll(async () => {
  await slapd?.stop();
  app.cleanup();
});

describe('veildraft sso ldap-test', () => {
  it('prints what the directory returned and the mapped role, with the password from stdin', async () => {
    const res = await runCli(['sso', 'ldap-test', 'bob'], { env: app.env, input: `${people.bob}\n` });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`dn: uid=bob,${PEOPLE}`);
    expect(res.stdout).toContain('groups: cs-agents');
    expect(res.stdout).toContain('mapped role: reviewer');
    expect(res.stdout).not.toContain(people.bob);
  });

  it('names the failure with its code and exits 1, signing nobody in', async () => {
    const res = await runCli(['sso', 'ldap-test', 'bob', '--json'], { env: app.env, input: 'wrong' });
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout)).toMatchObject({ ok: false, code: 'ldap.bad_credentials' });
    const { store } = app.open();
    try {
      const users = store.sqlite.prepare('SELECT username FROM users').all();
      expect(users).toEqual([{ username: 'admin' }]);
    } finally {
      store.close();
    }
  });
});
