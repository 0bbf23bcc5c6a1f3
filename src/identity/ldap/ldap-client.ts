import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { Client, type Entry, InvalidCredentialsError, ResultCodeError, SizeLimitExceededError } from 'ldapts';
import type { AppError } from '../../shared/errors.js';
import type { DirectoryIdentity } from '../identity.types.js';
import { normaliseGroup } from '../role-mapping.models.js';
import { ldapErrors } from './ldap.errors.js';
import {
  attrValue,
  entryDisabled,
  fillFilter,
  groupNames,
  guidText,
  type LdapConfig,
  userAttributes,
  userSearchFilter,
} from './ldap.models.js';

/** What the directory said about one person: shown by the sign-in test, mapped at sign-in. */
export interface LdapLookup {
  dn: string;
  attributes: Record<string, string[]>;
  identity: DirectoryIdentity;
}

const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'EPROTO',
]);

/** A failure below LDAP (socket, DNS, TLS) as its stable code, or null for an LDAP answer. */
function transportError(e: unknown): AppError | null {
  if (e instanceof ResultCodeError) return null;
  const err = (e ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  const message = typeof err.message === 'string' ? err.message : '';
  if (
    TLS_CODES.has(code) ||
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    /\bSSL\b|TLS/.test(message)
  )
    return ldapErrors.tlsFailed({ cause: e });
  return ldapErrors.unreachable({ cause: e });
}

function tlsOptions(config: LdapConfig): ConnectionOptions {
  const host = new URL(config.url).hostname.replace(/^\[|\]$/g, '');
  return {
    ca: config.caPem ? [config.caPem] : undefined,
    rejectUnauthorized: config.verifyTls,
    minVersion: 'TLSv1.2',
    host,
    // SNI takes names only; the certificate check uses `host` for an address.
    servername: isIP(host) ? undefined : host,
  };
}

/** Every value as text; objectGUID (asked for as bytes) in its usual GUID form. */
function plainAttributes(entry: Entry): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, raw] of Object.entries(entry)) {
    if (name === 'dn') continue;
    const list = Array.isArray(raw) ? raw : [raw];
    out[name] = list.map((v) =>
      Buffer.isBuffer(v)
        ? name.toLowerCase() === 'objectguid'
          ? guidText(v)
          : v.toString('hex')
        : String(v),
    );
  }
  return out;
}

async function bindService(client: Client, config: LdapConfig): Promise<void> {
  try {
    await client.bind(config.bindDn, config.bindPassword);
  } catch (e) {
    throw transportError(e) ?? ldapErrors.serviceBindFailed({ cause: e });
  }
}

async function search(client: Client, base: string, options: Parameters<Client['search']>[1]) {
  try {
    return (await client.search(base, options)).searchEntries;
  } catch (e) {
    // Only the user search sets a size limit (2): stopping at it means more than one entry matched.
    if (e instanceof SizeLimitExceededError && options?.sizeLimit === 2) throw ldapErrors.ambiguousUser(2);
    throw transportError(e) ?? ldapErrors.searchFailed({ cause: e });
  }
}

async function readGroups(client: Client, config: LdapConfig, entry: Entry, username: string) {
  if (config.groupSource === 'memberOf') {
    const raw = entry.memberOf ?? entry.memberof ?? [];
    return groupNames(config, (Array.isArray(raw) ? raw : [raw]).map(String));
  }
  const found = await search(client, config.groupBase, {
    scope: 'sub',
    filter: fillFilter(config.groupFilter, { dn: entry.dn, username }),
    attributes: config.groupNameAttribute === 'dn' ? ['1.1'] : [config.groupNameAttribute],
  });
  if (config.groupNameAttribute === 'dn')
    return groupNames(
      config,
      found.map((g) => g.dn),
    );
  return [...new Set(found.flatMap((g) => plainAttributes(g).cn ?? []))];
}

/**
 * One LDAP sign-in: bind as the service account, find exactly one entry for the typed name,
 * refuse a disabled one, bind as that entry with the password, read the groups (as the
 * service account again: a user may not read group entries), unbind always. Throws an
 * `ldap.*` error naming the step that failed.
 */
export async function authenticate(
  config: LdapConfig,
  username: string,
  password: string,
): Promise<LdapLookup> {
  // The unauthenticated-bind trap (RFC 4513 §5.1.2): a DN with an empty password "succeeds" on
  // servers that allow it, which would let anyone in as anyone. Refused before any connection.
  if (password === '') throw ldapErrors.badCredentials();
  const name = username.trim();
  if (name === '') throw ldapErrors.userNotFound();
  const secure = config.url.toLowerCase().startsWith('ldaps:');
  const client = new Client({
    url: config.url,
    timeout: config.timeoutS * 1000,
    connectTimeout: config.timeoutS * 1000,
    // Given to the constructor, TLS options make ldapts speak TLS at once; StartTLS takes them later.
    tlsOptions: secure ? tlsOptions(config) : undefined,
  });
  try {
    if (!secure && config.startTls) {
      try {
        await client.startTLS(tlsOptions(config));
      } catch (e) {
        throw transportError(e) ?? ldapErrors.tlsFailed({ cause: e });
      }
    }
    await bindService(client, config);
    const entries = await search(client, config.userBase, {
      scope: 'sub',
      filter: userSearchFilter(config, name),
      attributes: userAttributes(config),
      explicitBufferAttributes: config.subjectAttribute === 'objectGUID' ? ['objectGUID'] : [],
      // Two are enough to know the name is ambiguous.
      sizeLimit: 2,
    });
    if (entries.length === 0) throw ldapErrors.userNotFound();
    if (entries.length > 1) throw ldapErrors.ambiguousUser(entries.length);
    const entry = entries[0]!;
    const attributes = plainAttributes(entry);
    if (entryDisabled(attributes)) throw ldapErrors.userDisabled();
    if (config.disabledFilter) {
      const marked = await search(client, entry.dn, {
        scope: 'base',
        filter: config.disabledFilter,
        attributes: ['1.1'],
      });
      if (marked.length > 0) throw ldapErrors.userDisabled();
    }
    try {
      await client.bind(entry.dn, password);
    } catch (e) {
      if (e instanceof InvalidCredentialsError) throw ldapErrors.badCredentials({ cause: e });
      throw transportError(e) ?? ldapErrors.badCredentials({ cause: e });
    }
    await bindService(client, config);
    const groups = await readGroups(client, config, entry, name);
    const subjectValue =
      config.subjectAttribute === 'dn' ? undefined : attrValue(attributes, config.subjectAttribute);
    const identity: DirectoryIdentity = {
      provider: 'ldap',
      subject: subjectValue ? subjectValue.toLowerCase() : normaliseGroup(entry.dn),
      username: attrValue(attributes, config.usernameAttribute) ?? name,
      email: attrValue(attributes, config.emailAttribute),
      displayName: attrValue(attributes, config.displayNameAttribute),
      groups,
    };
    return { dn: entry.dn, attributes, identity };
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
