import type { DataKeys } from '../keys/subkeys.js';
import type { Clock } from '../shared/clock.js';
import { unseal } from '../shared/crypto.js';
import { connectionStamp, oauthSecretAad, oauthSettingsOf } from './mailboxes.models.js';
import type { MailboxRow } from './mailboxes.table.js';
import { oauthErrors } from './oauth.errors.js';
import {
  buildTokenRequest,
  classifyTokenError,
  type IssuedToken,
  type OAuthSettings,
  oauthFailure,
  parseTokenResponse,
} from './oauth.models.js';
import { type CachedToken, TokenCache } from './oauth-token-cache.js';

export type Fetch = typeof globalThis.fetch;

/**
 * One token request to the provider: the only HTTP Veildraft makes for a mailbox. Neither the
 * secret nor the token is logged or put in an error; a failure is an `oauth.*` error whose
 * message names the endpoint's host and the provider's own error code.
 */
export async function requestToken(
  settings: OAuthSettings,
  secret: string,
  user: string,
  opts: { now: () => number; timeoutMs: number; fetch?: Fetch },
): Promise<IssuedToken> {
  const req = buildTokenRequest(settings, secret, user, opts.now());
  const where = new URL(req.url).host;
  let res: Response;
  let json: unknown;
  try {
    res = await (opts.fetch ?? globalThis.fetch)(req.url, {
      method: 'POST',
      headers: req.headers,
      body: req.body,
      redirect: 'error',
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    json = await res.json().catch(() => null);
  } catch (cause) {
    const code = (cause as { cause?: { code?: unknown } })?.cause?.code;
    const detail = typeof code === 'string' ? code : (cause as Error)?.name;
    throw oauthErrors.failed(oauthFailure('oauth.endpoint_unreachable', where, detail), { cause });
  }
  if (!res.ok) throw oauthErrors.failed(classifyTokenError(res.status, json, where));
  const token = parseTokenResponse(json, opts.now());
  if (!token) throw oauthErrors.failed(oauthFailure('oauth.endpoint_error', where, 'no bearer access_token'));
  return token;
}

/** The process's OAuth2 tokens for stored mailboxes (one cache, shared by sync and the jobs). */
export interface MailboxTokens {
  token(row: MailboxRow, keys: Pick<DataKeys, 'secrets'>): Promise<CachedToken>;
  invalidate(mailboxId: number): void;
}

export function createMailboxTokens(opts: {
  clock: Clock;
  timeoutMs: number;
  fetch?: Fetch;
  marginMs?: number;
}): MailboxTokens {
  const cache = new TokenCache({ clock: opts.clock, marginMs: opts.marginMs });
  return {
    token(row, keys) {
      const settings = oauthSettingsOf(row);
      if (!settings || !row.oauthSecretSealed)
        throw new TypeError(`mailbox ${row.id} has no OAuth2 settings`);
      const sealed = row.oauthSecretSealed;
      return cache.get(row.id, connectionStamp(row), () => {
        const secret = unseal(keys.secrets, sealed, oauthSecretAad(row.id)).toString('utf8');
        return requestToken(settings, secret, row.username, {
          now: () => opts.clock.now(),
          timeoutMs: opts.timeoutMs,
          fetch: opts.fetch,
        });
      });
    },
    invalidate: (id) => cache.invalidate(id),
  };
}
