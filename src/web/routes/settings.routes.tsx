import type { Context } from 'hono';
import { modelsOverviewView } from '../../model-files/models-overview.usecases.js';
import { isSectionName, sections } from '../../settings/settings.models.js';
import { loadSettingsWithSources, saveSection } from '../../settings/settings.usecases.js';
import { formFields, type RouteDef } from '../access.js';
import { render, renderError } from '../render.js';
import { SettingsPage } from '../views/settings.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';

/** The page with the stored values, plus a save message or the form that failed. */
async function settingsPage(
  c: Context<AppEnv>,
  ctx: ConsoleContext,
  extra: object = {},
  status: 200 | 400 = 200,
) {
  const { values, sources } = loadSettingsWithSources(ctx, ctx.settingsFromEnvironment);
  const models = await modelsOverviewView(ctx);
  return render(
    c,
    <SettingsPage
      csrf={c.get('csrf')}
      active={c.get('active')!}
      values={values}
      sources={sources}
      features={ctx.features()}
      models={models}
      {...extra}
    />,
    status,
  );
}

export const settingsRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/settings',
    access: ['admin'],
    handler: (c, ctx) => settingsPage(c, ctx),
  },
  {
    method: 'POST',
    path: '/settings/:section',
    access: ['admin'],
    handler: async (c, ctx) => {
      const section = c.req.param('section') ?? '';
      if (!isSectionName(section)) return renderError(c, 404);
      const form = formFields(c);
      const result = saveSection(ctx, c.get('active')!.user.id, section, form);
      if (!result.ok) return settingsPage(c, ctx, { errors: { section, fields: result.errors, form } }, 400);
      return settingsPage(c, ctx, { saved: sections[section].title.toLowerCase() });
    },
  },
];
