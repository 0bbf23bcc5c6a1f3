import { describe, expect, it } from 'vitest';
import type { IssuedToken } from '../../src/mailboxes/oauth.models.js';
import { TokenCache } from '../../src/mailboxes/oauth-token-cache.js';

/** The token cache with a clock the test moves: no sleeping, no network. */
function setup(marginMs = 5 * 60_000) {
  let now = 1_000_000;
  const clock = { now: () => now };
  let fetches = 0;
  let lifetimeMs = 3_600_000;
  let release: (() => void) | undefined;
  const gate = { hold: false };
  const fetch = async (): Promise<IssuedToken> => {
    fetches++;
    const n = fetches;
    if (gate.hold) await new Promise<void>((r) => (release = r));
    return { accessToken: `token-${n}`, issuedAt: now, expiresAt: now + lifetimeMs };
  };
  return {
    cache: new TokenCache({ clock, marginMs }),
    fetch,
    advance: (ms: number) => (now += ms),
    fetches: () => fetches,
    setLifetime: (ms: number) => (lifetimeMs = ms),
    gate,
    release: () => release?.(),
  };
}

describe('the OAuth2 token cache', () => {
  it('hands out the cached token until the margin before expiry, then fetches a new one', async () => {
    const t = setup();
    expect(await t.cache.get(1, 's', t.fetch)).toEqual({ accessToken: 'token-1', fresh: true });
    t.advance(54 * 60_000);
    expect(await t.cache.get(1, 's', t.fetch)).toEqual({ accessToken: 'token-1', fresh: false });
    // 55 minutes into an hour's token: inside the 5-minute margin, so it is replaced.
    t.advance(60_000);
    expect(await t.cache.get(1, 's', t.fetch)).toEqual({ accessToken: 'token-2', fresh: true });
    expect(t.fetches()).toBe(2);
  });

  it('refreshes a token shorter-lived than twice the margin halfway through its life', async () => {
    const t = setup();
    t.setLifetime(4_000);
    await t.cache.get(1, 's', t.fetch);
    t.advance(1_999);
    expect((await t.cache.get(1, 's', t.fetch)).accessToken).toBe('token-1');
    t.advance(1);
    expect((await t.cache.get(1, 's', t.fetch)).accessToken).toBe('token-2');
  });

  it('makes one request for callers asking at the same time, and all of them get its token', async () => {
    const t = setup();
    t.gate.hold = true;
    const callers = Array.from({ length: 5 }, () => t.cache.get(1, 's', t.fetch));
    await Promise.resolve();
    t.release();
    const got = await Promise.all(callers);
    expect(t.fetches()).toBe(1);
    expect(new Set(got.map((g) => g.accessToken))).toEqual(new Set(['token-1']));
  });

  it('does not keep a failed fetch: the next call asks again, and concurrent callers share the failure', async () => {
    const t = setup();
    let fail = true;
    const flaky = async () => {
      if (fail) throw new Error('endpoint down');
      return t.fetch();
    };
    const both = await Promise.allSettled([t.cache.get(1, 's', flaky), t.cache.get(1, 's', flaky)]);
    expect(both.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect((await t.cache.get(1, 's', flaky)).accessToken).toBe('token-1');
  });

  it('fetches again when the mailbox settings changed or the token was invalidated, per mailbox', async () => {
    const t = setup();
    await t.cache.get(1, 'a', t.fetch);
    await t.cache.get(2, 'a', t.fetch);
    expect((await t.cache.get(1, 'b', t.fetch)).accessToken).toBe('token-3');
    t.cache.invalidate(1);
    expect((await t.cache.get(1, 'b', t.fetch)).accessToken).toBe('token-4');
    expect(await t.cache.get(2, 'a', t.fetch)).toEqual({ accessToken: 'token-2', fresh: false });
  });
});
