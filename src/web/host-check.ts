import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import { renderError } from './render.js';
import { MisdirectedDetail } from './views/refused.js';
import type { AppEnv } from './web.types.js';

/**
 * The Host the browser addressed. Behind @hono/node-server the request URL is built from the
 * Host header; `app.request` in tests may omit the header, and then the URL is what was asked.
 */
export function requestHost(c: Context): string {
  return c.req.header('host') ?? new URL(c.req.url).host;
}

/** The name in a Host header, lower-case and without port or trailing dot; null when malformed. */
export function hostnameOf(host: string): string | null {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]/\s]+)(?::\d{1,5})?$/i.exec(host);
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : null;
}

/**
 * The host names the console answers to. DNS rebinding works like this: a page on
 * evil.example makes its name resolve to this machine, and its scripts then talk to the console
 * as their own origin. The browser still sends `Host: evil.example`, so accepting only names
 * that no outsider can point here defeats it:
 * - `localhost` and `*.localhost`: reserved (RFC 6761); browsers resolve them to loopback
 *   themselves and no one can publish DNS records for them;
 * - IP address literals (v4, bracketed v6): rebinding needs a DNS *name* whose answer changes;
 *   a browser given an address asks no DNS at all, so an address is always safe to accept;
 * - the names the operator chose: the listen address, the DNS names in the TLS certificate in
 *   use (`*.example` matches one label) and the host of VEILDRAFT_PUBLIC_URL.
 */
export function hostAllowList(names: readonly string[]): (hostname: string) => boolean {
  const exact = new Set(names.map((n) => n.toLowerCase().replace(/\.$/, '')));
  const wildcards = [...exact].filter((n) => n.startsWith('*.')).map((n) => n.slice(1));
  return (name) => {
    if (name === 'localhost' || name.endsWith('.localhost')) return true;
    if (name.startsWith('[') ? isIP(name.slice(1, -1)) === 6 : isIP(name) === 4) return true;
    if (exact.has(name)) return true;
    return wildcards.some((w) => name.endsWith(w) && !name.slice(0, -w.length).includes('.'));
  };
}

/**
 * Answers 421 Misdirected Request, saying which setting admits the name, to any other Host.
 * Registered after /healthz and /readyz (and the static assets), which therefore answer under
 * any name: container probes use the pod IP or a service name, and none of them reveals or
 * changes anything.
 */
export function hostCheck(allowed: (hostname: string) => boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const host = requestHost(c);
    const name = hostnameOf(host);
    if (name !== null && name.length > 0 && allowed(name)) return next();
    return renderError(c, 421, MisdirectedDetail({ host }));
  };
}
