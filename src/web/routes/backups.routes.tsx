import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { isAppError } from '../../shared/errors.js';
import { field, formFields, type RouteDef, sessionActor } from '../access.js';
import { render, renderError } from '../render.js';
import { BackupsPage, type BackupsPageProps } from '../views/backups.js';
import { type RestoreChoice, SetupPage, SetupTokenPage } from '../views/setup.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';

type Extra = Pick<BackupsPageProps, 'notice' | 'errors'>;

function backupsPage(
  c: Context<AppEnv>,
  ctx: ConsoleContext,
  extra: Extra = {},
  status: 200 | 400 | 500 = 200,
) {
  const backups = ctx.backups;
  if (!backups) return renderError(c, 404);
  return render(
    c,
    <BackupsPage
      csrf={c.get('csrf')}
      active={c.get('active')!}
      backups={backups.list()}
      settings={backups.settings()}
      folder={backups.places.dir}
      offboxFolder={backups.places.offboxDir}
      {...extra}
    />,
    status,
  );
}

/** A backup's failure shown on the page with its code; anything else goes to app.onError. */
const failure = (e: unknown): Extra => {
  if (!isAppError(e)) throw e;
  return { notice: { tone: 'warn', text: `${e.code}: ${e.message}` } };
};

export const backupRoutes: RouteDef[] = [
  {
    // The first-run wizard's restore (as Immich offers it): the backup is checked now and
    // restored at the next start, by the same restore as `veildraft restore`.
    method: 'POST',
    path: '/setup/restore',
    access: 'setup',
    handler: async (c, ctx) => {
      const setupToken = field(c, 'setupToken', 100);
      if (!ctx.setupTokenMatches(setupToken)) return render(c, <SetupTokenPage wrong />, 403);
      if (!ctx.backups) return renderError(c, 404);
      const name = field(c, 'name', 200);
      let restore: RestoreChoice = { ok: true, name };
      try {
        await ctx.backups.stageRestore(name);
      } catch (e) {
        if (!isAppError(e)) throw e;
        restore = { ok: false, message: `${e.code}: ${e.message}` };
      }
      return render(
        c,
        <SetupPage
          csrf={c.get('csrf')}
          setupToken={setupToken}
          backups={ctx.backups.list()}
          restore={restore}
        />,
        restore.ok ? 200 : 400,
      );
    },
  },
  {
    method: 'GET',
    path: '/privacy/backups',
    access: ['admin'],
    handler: (c, ctx) => backupsPage(c, ctx),
  },
  {
    method: 'POST',
    path: '/privacy/backups/create',
    access: ['admin'],
    handler: async (c, ctx) => {
      if (!ctx.backups) return renderError(c, 404);
      try {
        const { manifest, offboxError } = await ctx.backups.backUpNow(sessionActor(c), 'console');
        const text = `Backup ${manifest.file} made and verified.${offboxError ? ` ${offboxError.message}` : ''}`;
        return backupsPage(c, ctx, { notice: { tone: offboxError ? 'warn' : 'ok', text } });
      } catch (e) {
        return backupsPage(c, ctx, failure(e), 500);
      }
    },
  },
  {
    method: 'POST',
    path: '/privacy/backups/verify',
    access: ['admin'],
    handler: async (c, ctx) => {
      if (!ctx.backups) return renderError(c, 404);
      const name = field(c, 'name', 200);
      try {
        const result = await ctx.backups.verify(sessionActor(c), name);
        if (result.ok)
          return backupsPage(c, ctx, { notice: { tone: 'ok', text: `${name} verified: it is good.` } });
        return backupsPage(c, ctx, failure(result.error), 400);
      } catch (e) {
        return backupsPage(c, ctx, failure(e), 400);
      }
    },
  },
  {
    method: 'POST',
    path: '/privacy/backups/settings',
    access: ['admin'],
    handler: (c, ctx) => {
      if (!ctx.backups) return renderError(c, 404);
      const form = formFields(c);
      const result = ctx.backups.saveSettings(sessionActor(c), form);
      if (!result.ok) return backupsPage(c, ctx, { errors: { fields: result.errors, form } }, 400);
      return backupsPage(c, ctx, { notice: { tone: 'ok', text: 'Saved: backup schedule.' } });
    },
  },
  {
    method: 'GET',
    path: '/privacy/backups/download/:name',
    access: ['admin'],
    handler: (c, ctx) => {
      if (!ctx.backups) return renderError(c, 404);
      const file = ctx.backups.download(sessionActor(c), c.req.param('name') ?? '');
      // Still encrypted with the database key: useless without the master key.
      return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': String(statSync(file).size),
          'content-disposition': `attachment; filename="${c.req.param('name')}"`,
        },
      });
    },
  },
];
