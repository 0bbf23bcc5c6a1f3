import { AndFilter, EqualityFilter, Filter, FilterParser } from 'ldapts';
import { z } from 'zod';
import { type FormFields as Form, field as one } from '../../shared/form-fields.js';
import { isLoopbackHost } from '../../shared/loopback.js';

/**
 * LDAP sign-in settings (stored under `signin.ldap`) and the pure steps around a directory
 * lookup: transport rules, filters, and turning an entry into a directory identity.
 */
export const loginAttributes = ['uid', 'sAMAccountName', 'userPrincipalName', 'mail'] as const;
/** entryUUID (OpenLDAP, 389-ds), objectGUID (Active Directory), or the DN when neither exists. */
export const subjectAttributes = ['entryUUID', 'objectGUID', 'dn'] as const;
/** memberOf on the user entry (AD; OpenLDAP with the memberof overlay), or a search of groups. */
export const groupSources = ['memberOf', 'search'] as const;
export const groupNameAttributes = ['cn', 'dn'] as const;

const attributeName = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, `${label}: an attribute name such as cn or mail.`);
const dnText = (label: string) =>
  z
    .string()
    .trim()
    .min(3, `${label}: enter a DN such as ou=people,dc=example,dc=org.`)
    .max(1000, `${label}: at most 1000 characters.`)
    .refine((v) => v.includes('='), `${label}: enter a DN such as ou=people,dc=example,dc=org.`);

/** Whether an admin's filter text is a filter ldapts can send (placeholders filled with a sample). */
export function filterProblem(text: string): string | null {
  try {
    FilterParser.parseString(fillFilter(text, { dn: 'cn=x,dc=example', username: 'x' }));
    return null;
  } catch {
    return 'Not an LDAP filter; write it like (objectClass=person).';
  }
}
const filterText = (label: string, optional = false) =>
  z
    .string()
    .trim()
    .max(1000, `${label}: at most 1000 characters.`)
    .refine(
      (v) => (optional && v === '') || filterProblem(v) === null,
      `${label}: write a filter such as (objectClass=person).`,
    );

/**
 * Plain LDAP sends the service account's and every user's password in the clear: only
 * `ldaps://`, or `ldap://` upgraded with StartTLS, reach a remote host. A plain URL is allowed
 * to a loopback host only (a local stunnel or test server).
 */
export function transportProblem(url: string, startTls: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter a URL such as ldaps://dc.example.org.';
  }
  if (parsed.protocol !== 'ldaps:' && parsed.protocol !== 'ldap:')
    return 'The URL must start with ldaps:// or ldap://.';
  if (!parsed.hostname || (parsed.pathname !== '' && parsed.pathname !== '/') || parsed.search)
    return 'Only scheme, host and port: ldaps://dc.example.org:636.';
  if (parsed.protocol === 'ldap:' && !startTls && !isLoopbackHost(parsed.hostname))
    return 'Plain ldap:// would send passwords in the clear: use ldaps:// or switch StartTLS on.';
  return null;
}

export const ldapSettingsSchema = z
  .object({
    enabled: z.boolean(),
    url: z.string().trim().max(500, 'At most 500 characters.'),
    startTls: z.boolean(),
    caPem: z
      .string()
      .trim()
      .max(64 * 1024, 'At most 64 KiB of PEM.')
      .refine((v) => v === '' || v.includes('-----BEGIN CERTIFICATE-----'), 'Paste a PEM certificate.'),
    verifyTls: z.boolean(),
    bindDn: dnText('Service account DN'),
    userBase: dnText('User search base'),
    userFilter: filterText('User filter'),
    loginAttribute: z.enum(loginAttributes, 'Choose the attribute people sign in with.'),
    usernameAttribute: attributeName('User name attribute'),
    emailAttribute: attributeName('E-mail attribute'),
    displayNameAttribute: attributeName('Display name attribute'),
    subjectAttribute: z.enum(subjectAttributes, 'Choose the stable id attribute.'),
    groupSource: z.enum(groupSources, 'Choose how groups are read.'),
    groupBase: z.string().trim().max(1000, 'Group search base: at most 1000 characters.'),
    groupFilter: filterText('Group filter'),
    groupNameAttribute: z.enum(groupNameAttributes, 'Choose what names a group.'),
    disabledFilter: filterText('Disabled filter', true),
    timeoutS: z.coerce
      .number('Timeout: enter whole seconds.')
      .int('Timeout: enter whole seconds.')
      .min(1, 'Timeout: at least 1 second.')
      .max(60, 'Timeout: at most 60 seconds.'),
  })
  .superRefine((v, ctx) => {
    const problem = transportProblem(v.url, v.startTls);
    if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: problem });
    if (v.groupSource === 'search' && !v.groupBase.includes('='))
      ctx.addIssue({ code: 'custom', path: ['groupBase'], message: 'Group search base: enter a DN.' });
  });

export type LdapSettings = z.infer<typeof ldapSettingsSchema>;

/** What authenticate() needs: the settings with the service password unsealed (memory only). */
export type LdapConfig = LdapSettings & { bindPassword: string };

export const ldapDefaults: LdapSettings = {
  enabled: false,
  url: 'ldaps://',
  startTls: false,
  caPem: '',
  verifyTls: true,
  bindDn: '',
  userBase: '',
  userFilter: '(objectClass=person)',
  loginAttribute: 'uid',
  usernameAttribute: 'uid',
  emailAttribute: 'mail',
  displayNameAttribute: 'cn',
  subjectAttribute: 'entryUUID',
  groupSource: 'memberOf',
  groupBase: '',
  groupFilter: '(&(objectClass=groupOfNames)(member={dn}))',
  groupNameAttribute: 'cn',
  disabledFilter: '',
  timeoutS: 10,
};

