import type { Context } from 'hono';
import { previewRetention, requestPurgeNow, savePeriods } from '../../retention/retention.usecases.js';
import { formFields, type RouteDef, sessionActor } from '../access.js';
import { render } from '../render.js';
import { RetentionPage } from '../views/privacy-retention.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';

const deps = (ctx: ConsoleContext) => ({
  db: ctx.db,
  auditKey: ctx.keys.audit,
  clock: ctx.clock,
  env: ctx.retention,
});

function page(c: Context<AppEnv>, ctx: ConsoleContext, extra: object = {}, status: 200 | 400 = 200) {
  return render(
    c,
    <RetentionPage
      csrf={c.get('csrf')}
      active={c.get('active')!}
      rows={previewRetention(deps(ctx))}
      hour={ctx.retention.purgeHour ?? null}
      {...extra}
    />,
    status,
  );
}

export const privacyRetentionRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/privacy/retention',
    access: ['admin', 'auditor'],
    handler: (c, ctx) =>
      page(c, ctx, { notice: ({ saved: 'saved', queued: 'queued' } as const)[c.req.query('done') ?? ''] }),
  },
  {
    method: 'POST',
    path: '/privacy/retention',
    access: ['admin'],
    handler: (c, ctx) => {
      const form = formFields(c);
      const result = savePeriods(deps(ctx), sessionActor(c), form);
      if (!result.ok) return page(c, ctx, { errors: { fields: result.errors, form } }, 400);
      return c.redirect('/privacy/retention?done=saved', 303);
    },
  },
  {
    method: 'POST',
    path: '/privacy/retention/purge',
    access: ['admin'],
    handler: (c, ctx) => {
      requestPurgeNow(deps(ctx), c.get('active')!.user.id);
      return c.redirect('/privacy/retention?done=queued', 303);
    },
  },
];
