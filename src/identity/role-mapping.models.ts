import type { Role } from '../users/users.table.js';
import type { DirectoryIdentity, MappedAccess, RoleMapping } from './identity.types.js';

/** Most access first: a person in several mapped groups gets the widest role they hold. */
const precedence: readonly Role[] = ['admin', 'reviewer', 'auditor'];

/**
 * Group values compare without case and surrounding spaces: directories disagree on the case
 * of DNs and group names (AD returns `CN=…` where an admin types `cn=…`), and ids are
 * case-insensitive GUIDs. LDAP DNs also drop the spaces after commas.
 */
export function normaliseGroup(value: string): string {
  return value
    .trim()
    .replace(/\s*,\s*/g, ',')
    .toLowerCase();
}

/**
 * The console role and reviewer mailboxes a directory identity maps to, or a refusal when no
 * group maps. Pure: evaluated at every sign-in against the mapping saved at that moment.
 */
export function mapDirectoryAccess(
  identity: Pick<DirectoryIdentity, 'groups'>,
  mapping: RoleMapping,
): MappedAccess {
  const held = new Set(identity.groups.map(normaliseGroup));
  const holds = (groups: string[]) => groups.some((g) => held.has(normaliseGroup(g)));
  const role = precedence.find((r) => holds(mapping[r]));
  if (!role) return { ok: false, reason: 'no_mapped_group' };
  if (role !== 'reviewer') return { ok: true, role, mailboxIds: [] };
  const mailboxIds = new Set<number>();
  for (const entry of mapping.reviewerMailboxes) {
    if (held.has(normaliseGroup(entry.group))) for (const id of entry.mailboxIds) mailboxIds.add(id);
  }
  return { ok: true, role, mailboxIds: [...mailboxIds].sort((a, b) => a - b) };
}
