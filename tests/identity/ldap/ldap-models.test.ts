import { describe, expect, it } from 'vitest';
import {
  entryDisabled,
  fillFilter,
  firstRdnValue,
  guidText,
  ldapDefaults,
  ldapSettingsSchema,
  transportProblem,
} from '../../../src/identity/ldap/ldap.models.js';
import { emptyRoleMapping, parseRoleMapping } from '../../../src/identity/role-mapping.models.js';

describe('LDAP transport rule', () => {
  it('refuses plain ldap:// to any host beyond loopback, and allows LDAPS or StartTLS anywhere', () => {
    expect(transportProblem('ldap://dc.example.org', false)).toMatch(/in the clear/);
    expect(transportProblem('ldap://10.0.0.5:389', false)).toMatch(/in the clear/);
    expect(transportProblem('ldap://128.0.0.1', false)).toMatch(/in the clear/);
    expect(transportProblem('ldap://127.0.0.2', false)).toBeNull();
    expect(transportProblem('ldap://127.0.0.1:389', false)).toBeNull();
    expect(transportProblem('ldap://localhost', false)).toBeNull();
    expect(transportProblem('ldap://[::1]:389', false)).toBeNull();
    expect(transportProblem('ldap://dc.example.org', true)).toBeNull();
    expect(transportProblem('ldaps://dc.example.org', false)).toBeNull();
  });

  it('refuses what is not an LDAP server URL', () => {
    for (const url of ['dc.example.org', 'http://dc.example.org', 'ldaps://dc.example.org/dc=x', 'ldaps://'])
      expect(transportProblem(url, true), url).not.toBeNull();
  });

  it('puts the transport problem on the URL field of the settings', () => {
    const result = ldapSettingsSchema.safeParse({
      ...ldapDefaults,
      url: 'ldap://dc.example.org',
      bindDn: 'cn=svc,dc=example,dc=org',
      userBase: 'dc=example,dc=org',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['url']);
  });
});

describe('LDAP filters and entries', () => {
  it('fills a group filter template with escaped values', () => {
    expect(fillFilter('(member={dn})', { dn: 'cn=a (b)*,dc=x', username: 'u' })).toBe(
      '(member=cn=a \\28b\\29\\2a,dc=x)',
    );
    expect(fillFilter('(memberUid={username})', { dn: '', username: '*)(uid=*' })).toBe(
      '(memberUid=\\2a\\29\\28uid=\\2a)',
    );
  });

  it('reads a group name from the first RDN of a DN, escapes undone', () => {
    expect(firstRdnValue('CN=VD Admins,OU=Groups,DC=example,DC=org')).toBe('VD Admins');
    expect(firstRdnValue('cn=Smith\\, John,ou=x')).toBe('Smith, John');
    expect(firstRdnValue('cn=a\\2cb,ou=x')).toBe('a,b');
  });

  it('writes an objectGUID the way Active Directory shows it', () => {
    const bytes = Buffer.from('d4c3b2a1f6e5a8b70102030405060708', 'hex');
    expect(guidText(bytes)).toBe('a1b2c3d4-e5f6-b7a8-0102-030405060708');
  });

  it('sees AD disabled accounts and administrative ppolicy locks, not passing lockouts', () => {
    expect(entryDisabled({ userAccountControl: ['514'] })).toBe(true);
    expect(entryDisabled({ useraccountcontrol: ['512'] })).toBe(false);
    expect(entryDisabled({ pwdAccountLockedTime: ['000001010000Z'] })).toBe(true);
    expect(entryDisabled({ pwdAccountLockedTime: ['20260601120000Z'] })).toBe(false);
    expect(entryDisabled({})).toBe(false);
  });
});

describe('the saved role mapping', () => {
  it('refuses everyone when none is saved or the saved value is damaged', () => {
    expect(parseRoleMapping(undefined)).toEqual(emptyRoleMapping);
    expect(parseRoleMapping('{not json')).toEqual(emptyRoleMapping);
    expect(parseRoleMapping(JSON.stringify({ admin: 'everyone' }))).toEqual(emptyRoleMapping);
    const saved = { admin: ['vd-admins'], reviewer: [], auditor: ['dpo'], reviewerMailboxes: [] };
    expect(parseRoleMapping(JSON.stringify(saved))).toEqual(saved);
  });
});
