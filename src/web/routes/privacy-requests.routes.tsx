import type { Context } from 'hono';
import { certificateText } from '../../dsr/dsr.models.js';
import {
  certificateOf,
  exportRequest,
  findByEmail,
  listDsrRequests,
  receiveRequest,
  rejectRequest,
  requestErasure,
  requireRequest,
} from '../../dsr/dsr.usecases.js';
import { attempt } from '../../shared/errors.js';
import { field, type RouteDef, sessionActor } from '../access.js';
import { render } from '../render.js';
import { PrivacyRequestsPage, type RequestFormValues } from '../views/privacy-requests.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';

/**
 * Privacy → Requests. Admins log, export, erase and reject. Auditors may read the tracker, find
 * what is held and download certificates: a data-protection officer often holds the auditor role
 * and must be able to check that requests were answered, without changing data.
 */
const admin = ['admin'] as const;
const readers = ['admin', 'auditor'] as const;
const PATH = '/privacy/requests';
// Erasure jobs get the same attempts as every other job; the console has no config, so a fixed one.
const ERASE_ATTEMPTS = 5;

function page(
  c: Context<AppEnv>,
  ctx: ConsoleContext,
  extra: Omit<Parameters<typeof PrivacyRequestsPage>[0], 'csrf' | 'active' | 'requests' | 'now'> = {},
  status: 200 | 400 | 404 | 409 = 200,
) {
  return render(
    c,
    <PrivacyRequestsPage
      csrf={c.get('csrf')}
      active={c.get('active')!}
      requests={listDsrRequests(ctx)}
      now={ctx.clock.now()}
      {...extra}
    />,
    status,
  );
}

function requestId(c: Context<AppEnv>, ctx: ConsoleContext): number {
  const raw = c.req.param('id') ?? '';
  return requireRequest(ctx, /^\d{1,9}$/.test(raw) ? Number(raw) : 0).id;
}

function download(c: Context<AppEnv>, body: string, name: string, type: string) {
  c.header('content-type', `${type}; charset=utf-8`);
  c.header('content-disposition', `attachment; filename="${name}"`);
  c.header('cache-control', 'no-store');
  return c.body(body);
}

/** A use case's refusal (wrong state) shown on the page instead of an error page. */
async function act(c: Context<AppEnv>, ctx: ConsoleContext, run: () => void, done: string) {
  const outcome = await attempt(run);
  return outcome.ok
    ? page(c, ctx, { message: { tone: 'ok', text: done } })
    : page(
        c,
        ctx,
        { message: { tone: 'warn', text: outcome.error.message } },
        outcome.error.status === 500 ? 409 : outcome.error.status,
      );
}

export const privacyRequestRoutes: RouteDef[] = [
  { method: 'GET', path: PATH, access: readers, handler: (c, ctx) => page(c, ctx) },
  {
    method: 'POST',
    path: PATH,
    access: admin,
    handler: async (c, ctx) => {
      const form: RequestFormValues = {
        kind: field(c, 'kind', 20),
        email: field(c, 'email', 300),
        reference: field(c, 'reference', 100),
        receivedOn: field(c, 'receivedOn', 20),
      };
      const outcome = await attempt(() =>
        receiveRequest(
          ctx,
          {
            kind: form.kind as 'access',
            email: form.email!,
            reference: form.reference,
            receivedOn: form.receivedOn,
          },
          sessionActor(c),
        ),
      );
      if (outcome.ok)
        return page(c, ctx, {
          message: { tone: 'ok', text: `Request ${outcome.value.id} logged; due in one month.` },
        });
      const m = outcome.error.message;
      const key = /e-mail/i.test(m)
        ? 'email'
        : /reference/i.test(m)
          ? 'reference'
          : /date/i.test(m)
            ? 'receivedOn'
            : 'kind';
      return page(c, ctx, { form, errors: { [key]: m } }, 400);
    },
  },
  {
    method: 'POST',
    path: `${PATH}/find`,
    access: readers,
    handler: async (c, ctx) => {
      const email = field(c, 'findEmail', 300);
      const outcome = await attempt(() => findByEmail(ctx, email));
      return outcome.ok
        ? page(c, ctx, { findEmail: email, findings: outcome.value })
        : page(c, ctx, { findEmail: email, findErrors: { findEmail: outcome.error.message } }, 400);
    },
  },
  {
    method: 'POST',
    path: `${PATH}/:id/export`,
    access: admin,
    handler: (c, ctx) => {
      const id = requestId(c, ctx);
      const out = exportRequest(ctx, id, sessionActor(c));
      return field(c, 'format', 10) === 'summary'
        ? download(c, out.summary, `request-${id}-summary.txt`, 'text/plain')
        : download(c, out.json, `request-${id}-export.json`, 'application/json');
    },
  },
  {
    method: 'POST',
    path: `${PATH}/:id/erase`,
    access: admin,
    handler: (c, ctx) => {
      const id = requestId(c, ctx);
      if (field(c, 'confirm', 10) !== 'yes')
        return page(
          c,
          ctx,
          { message: { tone: 'warn', text: 'Tick the confirmation to erase this person.' } },
          400,
        );
      return act(
        c,
        ctx,
        () => requestErasure(ctx, id, sessionActor(c), ERASE_ATTEMPTS),
        `Erasure of request ${id} queued; its certificate appears here when done.`,
      );
    },
  },
  {
    method: 'POST',
    path: `${PATH}/:id/reject`,
    access: admin,
    handler: (c, ctx) => {
      const id = requestId(c, ctx);
      return act(c, ctx, () => rejectRequest(ctx, id, sessionActor(c)), `Request ${id} rejected.`);
    },
  },
  {
    method: 'GET',
    path: `${PATH}/:id/certificate`,
    access: readers,
    handler: (c, ctx) => {
      const id = requestId(c, ctx);
      const cert = certificateOf(ctx, id);
      return c.req.query('format') === 'json'
        ? download(
            c,
            `${JSON.stringify(cert, null, 2)}\n`,
            `erasure-certificate-${id}.json`,
            'application/json',
          )
        : download(c, certificateText(cert), `erasure-certificate-${id}.txt`, 'text/plain');
    },
  },
];
