import { createPrivateKey, createSign, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error oidc-provider ships no type declarations; the test uses a small, stable part of it.
import Provider from 'oidc-provider';

export interface TestAccount {
  groups: string[];
  email?: string;
}

/** Rewrites the ID token the token endpoint returns: how the test makes the provider misbehave. */
export type IdTokenTamper = (claims: Record<string, unknown>, sign: Signer) => string;
export type Signer = (header: Record<string, unknown>, claims: Record<string, unknown>) => string;

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** Set to make the next token responses carry a rewritten ID token; null for honest answers. */
  tamper: IdTokenTamper | null;
  close(): Promise<void>;
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * A real OpenID provider (oidc-provider 8, certified) on loopback over plain HTTP, with one
 * confidential client for the console and accounts whose groups the test controls. Its
 * development login form accepts any password: the account id is the login name.
 */
export async function startTestProvider(redirectUris: string[], postLogout: string[]): Promise<TestProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const signingKey = createPrivateKey({ key: jwk as never, format: 'jwk' });
  const sign: Signer = (header, claims) => {
    const input = `${b64(header)}.${b64(claims)}`;
    if (header.alg === 'none') return `${input}.`;
    const signature = createSign('RSA-SHA256').update(input).sign(signingKey).toString('base64url');
    return `${input}.${signature}`;
  };

  let handler: (req: never, res: never) => void = () => undefined;
  const server: Server = createServer((req, res) => handler(req as never, res as never));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  const state: TestProvider = {
    issuer,
    clientId: 'veildraft-console',
    clientSecret: 'a client secret of the test provider',
    accounts,
    tamper: null,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: state.clientId,
        client_secret: state.clientSecret,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogout,
        token_endpoint_auth_method: 'client_secret_post',
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [jwk] },
    claims: { openid: ['sub'], profile: ['preferred_username', 'name', 'groups'], email: ['email'] },
    // Claims of the requested scopes in the ID token itself, as Entra ID and Keycloak send them.
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          preferred_username: sub,
          name: `Test ${sub}`,
          groups: account.groups,
          ...(account.email ? { email: account.email } : {}),
        }),
      };
    },
    // SameSite=None cookies need Secure, which plain-HTTP loopback cannot give.
    cookies: { keys: ['test cookie key'], long: { sameSite: 'lax' }, short: { sameSite: 'lax' } },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
  });
  provider.use(async (ctx: { path: string; body: unknown }, next: () => Promise<void>) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && state.tamper && body?.id_token) {
      const claims = JSON.parse(Buffer.from(body.id_token.split('.')[1]!, 'base64url').toString());
      ctx.body = { ...body, id_token: state.tamper(claims, sign) };
    }
  });
  handler = provider.callback();
  return state;
}

/** The ID token re-signed with the provider's own key, with the claims the test chose. */
export const signedWith =
  (change: (claims: Record<string, unknown>) => Record<string, unknown>): IdTokenTamper =>
  (claims, sign) =>
    sign({ alg: 'RS256', typ: 'JWT', kid: 'test-key' }, change(claims));
