import type { Context, MiddlewareHandler } from 'hono';
import { requestHost } from './host-check.js';
import { renderError } from './render.js';
import { CrossSiteDetail } from './views/refused.js';
import type { AppEnv } from './web.types.js';

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Every request that can change state (anything but GET and HEAD) must come from the console's
 * own pages. Browsers send `Origin` on such requests; it must equal the origin this request was
 * addressed to (scheme as the browser saw it, so a declared TLS proxy's `X-Forwarded-Proto`
 * counts, see requestIsSecure) or VEILDRAFT_PUBLIC_URL (a proxy may rewrite Host). Without
 * `Origin`, `Sec-Fetch-Site` must be same-origin or none (typed by the user), or absent (not a
 * browser, or a very old one); same-site is refused too, as a sibling host is another party.
 * This is a second layer beside the CSRF token, not a replacement: it stops a foreign page
 * before any handler reads the request. (A rebound page is same-origin by name; the Host check
 * stops that one.)
 */
export function originCheck(opts: {
  isSecure: (c: Context) => boolean;
  publicUrl?: string;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    if (origin === undefined) {
      if (site === undefined || site === 'same-origin' || site === 'none') return next();
    } else if (origin === 'null') {
      // An origin the browser masked (a no-referrer policy, a sandboxed frame): only
      // Sec-Fetch-Site, which no policy hides, can still vouch for it.
      if (site === 'same-origin') return next();
    } else {
      const own = `${opts.isSecure(c) ? 'https' : 'http'}://${requestHost(c)}`;
      // Browsers send both in canonical form, so the common case needs no URL parsing.
      if (origin === own || origin === opts.publicUrl) return next();
      const given = originOf(origin);
      if (given !== null && (given === originOf(own) || given === opts.publicUrl)) return next();
    }
    return renderError(c, 403, CrossSiteDetail());
  };
}
