import type { MiddlewareHandler } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';
import { renderError } from './render.js';
import type { AppEnv } from './web.types.js';

/**
 * A known path asked with a method it does not take gets 405 with `Allow` (RFC 9110), not 404:
 * the path exists. Paths are matched by Hono's own router, so `/users/:id` here means what it
 * means in the app; HEAD comes with GET, as Hono answers it. Unknown paths pass on (404).
 */
export function methodCheck(routes: readonly { method: string; path: string }[]): MiddlewareHandler<AppEnv> {
  const router = new TrieRouter<string>();
  for (const r of routes) router.add('ALL', r.path, r.method);
  return async (c, next) => {
    const methods = new Set(router.match('ALL', c.req.path)[0].map(([method]) => method));
    if (methods.size === 0) return next();
    if (methods.has('GET')) methods.add('HEAD');
    if (methods.has(c.req.method)) return next();
    c.header('Allow', [...methods].sort().join(', '));
    return renderError(c, 405);
  };
}
