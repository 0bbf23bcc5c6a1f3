import { isSectionName, sections } from '../../settings/settings.models.js';
import { loadSettings, saveSection } from '../../settings/settings.usecases.js';
import { formFields, type RouteDef } from '../access.js';
import { render, renderError } from '../render.js';
import { SettingsPage } from '../views/settings.js';

export const settingsRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/settings',
    access: ['admin'],
    handler: (c, ctx) =>
      render(
        c,
        <SettingsPage
          csrf={c.get('csrf')}
          active={c.get('active')!}
          values={loadSettings(ctx)}
          features={ctx.features()}
        />,
      ),
  },
  {
    method: 'POST',
    path: '/settings/:section',
    access: ['admin'],
    handler: async (c, ctx) => {
      const section = c.req.param('section') ?? '';
      if (!isSectionName(section)) return renderError(c, 404);
      const form = await formFields(c);
      const result = saveSection(ctx, c.get('active')!.user.id, section, form);
      const page = (extra: object, status: 200 | 400) =>
        render(
          c,
          <SettingsPage
            csrf={c.get('csrf')}
            active={c.get('active')!}
            values={loadSettings(ctx)}
            features={ctx.features()}
            {...extra}
          />,
          status,
        );
      if (!result.ok) return page({ errors: { section, fields: result.errors, form } }, 400);
      return page({ saved: sections[section].title.toLowerCase() }, 200);
    },
  },
];
