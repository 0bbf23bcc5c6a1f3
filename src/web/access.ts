import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AuditActor } from '../audit/audit.models.js';
import type { Logger } from '../shared/logger.js';
import type { Role } from '../users/users.table.js';
import { csrfMatches } from './csrf.js';
import { type FormProblem, type FormResult, formProblem, MAX_FORM_BYTES, parseForm } from './form.js';
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

/**
 * Reads a POST body once, here, before the CSRF check and the handler: a body that is not a
 * clean form ends in a 400 or 415 with the reason on the error page and one warn line (the
 * reason, never the body), instead of a parser exception deep in a handler.
 */
export function formReader(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    let result: FormResult;
    try {
      result = await parseForm(
        c.req.header('content-type'),
        c.req.header('content-encoding'),
        await c.req.arrayBuffer(),
      );
    } catch {
      // The body stream itself failed (the client went away mid-request).
      result = { ok: false, problem: formProblem('unreadable') };
    }
    if (!result.ok) return refuseForm(c, logger, result.problem);
    c.set('form', result.form);
    return next();
  };
}

/** Bodies over the limit are refused before anything reads them. */
export function formSizeLimit(logger: Logger): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: MAX_FORM_BYTES,
    onError: (c) => refuseForm(c, logger, formProblem('too_large')),
  });
}

function refuseForm(c: Context<AppEnv>, logger: Logger, problem: FormProblem) {
  logger.warn({ method: c.req.method, path: c.req.path, reason: problem.reason }, 'form refused');
  return renderError(c, problem.status, problem.message);
}

/** Every POST carries the form field `_csrf`; a missing, repeated or foreign token changes nothing. */
export function csrfCheck(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const token = c.get('form')?.get('_csrf');
    if (token?.length !== 1 || !csrfMatches(c.get('csrf'), token[0])) return renderError(c, 403);
    return next();
  };
}

/** The signed-in console user as the actor of what the request changes (routes behind a role). */
export function sessionActor(c: Context<AppEnv>): AuditActor {
  return { kind: 'user', id: c.get('active')!.user.id };
}

/** A form field as one string (the first, if sent twice), at most `max` characters. */
export function field(c: Context<AppEnv>, name: string, max = 10_000): string {
  return (c.get('form')?.get(name)?.[0] ?? '').slice(0, max);
}

/** Every value of a repeated field (a checkbox list), at most `max` of them. */
export function fieldList(c: Context<AppEnv>, name: string, max = 1000): string[] {
  return (c.get('form')?.get(name) ?? []).slice(0, max);
}

/** The whole form as a plain record: one string per field, or the list when a name repeats. */
export function formFields(c: Context<AppEnv>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [k, list] of c.get('form') ?? []) out[k] = list.length === 1 ? list[0]! : [...list];
  return out;
}
