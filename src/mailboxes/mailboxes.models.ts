import { isIP } from 'node:net';
import { z } from 'zod';
import { isLoopbackHost } from '../shared/loopback.js';
import type { StepName } from './connection-test.js';
import { mailboxErrors } from './mailboxes.errors.js';
import {
  type MailboxRow,
  type MailboxSecurity,
  mailboxAuthMethods,
  mailboxSecurities,
  type OAuthProvider,
} from './mailboxes.table.js';
import type { OAuthSettings } from './oauth.models.js';

/** The mailbox's own addresses: mail from them is the agents', and they name no agent. */
export function ownAddressesOf(row: Pick<MailboxRow, 'fromAddress' | 'username'>): string[] {
  return [row.fromAddress, row.username].filter((a): a is string => !!a && a.includes('@'));
}

/** How a mailbox signs in, as shown: the OAuth2 settings but never the secret. */
export type MailboxAuthView =
  | { method: 'password' }
  | {
      method: 'oauth2';
      provider: OAuthProvider;
      tenant: string | null;
      clientId: string;
      tokenUrl: string | null;
      scope: string | null;
      certificate: boolean;
    };

/** A mailbox as shown to operators and other modules: never the password. */
export interface MailboxView {
  id: number;
  name: string;
  host: string;
  port: number;
  security: MailboxSecurity;
  username: string;
  auth: MailboxAuthView;
  caPinned: boolean;
  folders: { inbox: string; sent: string | null; drafts: string | null; manual: boolean };
  from: { address: string | null; name: string | null };
  state: MailboxRow['state'];
  lastError: { code: string; at: number } | null;
  draftingEnabled: boolean;
  signature: string | null;
  createdAt: number;
  updatedAt: number;
}

export function toView(row: MailboxRow): MailboxView {
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    auth: authView(row),
    caPinned: Boolean(row.caPem),
    folders: {
      inbox: row.inboxFolder,
      sent: row.sentFolder,
      drafts: row.draftsFolder,
      manual: row.foldersManual,
    },
    from: { address: row.fromAddress, name: row.fromName },
    state: row.state,
    lastError: row.lastErrorCode ? { code: row.lastErrorCode, at: row.lastErrorAt ?? 0 } : null,
    draftingEnabled: row.draftingEnabled,
    signature: row.signature,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The stored OAuth2 settings of an `oauth2` mailbox, or null for a password mailbox. */
export function oauthSettingsOf(row: MailboxRow): OAuthSettings | null {
  if (row.authMethod !== 'oauth2' || !row.oauthProvider) return null;
  return {
    provider: row.oauthProvider,
    tenant: row.oauthTenant,
    clientId: row.oauthClientId ?? '',
    tokenUrl: row.oauthTokenUrl,
    scope: row.oauthScope,
    certificatePem: row.oauthCertificatePem,
  };
}

function authView(row: MailboxRow): MailboxAuthView {
  const s = oauthSettingsOf(row);
  if (!s) return { method: 'password' };
  const { certificatePem, ...rest } = s;
  return { method: 'oauth2', ...rest, certificate: Boolean(certificatePem) };
}

/** How operators read the security setting. */
export const securityLabels: Record<MailboxSecurity, string> = {
  tls: 'TLS',
  starttls: 'STARTTLS',
  none: 'None: plain text, for loopback test servers only',
};

/** The port each security mode usually runs on (IANA: imaps 993, imap 143). */
export const securityPorts: Record<MailboxSecurity, number> = { tls: 993, starttls: 143, none: 143 };

/** "TLS (port 993)": the choice as the add form offers it. */
export function securityChoice(s: MailboxSecurity): string {
  return `${securityLabels[s]} (port ${securityPorts[s]})`;
}

export const mailboxStateLabels: Record<MailboxRow['state'], string> = {
  active: 'Active',
  paused: 'Paused',
  auth_failed: 'Sign-in failed',
  unreachable: 'Unreachable',
  backfilling: 'Reading past mail',
};

/** The connection test's steps, in the words of the console. */
export const connectionStepLabels: Record<StepName, string> = {
  dns: 'Host name',
  tcp: 'Connection',
  tls: 'Encryption (TLS)',
  token: 'OAuth2 token',
  auth: 'Sign-in',
  capabilities: 'Server features',
  folders: 'Folders',
};

/** Why a message was quarantined (the codes of message.parse.ts's quarantineReasons). */
export const quarantineReasonLabels: Record<string, string> = {
  too_large: 'Larger than the size limit',
  header_too_large: 'Header larger than the limit',
  too_many_headers: 'Too many header lines',
  too_deep: 'Parts nested too deeply',
  too_many_parts: 'Too many parts',
  parse_failed: 'Could not be read as MIME',
  parse_timeout: 'Reading it took too long',
};

export function passwordAad(id: number): string {
  return `mailbox:${id}:password`;
}

export function oauthSecretAad(id: number): string {
  return `mailbox:${id}:oauth_secret`;
}

const hostname = z
  .string()
  .min(1)
  .max(253)
  .refine(
    (h) =>
      isIP(h) !== 0 ||
      /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(h),
    'a host name or IP address',
  );

export const mailboxInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[\p{L}\p{N} ._@-]+$/u, 'letters, digits, spaces and . _ @ -'),
  host: hostname,
  port: z.coerce.number().int().min(1).max(65535),
  security: z.enum(mailboxSecurities),
  username: z.string().min(1).max(320),
  authMethod: z.enum(mailboxAuthMethods).optional(),
  /** Required for `password` (the default); ignored for `oauth2`, whose settings are the oauth* fields. */
  password: z.string().max(1024).optional(),
  oauthProvider: z.string().max(20).optional(),
  oauthTenant: z.string().max(300).optional(),
  oauthClientId: z.string().max(400).optional(),
  oauthTokenUrl: z.string().max(2000).optional(),
  oauthScope: z.string().max(1000).optional(),
  oauthCertificatePem: z
    .string()
    .max(64 * 1024)
    .optional(),
  oauthSecret: z
    .string()
    .max(16 * 1024)
    .optional(),
  caPem: z
    .string()
    .regex(/-----BEGIN CERTIFICATE-----/, 'a PEM certificate')
    .max(64 * 1024)
    .optional(),
  fromAddress: z.email().optional(),
  fromName: z.string().max(120).optional(),
  sentFolder: z.string().min(1).max(255).optional(),
  draftsFolder: z.string().min(1).max(255).optional(),
  signature: z.string().max(4000).optional(),
  draftingEnabled: z.boolean().optional(),
});
export type MailboxInput = z.input<typeof mailboxInputSchema>;

