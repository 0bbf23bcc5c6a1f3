import type { Clock } from '../shared/clock.js';
import type { IssuedToken } from './oauth.models.js';

/**
 * Access tokens per mailbox, in memory only: a token lives an hour, and fetching one again after
 * a restart costs one request, so none is ever written to disk. A token is handed out until
 * `margin` before it expires (a connection opened with it must still log in, and the server's
 * clock may run ahead), then replaced. Callers asking at the same time share one request.
 */
export interface CachedToken {
  accessToken: string;
  /** True when this call fetched it: a refusal by the server is then not a stale token. */
  fresh: boolean;
}

interface Entry {
  /** Settings and secret the token was issued for; another stamp means another token. */
  stamp: string;
  token?: IssuedToken;
  pending?: Promise<IssuedToken>;
}

export class TokenCache {
  private readonly entries = new Map<number, Entry>();
  private readonly marginMs: number;

  constructor(private readonly opts: { clock: Clock; marginMs?: number }) {
    this.marginMs = opts.marginMs ?? 5 * 60_000;
  }

  /** When a token is replaced: `margin` early, or halfway through a lifetime shorter than twice that. */
  refreshAt(t: IssuedToken): number {
    const lifetime = t.expiresAt - t.issuedAt;
    return t.expiresAt - Math.min(this.marginMs, lifetime / 2);
  }

  async get(mailboxId: number, stamp: string, fetch: () => Promise<IssuedToken>): Promise<CachedToken> {
    let entry = this.entries.get(mailboxId);
    if (!entry || entry.stamp !== stamp) {
      entry = { stamp };
      this.entries.set(mailboxId, entry);
    }
    const { token } = entry;
    if (token && this.opts.clock.now() < this.refreshAt(token))
      return { accessToken: token.accessToken, fresh: false };
    if (entry.pending) return { accessToken: (await entry.pending).accessToken, fresh: true };
    const current = entry;
    const pending = fetch();
    current.pending = pending;
    try {
      current.token = await pending;
      return { accessToken: current.token.accessToken, fresh: true };
    } catch (e) {
      // A failed fetch is not cached: the caller's backoff decides when to ask again.
      current.token = undefined;
      throw e;
    } finally {
      current.pending = undefined;
    }
  }

  /** Forgets a mailbox's token (the server refused it, or the mailbox changed). */
  invalidate(mailboxId: number): void {
    this.entries.delete(mailboxId);
  }
}
