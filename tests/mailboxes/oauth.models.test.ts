import { createHash, createPublicKey, verify, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildTokenRequest,
  classifyTokenError,
  type OAuthSettings,
  parseTokenResponse,
} from '../../src/mailboxes/oauth.models.js';
import { checkOAuthInput } from '../../src/mailboxes/oauth-settings.models.js';
import { makeCertificate } from '../support/dovecot-setup.js';

const dir = mkdtempSync(join(tmpdir(), 'veildraft-oauth-models-'));
makeCertificate(dir);
const keyPem = readFileSync(join(dir, 'key.pem'), 'utf8');
const certPem = readFileSync(join(dir, 'cert.pem'), 'utf8');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settings = (over: Partial<OAuthSettings>): OAuthSettings => ({
  provider: 'custom',
  tenant: null,
  clientId: 'client',
  tokenUrl: 'https://login.example.org/token',
  scope: null,
  certificatePem: null,
  ...over,
});

/** Header and claims of a JWT whose RS256 signature the certificate's public key verifies. */
function readJwt(jwt: string) {
  const [h, c, sig] = jwt.split('.');
  const ok = verify(
    'sha256',
    Buffer.from(`${h}.${c}`),
    createPublicKey(certPem),
    Buffer.from(sig!, 'base64url'),
  );
  expect(ok).toBe(true);
  const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  return { header: json(h!), claims: json(c!) };
}