/**
 * Plaintext IMAP sends the password in the clear: allowed only to a loopback host (a local
 * relay or a test server) and only when the operator opted in.
 */
export function assertSecurityAllowed(
  security: MailboxSecurity,
  host: string,
  allowPlaintextLoopback: boolean,
): void {
  if (security !== 'none') return;
  if (!isLoopbackHost(host)) {
    throw mailboxErrors.plaintextRemote(host);
  }
  if (!allowPlaintextLoopback) {
    throw mailboxErrors.plaintextDisabled();
  }
}

/** Parses `Support <support@example.org>` or `support@example.org` into address and display name. */
export function parseFromOption(value: string): { address: string; name?: string } {
  const m = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  const address = m ? m[2]! : value.trim();
  const name = m?.[1]?.trim() || undefined;
  if (!z.email().safeParse(address).success) {
    throw mailboxErrors.invalidFrom();
  }
  return name ? { address, name } : { address };
}

/**
 * What a live connection was made with: host, port, security, username, the way of signing in
 * and the seal's random nonce of its secret (it changes with every password or secret update;
 * not secret itself). A connection (or a cached token) whose stamp no longer matches the stored
 * mailbox is replaced.
 */
export function connectionStamp(row: MailboxRow): string {
  const oauth = oauthSettingsOf(row);
  const sealed = oauth ? row.oauthSecretSealed : row.passwordSealed;
  return [
    row.host,
    row.port,
    row.security,
    row.username,
    row.authMethod,
    ...(oauth ? [oauth.provider, oauth.tenant, oauth.clientId, oauth.tokenUrl, oauth.scope] : []),
    (sealed ?? Buffer.alloc(0)).subarray(0, 13).toString('hex'),
  ].join('|');
}
