import { Client } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../../src/identity/ldap/ldap-client.js';
import { mapDirectoryAccess } from '../../../src/identity/role-mapping.models.js';
import { isAppError } from '../../../src/shared/errors.js';
import { dnOf, GROUPS, PEOPLE, people, slapdConfig, TestSlapd } from '../../support/slapd.js';

/** The stable code authenticate() ends with, or "ok". */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
}

let slapd: TestSlapd;
beforeAll(async () => {
  slapd = await TestSlapd.start();
}, 60_000);
afterAll(() => slapd?.stop());

const mapping = { admin: ['vd-admins'], reviewer: ['cs-agents'], auditor: [], reviewerMailboxes: [] };

describe('LDAP sign-in against a real slapd', () => {
  it('binds as the service account, finds the user, binds as them and maps their groups to a role', async () => {
    const found = await authenticate(slapdConfig(slapd), 'alice', people.alice);
    expect(found.dn).toBe(dnOf('alice'));
    expect(found.identity).toMatchObject({
      provider: 'ldap',
      username: 'alice',
      email: 'alice@example.org',
      displayName: 'alice Example',
      groups: ['vd-admins'],
    });
    // entryUUID, not the name: a renamed person keeps their account.
    expect(found.identity.subject).toMatch(/^[0-9a-f-]{36}$/);
    expect(mapDirectoryAccess(found.identity, mapping)).toMatchObject({ ok: true, role: 'admin' });
  });

  it('works over LDAPS with the pinned certificate, and refuses the same server unpinned', async () => {
    const ldaps = slapdConfig(slapd, { url: slapd.ldapsUrl, startTls: false });
    expect((await authenticate(ldaps, 'bob', people.bob)).identity.groups).toEqual(['cs-agents']);
    expect(await outcome(authenticate({ ...ldaps, caPem: '' }, 'bob', people.bob))).toBe('ldap.tls_failed');
    expect(await outcome(authenticate(slapdConfig(slapd, { caPem: '' }), 'bob', people.bob))).toBe(
      'ldap.tls_failed',
    );
  });

  it('reads groups by a group search when the directory keeps no memberOf, by cn or by DN', async () => {
    const search = slapdConfig(slapd, { groupSource: 'search', groupBase: GROUPS });
    expect((await authenticate(search, 'bob', people.bob)).identity.groups).toEqual(['cs-agents']);
    const byDn = { ...search, groupNameAttribute: 'dn' as const };
    expect((await authenticate(byDn, 'bob', people.bob)).identity.groups).toEqual([`cn=cs-agents,${GROUPS}`]);
  });

  it('refuses a wrong password, an unknown name, and an empty password before any connection', async () => {
    const config = slapdConfig(slapd);
    expect(await outcome(authenticate(config, 'alice', 'wrong'))).toBe('ldap.bad_credentials');
    expect(await outcome(authenticate(config, 'nobody', 'x'))).toBe('ldap.user_not_found');
    // This slapd allows unauthenticated binds (a DN with no password), the trap an empty password falls into:
    const raw = new Client({ url: slapd.url });
    await expect(raw.bind(dnOf('alice'), '')).resolves.toBeUndefined();
    await raw.unbind();
    expect(await outcome(authenticate(config, 'alice', ''))).toBe('ldap.bad_credentials');
    // Refused before connecting: a closed port would otherwise answer unreachable.
    const closed = slapdConfig(slapd, { url: 'ldap://127.0.0.1:1', startTls: true });
    expect(await outcome(authenticate(closed, 'alice', ''))).toBe('ldap.bad_credentials');
    expect(await outcome(authenticate(closed, 'alice', 'x'))).toBe('ldap.unreachable');
  });

  it('refuses a disabled account: an admin lock (ppolicy) or a configurable filter', async () => {
    expect(await outcome(authenticate(slapdConfig(slapd), 'carol', people.carol))).toBe('ldap.user_disabled');
    expect(await outcome(authenticate(slapdConfig(slapd), 'erin', people.erin))).toBe('ok');
    const filtered = slapdConfig(slapd, { disabledFilter: '(employeeType=disabled)' });
    expect(await outcome(authenticate(filtered, 'erin', people.erin))).toBe('ldap.user_disabled');
    expect(await outcome(authenticate(filtered, 'alice', people.alice))).toBe('ok');
  });

  it('does not let filter syntax in the user name widen the search', async () => {
    const config = slapdConfig(slapd);
    for (const name of ['*', 'admin)(|(uid=*', '\\2a', '*)(uid=alice', 'alice)(objectClass=*', 'a*'])
      expect(await outcome(authenticate(config, name, people.alice)), name).toBe('ldap.user_not_found');
    // The same characters are found literally when an entry really has them.
    const odd = await authenticate(config, 'ann(x)*', people['ann(x)*']);
    expect(odd.identity.username).toBe('ann(x)*');
  });

  it('refuses a name that matches more than one entry', async () => {
    const byMail = slapdConfig(slapd, { loginAttribute: 'mail', userFilter: '(|(uid=alice)(uid=bob))' });
    expect((await authenticate(byMail, 'alice@example.org', people.alice)).identity.username).toBe('alice');
    // Two entries for one login value: the service account sees both; the sign-in refuses.
    const wide = slapdConfig(slapd, { loginAttribute: 'mail', userFilter: '(objectClass=*)' });
    await slapd.ldap(
      'ldapadd',
      `dn: uid=alice2,${PEOPLE}\nobjectClass: inetOrgPerson\nuid: alice2\ncn: a\nsn: a\nmail: alice@example.org\n`,
    );
    expect(await outcome(authenticate(wide, 'alice@example.org', people.alice))).toBe('ldap.ambiguous_user');
  });

  it("names a wrong service password, which is not the signing-in person's fault", async () => {
    expect(
      await outcome(authenticate(slapdConfig(slapd, { bindPassword: 'nope' }), 'alice', people.alice)),
    ).toBe('ldap.service_bind_failed');
  });
});
