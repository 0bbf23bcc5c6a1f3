import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../users/users.table.js';
import { csrfMatches } from './csrf.js';
import { renderError } from './render.js';
import type { AppEnv, ConsoleContext } from './web.types.js';

/**
 * Who may call a route: anyone, only during first-run setup, only an enrolment session, any
 * signed-in session, or full sessions of the listed roles. Every console route declares one,
 * and the role test walks this table.
 */
export type Access = 'public' | 'setup' | 'enrol' | 'session' | readonly Role[];

export type Handler = (c: Context<AppEnv>, ctx: ConsoleContext) => Response | Promise<Response>;

export interface RouteDef {
  method: 'GET' | 'POST';
  path: string;
  access: Access;
  handler: Handler;
}

export function guard(access: Access, setupComplete: () => boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const active = c.get('active');
    if (access === 'public') return next();
    if (access === 'setup') return setupComplete() ? c.redirect('/', 303) : next();
    if (access === 'enrol') {
      if (active?.session.stage === 'enrol') return next();
      return c.redirect(active ? '/' : '/signin', 303);
    }
    if (!active) return c.redirect('/signin', 303);
    if (access === 'session') return next();
    if (active.session.stage === 'enrol') return c.redirect('/enrol', 303);
    if (!access.includes(active.user.role)) return renderError(c, 403);
    return next();
  };
}

/** Every POST carries the form field `_csrf`; a missing or foreign token changes nothing. */
export function csrfCheck(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
      return renderError(c, 403);
    const body = await c.req.parseBody({ all: true });
    if (!csrfMatches(c.get('csrf'), body._csrf)) return renderError(c, 403);
    return next();
  };
}

/** A form field as one string (the first, if sent twice), at most `max` characters. */
export async function field(c: Context<AppEnv>, name: string, max = 10_000): Promise<string> {
  const body = await c.req.parseBody({ all: true });
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.slice(0, max) : '';
}

export async function formFields(c: Context<AppEnv>): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    const list = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
    out[k] = list.length === 1 ? list[0]! : list;
  }
  return out;
}
