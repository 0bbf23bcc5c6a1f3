import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ErrorPage } from './views/error.js';
import { TimeDisplayContext } from './views/time.js';
import type { AppEnv } from './web.types.js';

export function render(
  c: Context<AppEnv>,
  page: Child,
  status: ContentfulStatusCode = 200,
): Response | Promise<Response> {
  const display = c.get('display')?.();
  const body = display ? (
    <TimeDisplayContext.Provider value={display}>{page}</TimeDisplayContext.Provider>
  ) : (
    page
  );
  return c.html(html`<!doctype html>${body}`, status);
}

/** Generic error pages: a status and a calm sentence (or `detail` instead), never internals. */
export function renderError(
  c: Context<AppEnv>,
  status: 400 | 403 | 404 | 405 | 409 | 415 | 421 | 429 | 500 | 503,
  detail?: Child,
): Response | Promise<Response> {
  return render(
    c,
    <ErrorPage status={status} active={c.get('active') ?? null} csrf={c.get('csrf')} detail={detail} />,
    status,
  );
}
