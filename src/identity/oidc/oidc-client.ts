import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { type AppError, isAppError } from '../../shared/errors.js';
import { isLoopbackHost } from '../../shared/loopback.js';
import type { OidcSettings } from '../signin-settings.models.js';
import { oidcErrors } from './oidc.errors.js';
import type { Claims } from './oidc-claims.models.js';

/**
 * The relying party, on openid-client v6 (a certified implementation): discovery, the
 * authorization code flow with PKCE, state and nonce, and validation of the ID token.
 *
 * openid-client checks the ID token's issuer, audience, expiry and nonce itself. It skips the
 * signature of an ID token that came straight from the token endpoint over TLS (OIDC Core
 * 3.1.3.7 allows that); `enableNonRepudiationChecks` makes it verify the signature against the
 * provider's JWKS anyway, which also refuses `alg: none` and HMAC-signed tokens. Plain HTTP is
 * allowed only for a loopback issuer (a provider on the same host, and the tests).
 */
export interface ProviderAccess {
  settings: OidcSettings;
  clientSecret?: string;
}

const CACHE_MS = 10 * 60_000;

export class ProviderConfigs {
  private readonly cache = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

  /** Discovery once per provider setting for ten minutes; a failed discovery is not kept. */
  get(access: ProviderAccess, now: number): Promise<oidc.Configuration> {
    const key = createHash('sha256')
      .update(JSON.stringify([access.settings.issuer, access.settings.clientId, access.clientSecret ?? '']))
      .digest('hex');
    const hit = this.cache.get(key);
    if (hit && now - hit.at < CACHE_MS && now >= hit.at) return hit.config;
    const config = discover(access);
    config.catch(() => this.cache.delete(key));
    this.cache.set(key, { at: now, config });
    return config;
  }
}

async function discover(access: ProviderAccess): Promise<oidc.Configuration> {
  const issuer = new URL(access.settings.issuer);
  const loopbackHttp = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
  const auth = access.clientSecret ? oidc.ClientSecretPost(access.clientSecret) : oidc.None();
  try {
    return await oidc.discovery(issuer, access.settings.clientId, undefined, auth, {
      execute: [oidc.enableNonRepudiationChecks, ...(loopbackHttp ? [oidc.allowInsecureRequests] : [])],
      timeout: 10,
    });
  } catch (cause) {
    throw oidcErrors.unreachable({ cause });
  }
}

export interface FlowSecrets {
  state: string;
  nonce: string;
  verifier: string;
}

export async function authorizationUrl(
  config: oidc.Configuration,
  input: { redirectUri: string; scopes: string[]; forceLogin: boolean },
): Promise<{ url: URL; secrets: FlowSecrets }> {
  const secrets = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri,
    scope: input.scopes.join(' '),
    code_challenge: await oidc.calculatePKCECodeChallenge(secrets.verifier),
    code_challenge_method: 'S256',
    state: secrets.state,
    nonce: secrets.nonce,
    // A test sign-in may be for another account than the admin's own session at the provider.
    ...(input.forceLogin ? { prompt: 'login' } : {}),
  });
  return { url, secrets };
}

/**
 * Exchanges the code and returns the validated ID token's claims, completed from user info
 * when the token lacks a claim the mapping reads (Keycloak and others can put groups in only
 * one of the two). The ID token's values win.
 */
export async function redeemCode(
  config: oidc.Configuration,
  input: { redirectUri: string; query: URLSearchParams; secrets: FlowSecrets; wanted: string[] },
): Promise<Claims> {
  // The redirect URI sent to the token endpoint must be the one of the authorization request,
  // whatever a proxy made of the URL this request arrived at.
  const callback = new URL(input.redirectUri);
  for (const [k, v] of input.query) callback.searchParams.append(k, v);
  try {
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: input.secrets.verifier,
      expectedState: input.secrets.state,
      expectedNonce: input.secrets.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    let claims: Claims = { ...idClaims };
    const missing = input.wanted.some((c) => !Object.hasOwn(claims, c.split('.')[0]!));
    // Entra's overage pointer means the groups are only in Microsoft Graph, not in user info.
    if (missing && !claims._claim_names && config.serverMetadata().userinfo_endpoint) {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...info, ...claims };
    }
    return claims;
  } catch (e) {
    throw translate(e);
  }
}

function translate(e: unknown): AppError {
  if (isAppError(e)) return e;
  if (e instanceof oidc.AuthorizationResponseError) {
    if (e.error === 'access_denied') return oidcErrors.accessDenied({ cause: e });
    const code = /^[a-z_]{1,60}$/.test(e.error) ? e.error : 'unknown';
    return oidcErrors.providerError(code, { cause: e });
  }
  if (e instanceof oidc.ResponseBodyError) return oidcErrors.codeRefused({ cause: e });
  const code = (e as { code?: unknown } | null)?.code;
  if (e instanceof TypeError && code === undefined) return oidcErrors.unreachable({ cause: e });
  if (code === 'OAUTH_TIMEOUT' || code === 'ECONNREFUSED') return oidcErrors.unreachable({ cause: e });
  return oidcErrors.responseInvalid({ cause: e });
}

/**
 * RP-initiated logout, when the provider offers it. Identified by client_id rather than an
 * id_token_hint: the console does not keep ID tokens (they carry personal data) after sign-in.
 */
export function endSessionUrl(config: oidc.Configuration, postLogoutRedirectUri: string): string | null {
  if (!config.serverMetadata().end_session_endpoint) return null;
  return oidc
    .buildEndSessionUrl(config, {
      post_logout_redirect_uri: postLogoutRedirectUri,
      client_id: config.clientMetadata().client_id,
    })
    .toString();
}
