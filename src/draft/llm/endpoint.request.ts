import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

/**
 * HTTP(S) to the `openai` backend's server, connected only to addresses the caller has already
 * checked against the endpoint policy. fetch cannot do this on Node 20: it resolves the name
 * itself (a second lookup that a rebinding name can answer with a public address), follows
 * redirects to hosts nobody checked, and Node bundles its undici without exporting `Agent`, so
 * no pinned dispatcher can be given to it without adding a package. node:http takes a `lookup`
 * per request instead; the URL's host name still goes into the Host header, the TLS SNI and the
 * certificate check, so only the address is pinned.
 */

/** Resolves a host name to every address it has (the policy must see them all). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export const resolveHost: ResolveHost = (hostname) => lookup(hostname, { all: true });

/** A lookup that answers only with the checked addresses, whatever the name. */
function pinnedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    const family = options.family === 4 || options.family === 6 ? options.family : 0;
    const fitting = family ? addresses.filter((a) => a.family === family) : [...addresses];
    const first = fitting[0];
    if (!first) {
      const error = Object.assign(new Error(`no checked IPv${family} address for ${hostname}`), {
        code: 'ENOTFOUND',
      });
      callback(error, '', 0);
      return;
    }
    // Node 20 asks for all addresses when it tries both families (autoSelectFamily).
    if (options.all) callback(null, fitting);
    else callback(null, first.address, first.family);
  };
}

export interface PinnedRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

/**
 * Sends one request to `url`, connecting to one of `addresses` only. No connection pool (a
 * pooled socket could outlive the check it was made for) and no redirects (a redirect is an
 * answer like any other status). Resolves with the response head; its body streams.
 */
export function requestPinned(
  url: URL,
  addresses: readonly LookupAddress[],
  init: PinnedRequest,
): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const req = send({
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: init.method,
      headers: init.headers,
      signal: init.signal,
      agent: false,
      // An IP literal is connected to directly; Node calls no lookup for it.
      ...(isIP(hostname) ? {} : { lookup: pinnedLookup(addresses) }),
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end(init.body);
  });
}
