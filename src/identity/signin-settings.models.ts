import { z } from 'zod';
import { type FormFields, field, nonEmptyLines as lines } from '../shared/form-fields.js';
import { isLoopbackHost } from '../shared/loopback.js';
import type { RoleMapping } from './identity.types.js';
import { ROLE_MAPPING_KEY, roleMappingSchema } from './role-mapping.models.js';

/**
 * Settings → Sign-in, as stored. Three keys, so OIDC and LDAP share what they must and nothing
 * else: the role mapping and the sign-in policy apply to every directory; the OIDC provider is
 * its own key (LDAP keeps its own). The client secret is not here: it is sealed in its own key.
 */
export const signinKeys = {
  roleMapping: ROLE_MAPPING_KEY,
  policy: 'signin.policy',
  oidc: 'signin.oidc',
  oidcSecret: 'signin.oidc.clientSecret',
} as const;

export type Form = FormFields;
const str = (f: Form, k: string) => field(f, k).trim();

export const policySchema = z.object({
  /** Just-in-time creation of console users for mapped directory identities; off by default. */
  createUsers: z.boolean(),
  /** Only local admins (break-glass, with TOTP) may use the password form. */
  restrictLocal: z.boolean(),
});
export type SigninPolicy = z.infer<typeof policySchema>;
export const defaultPolicy: SigninPolicy = { createUsers: false, restrictLocal: false };

const claimName = /^[A-Za-z0-9_:-]{1,64}$/;
const claimPath = /^[A-Za-z0-9_:-]{1,64}(\.[A-Za-z0-9_:-]{1,64}){0,4}$/;

export const oidcSchema = z.object({
  providerName: z
    .string()
    .min(1, 'Name the provider, e.g. Microsoft Entra ID.')
    .max(60, 'At most 60 characters.'),
  issuer: z
    .string()
    .max(500, 'At most 500 characters.')
    .refine((v) => issuerProblem(v) === null, { error: (i) => issuerProblem(String(i.input)) ?? '' }),
  clientId: z.string().min(1, 'Enter the client (application) id.').max(200, 'At most 200 characters.'),
  scopes: z
    .array(
      z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/, 'Scopes are words without spaces or quotes.'),
    )
    .max(20, 'At most 20 scopes.')
    .refine((s) => s.includes('openid'), 'The scopes must include openid.'),
  usernameClaim: z.string().regex(claimName, 'A claim name such as preferred_username, upn or email.'),
  groupsClaim: z
    .string()
    .regex(claimPath, 'A claim name or dotted path such as groups, roles or realm_access.roles.'),
  endSession: z.boolean(),
});
export type OidcSettings = z.infer<typeof oidcSchema>;

function issuerProblem(v: string): string | null {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return 'Enter the issuer URL, e.g. https://login.microsoftonline.com/<tenant id>/v2.0.';
  }
  if (url.search || url.hash) return 'The issuer URL has no query or fragment.';
  if (url.username || url.password) return 'The issuer URL carries no user name or password.';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return null;
  return 'The issuer must use https (plain http only for a provider on this host, 127.0.0.1 or localhost).';
}

export interface SigninForm {
  oidc: OidcSettings | null;
  mapping: RoleMapping;
  policy: SigninPolicy;
  /** A new client secret to seal, or undefined to keep the stored one. */
  newSecret?: string;
}

export type SigninParse = { ok: true; value: SigninForm } | { ok: false; errors: Record<string, string> };

/** The mailbox groups fields are `mailboxGroups_<id>`: the groups whose reviewers see that mailbox. */
export const mailboxGroupsField = (id: number) => `mailboxGroups_${id}`;

/**
 * Parses the whole sign-in form. An empty issuer and client id means "no OIDC provider": the
 * mapping and policy still save (LDAP uses them too).
 */
export function parseSigninForm(form: Form, mailboxIds: number[]): SigninParse {
  const errors: Record<string, string> = {};
  const collect = (issues: z.core.$ZodIssue[]) => {
    for (const i of issues) errors[String(i.path[0] ?? 'form')] ??= i.message;
  };
  const byGroup = new Map<string, number[]>();
  for (const id of mailboxIds) {
    for (const group of lines(str(form, mailboxGroupsField(id)))) {
      byGroup.set(group, [...(byGroup.get(group) ?? []), id]);
    }
  }
  const mapping = roleMappingSchema.safeParse({
    admin: lines(str(form, 'adminGroups')),
    reviewer: lines(str(form, 'reviewerGroups')),
    auditor: lines(str(form, 'auditorGroups')),
    reviewerMailboxes: [...byGroup].map(([group, ids]) => ({ group, mailboxIds: ids })),
  });
  if (!mapping.success)
    for (const i of mapping.error.issues) {
      const field = `${String(i.path[0])}Groups`;
      errors[field] ??= i.message;
    }
  const policy = {
    createUsers: str(form, 'createUsers') === 'on',
    restrictLocal: str(form, 'restrictLocal') === 'on',
  };

  let oidc: OidcSettings | null = null;
  const issuer = str(form, 'issuer');
  const clientId = str(form, 'clientId');
  if (issuer !== '' || clientId !== '') {
    const parsed = oidcSchema.safeParse({
      providerName: str(form, 'providerName'),
      issuer,
      clientId,
      scopes: str(form, 'scopes').split(/\s+/).filter(Boolean),
      usernameClaim: str(form, 'usernameClaim'),
      groupsClaim: str(form, 'groupsClaim'),
      endSession: str(form, 'endSession') === 'on',
    });
    if (parsed.success) oidc = parsed.data;
    else collect(parsed.error.issues);
  }
  const secret = str(form, 'clientSecret');
  if (secret.length > 1000) errors.clientSecret = 'At most 1000 characters.';
  if (Object.keys(errors).length > 0 || !mapping.success) return { ok: false, errors };
  return {
    ok: true,
    value: { oidc, mapping: mapping.data, policy, ...(secret ? { newSecret: secret } : {}) },
  };
}

/** The form's starting values when nothing is saved yet. */
export const oidcDefaults = {
  providerName: 'single sign-on',
  scopes: ['openid', 'profile', 'email'],
  usernameClaim: 'preferred_username',
  groupsClaim: 'groups',
  endSession: false,
};