describe('token requests per provider', () => {
  const tenant = 'contoso.onmicrosoft.com';
  const clientId = '11111111-2222-3333-4444-555555555555';

  it('Microsoft 365 with a secret: client credentials at the tenant endpoint with the Exchange scope', () => {
    const r = buildTokenRequest(
      settings({ provider: 'microsoft', tenant, clientId }),
      's3cret',
      'support@contoso.com',
      0,
    );
    expect(r.url).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token');
    expect(Object.fromEntries(r.body)).toEqual({
      grant_type: 'client_credentials',
      scope: 'https://outlook.office365.com/.default',
      client_id: clientId,
      client_secret: 's3cret',
    });
  });

  it('Microsoft 365 with a certificate: a signed client assertion naming the certificate by its SHA-1 thumbprint', () => {
    const s = settings({ provider: 'microsoft', tenant, clientId, certificatePem: certPem });
    const r = buildTokenRequest(s, keyPem, 'support@contoso.com', 1_700_000_000_000, 'jti-1');
    expect(r.body.get('client_secret')).toBeNull();
    expect(r.body.get('client_assertion_type')).toBe(
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    );
    const { header, claims } = readJwt(r.body.get('client_assertion')!);
    const thumbprint = createHash('sha1').update(new X509Certificate(certPem).raw).digest('base64url');
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', x5t: thumbprint });
    expect(claims).toMatchObject({
      aud: r.url,
      iss: clientId,
      sub: clientId,
      jti: 'jti-1',
      exp: 1_700_000_600,
    });
  });

  it('Google Workspace: a JWT bearer grant for the mailbox user with the Gmail scope', () => {
    const s = settings({ provider: 'google', clientId: 'sa@proj.iam.gserviceaccount.com' });
    const r = buildTokenRequest(s, keyPem, 'support@example.org', 1_700_000_000_000);
    expect(r.url).toBe('https://oauth2.googleapis.com/token');
    expect(r.body.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const { claims } = readJwt(r.body.get('assertion')!);
    expect(claims).toEqual({
      iss: 'sa@proj.iam.gserviceaccount.com',
      sub: 'support@example.org',
      scope: 'https://mail.google.com/',
      aud: 'https://oauth2.googleapis.com/token',
      iat: 1_700_000_000,
      exp: 1_700_003_600,
    });
  });

  it('custom: HTTP Basic with both parts form-encoded (RFC 6749 2.3.1)', () => {
    const r = buildTokenRequest(settings({ clientId: 'my app', scope: 'imap' }), 'a:b+c', 'u', 0);
    expect(r.headers.authorization).toBe(`Basic ${Buffer.from('my+app:a%3Ab%2Bc').toString('base64')}`);
    expect(Object.fromEntries(r.body)).toEqual({ grant_type: 'client_credentials', scope: 'imap' });
  });
});

describe("what a token endpoint's answer means", () => {
  const where = 'login.example.org';
  it.each([
    [
      401,
      { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' },
      'oauth.client_secret_invalid',
    ],
    [401, { error: 'invalid_client', error_codes: [7000222] }, 'oauth.client_secret_expired'],
    [
      400,
      {
        error: 'invalid_grant',
        error_description: 'AADSTS65001: The user or administrator has not consented',
      },
      'oauth.consent_missing',
    ],
    [
      400,
      {
        error: 'invalid_request',
        error_description:
          'AADSTS500011: The resource principal named https://outlook.office365.com was not found',
      },
      'oauth.consent_missing',
    ],
    [400, { error: 'invalid_request', error_codes: [90002] }, 'oauth.tenant_unknown'],
    [
      400,
      {
        error: 'unauthorized_client',
        error_description: 'Client is unauthorized to retrieve access tokens using this method',
      },
      'oauth.client_unauthorized',
    ],
    [400, { error: 'invalid_grant', error_description: 'Invalid email or User ID' }, 'oauth.grant_invalid'],
    [503, null, 'oauth.endpoint_unreachable'],
    [400, { error: 'something_else' }, 'oauth.endpoint_error'],
  ])('HTTP %i %j is %s', (status, body, code) => {
    expect(classifyTokenError(status, body, where).code).toBe(code);
  });

  it('quotes the provider on one line, without control characters, and cut short', () => {
    const f = classifyTokenError(
      401,
      { error: 'invalid_client', error_description: `bad\u0007 ${'x'.repeat(500)}\r\nTrace ID: 1` },
      where,
    );
    expect(f.message).not.toMatch(/\p{Cc}|Trace ID/u);
    expect(f.message.length).toBeLessThan(500);
  });

  it('accepts a bearer token with expires_in as a string (Entra) and refuses anything else', () => {
    expect(
      parseTokenResponse({ access_token: 'abc', token_type: 'Bearer', expires_in: '3599' }, 1000),
    ).toEqual({
      accessToken: 'abc',
      issuedAt: 1000,
      expiresAt: 1000 + 3_599_000,
    });
    expect(parseTokenResponse({ access_token: 'a\u0001auth=x', token_type: 'Bearer' }, 0)).toBeNull();
    expect(parseTokenResponse({ access_token: 'abc', token_type: 'mac' }, 0)).toBeNull();
    expect(parseTokenResponse({ error: 'x' }, 0)).toBeNull();
  });
});

describe('OAuth2 settings as typed', () => {
  it("takes Google's JSON key: the service account's e-mail and private key", () => {
    const key = JSON.stringify({
      type: 'service_account',
      client_email: 'sa@p.iam.gserviceaccount.com',
      private_key: keyPem,
    });
    const r = checkOAuthInput({ oauthProvider: 'google', oauthSecret: key }, 'support@example.org', {
      allowPlaintextLoopback: false,
    });
    expect(r).toMatchObject({
      ok: true,
      settings: { clientId: 'sa@p.iam.gserviceaccount.com' },
      secret: keyPem,
    });
  });

  it('refuses plain http to a remote token endpoint, and to loopback unless allowed', () => {
    const input = { oauthProvider: 'custom', oauthClientId: 'c', oauthSecret: 's' };
    const remote = checkOAuthInput({ ...input, oauthTokenUrl: 'http://login.example.org/t' }, 'u', {
      allowPlaintextLoopback: true,
    });
    expect(remote).toMatchObject({ ok: false, field: 'oauthTokenUrl' });
    const local = { ...input, oauthTokenUrl: 'http://127.0.0.1:8080/t' };
    expect(checkOAuthInput(local, 'u', { allowPlaintextLoopback: false })).toMatchObject({
      ok: false,
      field: 'oauthTokenUrl',
    });
    expect(checkOAuthInput(local, 'u', { allowPlaintextLoopback: true })).toMatchObject({ ok: true });
  });
});
