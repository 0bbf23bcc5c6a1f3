import { z } from 'zod';
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

/** The settings key the console's Settings → Sign-in page saves the role mapping under. */
export const ROLE_MAPPING_KEY = 'signin.roleMapping';

/** Nothing mapped: every directory sign-in is refused until an admin maps groups to roles. */
export const emptyRoleMapping: RoleMapping = { admin: [], reviewer: [], auditor: [], reviewerMailboxes: [] };

const groupList = (label: string) =>
  z
    .array(z.string().max(512, `${label}: each line at most 512 characters.`))
    .max(500, `${label}: at most 500 lines.`);

export const roleMappingSchema = z.object({
  admin: groupList('Admin groups'),
  reviewer: groupList('Reviewer groups'),
  auditor: groupList('Auditor groups'),
  reviewerMailboxes: z
    .array(z.object({ group: z.string().max(512), mailboxIds: z.array(z.number().int()).max(1000) }))
    .max(1000),
});

/**
 * The stored mapping, or the empty one when none is saved or it no longer parses: a damaged
 * value must never widen access, so it refuses everyone rather than guessing.
 */
export function parseRoleMapping(stored: string | undefined): RoleMapping {
  if (stored === undefined) return emptyRoleMapping;
  try {
    const parsed = roleMappingSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : emptyRoleMapping;
  } catch {
    return emptyRoleMapping;
  }
}
