import { createPrivateKey, X509Certificate } from 'node:crypto';
import { isLoopbackHost } from '../shared/loopback.js';
import { type OAuthProvider, oauthProviders } from './mailboxes.table.js';
import type { OAuthSettings } from './oauth.models.js';

/** OAuth2 settings as a form or the CLI gives them: flat, every value a string the operator typed. */
export interface OAuthInput {
  oauthProvider?: string;
  oauthTenant?: string;
  oauthClientId?: string;
  oauthTokenUrl?: string;
  oauthScope?: string;
  oauthCertificatePem?: string;
  /** Client secret; a PEM private key (certificate credential); or Google's service-account JSON key. */
  oauthSecret?: string;
}

export type CheckedOAuth =
  | { ok: true; settings: OAuthSettings; secret: string | null }
  | { ok: false; field: keyof OAuthInput | 'username'; message: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const EMAIL = /^[^\s@]{1,64}@[A-Za-z0-9.-]{1,253}$/;
const PRINTABLE = /^[\x21-\x7e]+$/;

function privateKeyOk(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'rsa';
  } catch {
    return false;
  }
}

function certificateOk(pem: string): boolean {
  try {
    new X509Certificate(pem);
    return true;
  } catch {
    return false;
  }
}

/** Google's key file: `{ "type": "service_account", "client_email", "private_key", … }`. */
function serviceAccountKey(text: string): { clientEmail: string; privateKey: string } | null {
  if (!text.trimStart().startsWith('{')) return null;
  try {
    const o = JSON.parse(text) as { type?: unknown; client_email?: unknown; private_key?: unknown };
    if (
      o.type !== 'service_account' ||
      typeof o.client_email !== 'string' ||
      typeof o.private_key !== 'string'
    )
      return null;
    return { clientEmail: o.client_email, privateKey: o.private_key };
  } catch {
    return null;
  }
}

/**
 * Validates OAuth2 settings for a mailbox signing in as `username`. `keepSecret` allows an
 * empty secret (an edit that keeps the stored one); the result's secret is then null.
 * A custom token endpoint must be https; http only to a loopback host, when plaintext to
 * loopback is allowed (the same rule as IMAP without TLS).
 */
