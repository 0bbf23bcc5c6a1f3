import type { DirectoryIdentity } from '../identity.types.js';
import type { OidcSettings } from '../signin-settings.models.js';

export type Claims = Record<string, unknown>;

/**
 * The value at a dotted claim path: `groups`, `roles`, or Keycloak's `realm_access.roles`. A
 * claim whose own name contains a dot (some providers send `https://example.com/groups`-style
 * names, but with dots) is tried whole first.
 */
export function claimAt(claims: Claims, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path];
  let node: unknown = claims;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, part))
      return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** A claim as a list of strings: one string, an array of strings; numbers become text; the rest is dropped. */
export function claimValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map(String)
    .filter((v) => v.trim().length > 0);
}

/**
 * Entra ID leaves the `groups` claim out when a person is in more groups than fit in a token
 * (over 200 in a JWT) and points to Microsoft Graph instead (`_claim_names.groups`, or
 * `hasgroups: true` in implicit flows). Mapping on what is left would silently drop every
 * group, so this is a refusal of its own that tells the admin to map app roles.
 */
export function groupOverage(claims: Claims, groupsPath: string): boolean {
  const top = groupsPath.split('.')[0]!;
  const names = claims._claim_names;
  const pointed =
    names !== null &&
    typeof names === 'object' &&
    (Object.hasOwn(names, top) || Object.hasOwn(names, 'groups'));
  return claimAt(claims, groupsPath) === undefined && (pointed || claims.hasgroups === true);
}

export type ClaimsOutcome =
  | { ok: true; identity: DirectoryIdentity }
  | { ok: false; reason: 'group_overage' | 'no_username' };

/**
 * What the validated ID token (and user info) says, as the identity role mapping reads. The
 * subject is issuer + sub: `sub` is only unique per issuer, and Entra's is even per application.
 */
export function identityFromClaims(
  settings: Pick<OidcSettings, 'usernameClaim' | 'groupsClaim'>,
  issuer: string,
  claims: Claims,
): ClaimsOutcome {
  if (groupOverage(claims, settings.groupsClaim)) return { ok: false, reason: 'group_overage' };
  const username = claimValues(claimAt(claims, settings.usernameClaim))[0];
  if (!username) return { ok: false, reason: 'no_username' };
  const email = claimValues(claims.email)[0];
  const displayName = claimValues(claims.name)[0];
  return {
    ok: true,
    identity: {
      provider: 'oidc',
      subject: `${issuer} ${String(claims.sub)}`,
      username,
      ...(email ? { email } : {}),
      ...(displayName ? { displayName } : {}),
      groups: claimValues(claimAt(claims, settings.groupsClaim)),
    },
  };
}
