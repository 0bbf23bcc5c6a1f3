import type { Role } from '../users/users.table.js';

/** Where a console user's identity lives when it is not a local account. */
export const directoryProviders = ['oidc', 'ldap'] as const;
export type DirectoryProvider = (typeof directoryProviders)[number];

/**
 * What an identity provider said about a person at one sign-in, OIDC and LDAP alike. `subject`
 * is the provider's stable id (OIDC `iss` + `sub`, LDAP entryUUID/objectGUID or the entry DN),
 * never the user name, so a renamed person keeps their account and a recycled name does not
 * inherit one. `groups` are the values role mapping reads: group names or ids, app roles, or
 * group DNs, exactly as the provider sent them.
 */
export interface DirectoryIdentity {
  provider: DirectoryProvider;
  subject: string;
  username: string;
  email?: string;
  displayName?: string;
  groups: string[];
}

/**
 * Which directory groups give which console role, and which groups give a reviewer which
 * mailboxes. Read at every sign-in, so access follows the directory.
 */
export interface RoleMapping {
  admin: string[];
  reviewer: string[];
  auditor: string[];
  reviewerMailboxes: { group: string; mailboxIds: number[] }[];
}

export type MappedAccess =
  | { ok: true; role: Role; mailboxIds: number[] }
  | { ok: false; reason: 'no_mapped_group' };
