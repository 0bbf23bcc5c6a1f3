import { createHash, createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto';
import type { OAuthProvider } from './mailboxes.table.js';
import type { OAuthFailure } from './oauth.errors.js';

/**
 * OAuth2 for IMAP, without I/O: where each provider's token endpoint is, the token request it
 * expects, and what its error answers mean. Microsoft 365 uses the client-credentials grant of
 * an Entra app (secret or certificate); Google Workspace a service account's signed JWT with
 * domain-wide delegation (`sub` = the mailbox user); `custom` the client-credentials grant
 * against a configured URL.
 */

export interface OAuthSettings {
  provider: OAuthProvider;
  tenant: string | null;
  clientId: string;
  tokenUrl: string | null;
  scope: string | null;
  certificatePem: string | null;
}

export const providerLabels: Record<OAuthProvider, string> = {
  microsoft: 'Microsoft 365 (Entra app, client credentials)',
  google: 'Google Workspace (service account, domain-wide delegation)',
  custom: 'Custom token endpoint (client credentials)',
};

export const MICROSOFT_SCOPE = 'https://outlook.office365.com/.default';
export const GOOGLE_SCOPE = 'https://mail.google.com/';
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/** The one network peer OAuth2 adds, per provider. */
export function tokenEndpoint(s: OAuthSettings): string {
  if (s.provider === 'microsoft')
    return `https://login.microsoftonline.com/${encodeURIComponent(s.tenant ?? '')}/oauth2/v2.0/token`;
  if (s.provider === 'google') return GOOGLE_TOKEN_URL;
  return s.tokenUrl ?? '';
}

export function tokenScope(s: OAuthSettings): string | null {
  if (s.provider === 'microsoft') return MICROSOFT_SCOPE;
  if (s.provider === 'google') return GOOGLE_SCOPE;
  return s.scope;
}

export interface TokenRequest {
  url: string;
  headers: Record<string, string>;
  body: URLSearchParams;
}

const b64url = (v: Buffer | string) => Buffer.from(v).toString('base64url');

/** A compact RS256 JWT (RFC 7519), signed with a PEM private key. */
export function signJwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  privateKeyPem: string,
): string {
  const input = `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', ...header }))}.${b64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), createPrivateKey(privateKeyPem));
  return `${input}.${b64url(signature)}`;
}

/**
 * The token request for a mailbox. `secret` is the client secret, or the PEM private key for
 * a certificate credential (microsoft) and a service account (google). `nowMs` and `jti` are
 * arguments so the request is reproducible in tests.
 */
export function buildTokenRequest(
  s: OAuthSettings,
  secret: string,
  user: string,
  nowMs: number,
  jti: string = randomUUID(),
): TokenRequest {
  const url = tokenEndpoint(s);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  const iat = Math.floor(nowMs / 1000);
  if (s.provider === 'google') {
    const assertion = signJwt(
      {},
      { iss: s.clientId, sub: user, scope: GOOGLE_SCOPE, aud: url, iat, exp: iat + 3600 },
      secret,
    );
    const body = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion,
    });
    return { url, headers, body };
  }
  const body = new URLSearchParams({ grant_type: 'client_credentials' });
  const scope = tokenScope(s);
  if (scope) body.set('scope', scope);
  if (s.provider === 'microsoft') {
    body.set('client_id', s.clientId);
    if (s.certificatePem) {
      // Entra's certificate credential: a JWT naming the certificate by its SHA-1 thumbprint.
      const x5t = b64url(createHash('sha1').update(new X509Certificate(s.certificatePem).raw).digest());
      const claims = { aud: url, iss: s.clientId, sub: s.clientId, jti, nbf: iat, iat, exp: iat + 600 };
      body.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      body.set('client_assertion', signJwt({ x5t }, claims, secret));
    } else body.set('client_secret', secret);
    return { url, headers, body };
  }
  // RFC 6749 2.3.1: HTTP Basic, which every server must support, with both parts form-encoded.
  const basic = `${formEncode(s.clientId)}:${formEncode(secret)}`;
  headers.authorization = `Basic ${Buffer.from(basic).toString('base64')}`;
  return { url, headers, body };
}

function formEncode(v: string): string {
  return new URLSearchParams({ v }).toString().slice(2);
}

export interface IssuedToken {
  accessToken: string;
  /** Epoch ms. */
  issuedAt: number;
  expiresAt: number;
}

/** Entra answers with `expires_in` as a string; a missing one is taken as the common hour. */
export function parseTokenResponse(json: unknown, nowMs: number): IssuedToken | null {
  const o = (json ?? {}) as { access_token?: unknown; expires_in?: unknown; token_type?: unknown };
  // A token goes into a SASL field framed by \x01: anything but visible ASCII is refused.
  if (typeof o.access_token !== 'string' || !/^[\x21-\x7e]+$/.test(o.access_token)) return null;
  if (typeof o.token_type === 'string' && o.token_type.toLowerCase() !== 'bearer') return null;
  const seconds = Number(o.expires_in ?? 3600);
  const lifetime = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 86_400) : 3600;
  return { accessToken: o.access_token, issuedAt: nowMs, expiresAt: nowMs + lifetime * 1000 };
}

/** AADSTS codes that say more than the OAuth error beside them (learn.microsoft.com, "AADSTS error codes"). */
const aadsts: Record<string, OAuthFailure['code']> = {
  '7000215': 'oauth.client_secret_invalid',
  '7000216': 'oauth.client_secret_invalid',
  '700027': 'oauth.client_secret_invalid',
  '7000222': 'oauth.client_secret_expired',
  '700016': 'oauth.client_unknown',
  '90002': 'oauth.tenant_unknown',
  '900023': 'oauth.tenant_unknown',
  '65001': 'oauth.consent_missing',
  '500011': 'oauth.consent_missing',
  '7000229': 'oauth.consent_missing',
  '50105': 'oauth.consent_missing',
  '70011': 'oauth.scope_invalid',
};

const advice: Record<OAuthFailure['code'], string> = {
  'oauth.client_secret_invalid': 'The client secret (or certificate) was refused: enter the current one.',
  'oauth.client_secret_expired': 'The client secret has expired: create a new one in the app registration.',
  'oauth.client_unknown': 'No application with this client id exists in the tenant: check the client id.',
  'oauth.tenant_unknown': 'The tenant was not found: check the tenant id or domain.',
  'oauth.consent_missing':
    'The app lacks admin consent for IMAP.AccessAsApp (or its service principal): grant admin consent in Entra.',
  'oauth.client_unauthorized':
    'This client may not use this grant or scope: for Google, allow the service account domain-wide delegation with scope https://mail.google.com/.',
  'oauth.grant_invalid':
    'The grant was refused: check the mailbox user (it must exist in the domain) and the server clock.',
  'oauth.scope_invalid': 'The scope was refused by the token endpoint.',
  'oauth.token_rejected':
    'The mail server refused the access token: the app may lack permission for this mailbox (Exchange: New-ServicePrincipal and Add-MailboxPermission).',
  'oauth.endpoint_unreachable': 'The token endpoint could not be reached.',
  'oauth.endpoint_error': 'The token endpoint did not answer with an access token.',
};

export function oauthFailure(code: OAuthFailure['code'], where: string, detail?: string): OAuthFailure {
  return { code, message: `${advice[code]} (${where}${detail ? `: ${detail}` : ''})` };
}

/** What an error answer of a token endpoint means (RFC 6749 5.2, plus Entra's AADSTS codes). */
export function classifyTokenError(status: number, json: unknown, where: string): OAuthFailure {
  const o = (json ?? {}) as { error?: unknown; error_description?: unknown; error_codes?: unknown };
  const error = typeof o.error === 'string' ? o.error : '';
  const description = typeof o.error_description === 'string' ? o.error_description : '';
  const codes = [
    ...(Array.isArray(o.error_codes) ? o.error_codes.map(String) : []),
    ...[...description.matchAll(/AADSTS(\d+)/g)].map((m) => m[1]!),
  ];
  // The provider's own words, cut short and without control characters (they go to the console).
  const detail = `${error || `HTTP ${status}`}${description ? ` ${description.split(/\r?\n/)[0]}` : ''}`
    .replace(/\p{Cc}/gu, ' ')
    .slice(0, 240);
  const known = codes.map((c) => aadsts[c]).find(Boolean);
  if (known) return oauthFailure(known, where, detail);
  if (status >= 500 || status === 429) return oauthFailure('oauth.endpoint_unreachable', where, detail);
  const byError: Record<string, OAuthFailure['code']> = {
    invalid_client: 'oauth.client_secret_invalid',
    unauthorized_client: 'oauth.client_unauthorized',
    invalid_grant: 'oauth.grant_invalid',
    invalid_scope: 'oauth.scope_invalid',
    consent_required: 'oauth.consent_missing',
    access_denied: 'oauth.consent_missing',
  };
  if (byError[error]) return oauthFailure(byError[error], where, detail);
  if (status === 401) return oauthFailure('oauth.client_secret_invalid', where, detail);
  return oauthFailure('oauth.endpoint_error', where, detail);
}
