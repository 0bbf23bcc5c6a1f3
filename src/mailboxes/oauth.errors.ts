import { createErrorFactory } from '../shared/errors.js';

/**
 * Why an OAuth2 mailbox could not sign in (`oauth.*`), from the token endpoint's answer or the
 * IMAP server's refusal of the token. They are connection failures like `mail.*`: jobs wait
 * for the mailbox, and the sync loop backs off by `oauthWaitsForOperator`.
 */
export const oauthFailureCodes = [
  /** invalid_client, AADSTS7000215: the client secret (or certificate) is wrong. */
  'oauth.client_secret_invalid',
  /** AADSTS7000222: the client secret expired in Entra. */
  'oauth.client_secret_expired',
  /** AADSTS700016: no such application in the tenant. */
  'oauth.client_unknown',
  /** AADSTS90002: no such tenant. */
  'oauth.tenant_unknown',
  /** AADSTS65001, AADSTS500011, AADSTS7000229, AADSTS50105: admin consent or the permission is missing. */
  'oauth.consent_missing',
  /** unauthorized_client: e.g. Google domain-wide delegation not granted for this client and scope. */
  'oauth.client_unauthorized',
  /** invalid_grant: e.g. Google's `sub` user unknown, or a signed assertion refused (clock?). */
  'oauth.grant_invalid',
  'oauth.scope_invalid',
  /** The IMAP server refused a freshly issued token (mailbox permission, wrong user, revoked). */
  'oauth.token_rejected',
  /** Network error, timeout or a 5xx from the token endpoint: retried like an unreachable server. */
  'oauth.endpoint_unreachable',
  /** An answer that is not an OAuth token response. */
  'oauth.endpoint_error',
] as const;
export type OAuthFailureCode = (typeof oauthFailureCodes)[number];

const transient: ReadonlySet<string> = new Set<OAuthFailureCode>([
  'oauth.endpoint_unreachable',
  'oauth.endpoint_error',
]);

/**
 * True for the codes only an operator can fix (a wrong secret, missing consent): they back off
 * like a wrong password, so a broken app registration does not hammer the token endpoint.
 */
export function oauthWaitsForOperator(code: unknown): boolean {
  return (
    typeof code === 'string' &&
    (oauthFailureCodes as readonly string[]).includes(code) &&
    !transient.has(code)
  );
}

export interface OAuthFailure {
  code: OAuthFailureCode;
  message: string;
}

export const oauthErrors = {
  /** A token could not be had, or the server refused it; the message says what to fix. */
  failed: createErrorFactory({
    code: (f: OAuthFailure) => f.code,
    message: (f) => f.message,
  }),
};
