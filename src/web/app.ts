import { Hono } from 'hono';
import type { Logger } from '../shared/logger.js';

export interface Readiness {
  storeOpen: boolean;
  migrationsApplied: boolean;
  workersRunning: boolean;
}

export interface WebDeps {
  logger: Logger;
  readiness: () => Readiness;
}

export function createApp(deps: WebDeps): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
    );
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.get('/readyz', (c) => {
    const r = deps.readiness();
    const ready = r.storeOpen && r.migrationsApplied && r.workersRunning;
    return c.json({ status: ready ? 'ready' : 'not_ready', ...r }, ready ? 200 : 503);
  });

  app.notFound((c) => c.json({ error: 'not_found' }, 404));
  app.onError((err, c) => {
    deps.logger.error({ err, path: c.req.path }, 'request failed');
    return c.json({ error: 'internal_error' }, 500);
  });
  return app;
}