/** The form's fields as the schema's input; checkboxes are present only when ticked. */
export function ldapSettingsFromForm(f: Form): Record<string, unknown> {
  const text = (k: keyof LdapSettings) => one(f, k);
  return {
    enabled: one(f, 'enabled') === 'on',
    url: text('url'),
    startTls: one(f, 'startTls') === 'on',
    caPem: text('caPem'),
    verifyTls: one(f, 'verifyTls') === 'on',
    bindDn: text('bindDn'),
    userBase: text('userBase'),
    userFilter: text('userFilter'),
    loginAttribute: text('loginAttribute'),
    usernameAttribute: text('usernameAttribute'),
    emailAttribute: text('emailAttribute'),
    displayNameAttribute: text('displayNameAttribute'),
    subjectAttribute: text('subjectAttribute'),
    groupSource: text('groupSource'),
    groupBase: text('groupBase'),
    groupFilter: text('groupFilter'),
    groupNameAttribute: text('groupNameAttribute'),
    disabledFilter: text('disabledFilter'),
    timeoutS: text('timeoutS'),
  };
}

/**
 * The user search: the admin's filter AND an equality match on the login attribute. The typed
 * name is the value of an EqualityFilter, sent as one BER octet string: it never becomes filter
 * syntax, so `*`, `)(` or `\2a` in it match only an entry whose attribute holds those characters.
 */
export function userSearchFilter(
  config: Pick<LdapSettings, 'userFilter' | 'loginAttribute'>,
  username: string,
): Filter {
  return new AndFilter({
    filters: [
      FilterParser.parseString(config.userFilter),
      new EqualityFilter({ attribute: config.loginAttribute, value: username }),
    ],
  });
}

/**
 * An admin's filter template with `{dn}` and `{username}` filled in, each value escaped (RFC 4515):
 * a group CN with parentheses or an asterisk in a user's DN stays a value.
 */
export function fillFilter(template: string, values: { dn: string; username: string }): string {
  return template
    .replaceAll('{dn}', Filter.escape(values.dn))
    .replaceAll('{username}', Filter.escape(values.username));
}

/** The value of the first RDN of a DN (`cn=VD Admins,ou=groups,…` → `VD Admins`), unescaped. */
export function firstRdnValue(dn: string): string {
  let value = '';
  let inValue = false;
  for (let i = 0; i < dn.length; i++) {
    const ch = dn[i]!;
    if (ch === '\\' && i + 1 < dn.length) {
      const hex = dn.slice(i + 1, i + 3);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        value += String.fromCharCode(Number.parseInt(hex, 16));
        i += 2;
      } else value += dn[++i];
      continue;
    }
    if (!inValue) {
      if (ch === '=') inValue = true;
      continue;
    }
    if (ch === ',' || ch === '+') break;
    value += ch;
  }
  return value.trim();
}

/** AD's objectGUID as its usual text form: the first three fields are little-endian. */
export function guidText(bytes: Buffer): string {
  if (bytes.length !== 16) return bytes.toString('hex');
  const h = (from: number, to: number, reverse: boolean) => {
    const part = Buffer.from(bytes.subarray(from, to));
    return (reverse ? part.reverse() : part).toString('hex');
  };
  return [h(0, 4, true), h(4, 6, true), h(6, 8, true), h(8, 10, false), h(10, 16, false)].join('-');
}

/** The ppolicy value an admin sets to lock an account for good (a failure lockout carries a time). */
export const PERMANENT_LOCK = '000001010000Z';
/** Active Directory's userAccountControl flag ACCOUNTDISABLE. */
const AD_ACCOUNT_DISABLED = 0x2;

/**
 * Whether the entry says the account is off: AD's ACCOUNTDISABLE bit, or an administrative
 * ppolicy lock. A lockout after failed passwords is left to the directory, which refuses the
 * bind while it lasts and lifts it when it expires.
 */
export function entryDisabled(attrs: Record<string, string[]>): boolean {
  const uac = Number.parseInt(attrValue(attrs, 'userAccountControl') ?? '', 10);
  if (Number.isFinite(uac) && (uac & AD_ACCOUNT_DISABLED) !== 0) return true;
  return attrValues(attrs, 'pwdAccountLockedTime').includes(PERMANENT_LOCK);
}

/** Attribute names are case-insensitive in LDAP; servers answer in their own spelling. */
export function attrValues(attrs: Record<string, string[]>, name: string): string[] {
  const want = name.toLowerCase();
  for (const [k, v] of Object.entries(attrs)) if (k.toLowerCase() === want) return v;
  return [];
}
export function attrValue(attrs: Record<string, string[]>, name: string): string | undefined {
  return attrValues(attrs, name)[0];
}

/** Attributes the user search asks for: what identity mapping and the disabled check read. */
export function userAttributes(config: LdapSettings): string[] {
  const names = [
    config.usernameAttribute,
    config.emailAttribute,
    config.displayNameAttribute,
    config.loginAttribute,
    'userAccountControl',
    // Operational: returned only when named.
    'pwdAccountLockedTime',
  ];
  if (config.subjectAttribute !== 'dn') names.push(config.subjectAttribute);
  if (config.groupSource === 'memberOf') names.push('memberOf');
  return [...new Set(names)];
}

/** Group names as role mapping reads them: each group's cn, or its full DN. */
export function groupNames(config: Pick<LdapSettings, 'groupNameAttribute'>, dns: string[]): string[] {
  return [...new Set(dns.map((dn) => (config.groupNameAttribute === 'dn' ? dn : firstRdnValue(dn))))];
}
