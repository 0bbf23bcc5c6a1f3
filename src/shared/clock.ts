/** Time source, injected so tests can move it (session expiry, job backoff, retention). */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