export function checkOAuthInput(
  input: OAuthInput,
  username: string,
  opts: { allowPlaintextLoopback: boolean; keepSecret?: boolean },
): CheckedOAuth {
  const fail = (field: keyof OAuthInput | 'username', message: string): CheckedOAuth => ({
    ok: false,
    field,
    message,
  });
  const provider = (input.oauthProvider ?? '').trim() as OAuthProvider;
  if (!oauthProviders.includes(provider))
    return fail('oauthProvider', 'Choose Microsoft 365, Google Workspace or a custom token endpoint.');
  let clientId = (input.oauthClientId ?? '').trim();
  let secret: string | null = input.oauthSecret ?? '';
  const tenant = (input.oauthTenant ?? '').trim();
  const certificatePem = (input.oauthCertificatePem ?? '').trim();
  if (secret.length > 16 * 1024) return fail('oauthSecret', 'The secret or key is too long.');
  if (!secret.trim()) {
    if (!opts.keepSecret) return fail('oauthSecret', 'Enter the client secret or key.');
    secret = null;
  }
  const settings: OAuthSettings = {
    provider,
    tenant: null,
    clientId,
    tokenUrl: null,
    scope: null,
    certificatePem: null,
  };

  if (provider === 'microsoft') {
    if (!GUID.test(tenant) && !DOMAIN.test(tenant))
      return fail('oauthTenant', 'The tenant is its id (a GUID) or a domain like contoso.onmicrosoft.com.');
    if (!GUID.test(clientId))
      return fail('oauthClientId', 'The application (client) id is a GUID, as Entra shows it.');
    if (certificatePem) {
      if (!certificateOk(certificatePem)) return fail('oauthCertificatePem', 'Not a PEM certificate.');
      if (secret !== null && !privateKeyOk(secret))
        return fail('oauthSecret', "With a certificate, enter the certificate's RSA private key (PEM).");
    } else if (secret !== null && (secret.length > 1024 || !PRINTABLE.test(secret)))
      return fail('oauthSecret', 'A client secret is one line of printable characters.');
    return { ok: true, settings: { ...settings, tenant, certificatePem: certificatePem || null }, secret };
  }

  if (provider === 'google') {
    const key = secret === null ? null : serviceAccountKey(secret);
    if (key) {
      clientId ||= key.clientEmail;
      secret = key.privateKey;
    }
    if (!EMAIL.test(clientId))
      return fail(
        'oauthClientId',
        'The service account is its e-mail address (…@….iam.gserviceaccount.com).',
      );
    if (secret !== null && !privateKeyOk(secret))
      return fail('oauthSecret', "Paste the service account's JSON key (or its RSA private key, PEM).");
    if (!EMAIL.test(username))
      return fail('username', 'With Google, the user is the mailbox address the service account acts for.');
    return { ok: true, settings: { ...settings, clientId }, secret };
  }

  let url: URL;
  try {
    url = new URL((input.oauthTokenUrl ?? '').trim());
  } catch {
    return fail('oauthTokenUrl', 'The token endpoint is a URL like https://login.example.org/token.');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (url.username || url.password || url.hash)
    return fail('oauthTokenUrl', 'The token endpoint URL may not carry credentials or a fragment.');
  if (url.protocol !== 'https:') {
    if (url.protocol !== 'http:' || !isLoopbackHost(host))
      return fail(
        'oauthTokenUrl',
        'The token endpoint must use https (http only to a loopback test server).',
      );
    if (!opts.allowPlaintextLoopback)
      return fail(
        'oauthTokenUrl',
        'http is disabled: set VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK=true to allow it for loopback hosts.',
      );
  }
  if (!clientId || clientId.length > 256 || !PRINTABLE.test(clientId))
    return fail('oauthClientId', 'Enter the client id (printable characters, at most 256).');
  if (secret !== null && (secret.length > 1024 || !PRINTABLE.test(secret)))
    return fail('oauthSecret', 'A client secret is one line of printable characters.');
  const scope = (input.oauthScope ?? '').trim();
  if (scope.length > 1000 || (scope && !/^[\x21-\x7e]+( [\x21-\x7e]+)*$/.test(scope)))
    return fail('oauthScope', 'The scope is a space-separated list of printable words.');
  return { ok: true, settings: { ...settings, tokenUrl: url.toString(), scope: scope || null }, secret };
}

export type ResolvedAuth =
  | { method: 'password'; password: string }
  | { method: 'oauth2'; settings: OAuthSettings; secret: string | null };

/** The way of signing in that a mailbox input asks for, validated; a failure names its field. */
export function resolveAuth(
  m: OAuthInput & { authMethod?: string; password?: string; username: string },
  opts: { allowPlaintextLoopback: boolean; keepSecret?: boolean },
): { ok: true; auth: ResolvedAuth } | { ok: false; field: string; message: string } {
  if ((m.authMethod ?? 'password') === 'password') {
    if (!m.password) return { ok: false, field: 'password', message: 'Enter the password.' };
    return { ok: true, auth: { method: 'password', password: m.password } };
  }
  const checked = checkOAuthInput(m, m.username, opts);
  if (!checked.ok) return checked;
  return { ok: true, auth: { method: 'oauth2', settings: checked.settings, secret: checked.secret } };
}

/** The mailbox columns that hold OAuth2 settings (all null for a password mailbox). */
export function oauthColumns(s: OAuthSettings | null) {
  return {
    oauthProvider: s?.provider ?? null,
    oauthTenant: s?.tenant ?? null,
    oauthClientId: s?.clientId ?? null,
    oauthTokenUrl: s?.tokenUrl ?? null,
    oauthScope: s?.scope ?? null,
    oauthCertificatePem: s?.certificatePem ?? null,
  };
}
