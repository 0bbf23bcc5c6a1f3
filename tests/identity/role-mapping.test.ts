import { describe, expect, it } from 'vitest';
import type { RoleMapping } from '../../src/identity/identity.types.js';
import { mapDirectoryAccess } from '../../src/identity/role-mapping.models.js';

const mapping: RoleMapping = {
  admin: ['CN=Veildraft Admins,OU=Groups,DC=example,DC=org'],
  reviewer: ['cs-agents', 'cs-leads'],
  auditor: ['dpo'],
  reviewerMailboxes: [
    { group: 'cs-agents', mailboxIds: [3, 1] },
    { group: 'cs-leads', mailboxIds: [1, 2] },
  ],
};

describe('mapping directory groups to console access', () => {
  it('gives the widest role a person holds', () => {
    expect(mapDirectoryAccess({ groups: ['dpo', 'cs-agents'] }, mapping)).toEqual({
      ok: true,
      role: 'reviewer',
      mailboxIds: [1, 3],
    });
    expect(
      mapDirectoryAccess({ groups: ['dpo', 'cn=veildraft admins, ou=groups, dc=example, dc=org'] }, mapping),
    ).toEqual({ ok: true, role: 'admin', mailboxIds: [] });
  });

  it('joins the mailboxes of every reviewer group, each once', () => {
    expect(mapDirectoryAccess({ groups: ['CS-Agents', 'cs-leads'] }, mapping)).toEqual({
      ok: true,
      role: 'reviewer',
      mailboxIds: [1, 2, 3],
    });
  });

  it('refuses a person none of whose groups is mapped', () => {
    expect(mapDirectoryAccess({ groups: ['everyone', 'cs-agents-old'] }, mapping)).toEqual({
      ok: false,
      reason: 'no_mapped_group',
    });
    expect(mapDirectoryAccess({ groups: [] }, mapping)).toEqual({ ok: false, reason: 'no_mapped_group' });
  });

  it('maps a mailbox-group to no role by itself', () => {
    const onlyMailboxes: RoleMapping = { ...mapping, reviewer: [] };
    expect(mapDirectoryAccess({ groups: ['cs-agents'] }, onlyMailboxes)).toEqual({
      ok: false,
      reason: 'no_mapped_group',
    });
  });
});
