import type { Context } from 'hono';
import { loadLdapView, saveLdapSettings } from '../../identity/ldap/ldap-settings.usecases.js';
import { type LdapTestResult, testLdapSignIn } from '../../identity/ldap/ldap-signin.usecases.js';
import { field, formFields, type RouteDef, sessionActor } from '../access.js';
import { render } from '../render.js';
import { SigninLdapPage } from '../views/signin-ldap.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';
import { clientAddress } from './auth.routes.js';

/** The LDAP section of Settings → Sign-in, with the stored values unless a form is shown again. */
function ldapPage(
  c: Context<AppEnv>,
  ctx: ConsoleContext,
  extra: {
    form?: Record<string, unknown>;
    errors?: Record<string, string>;
    saved?: boolean;
    test?: { username: string; result: LdapTestResult };
  } = {},
  status: 200 | 400 = 200,
) {
  const view = loadLdapView(ctx);
  return render(
    c,
    <SigninLdapPage
      csrf={c.get('csrf')}
      active={c.get('active')!}
      values={extra.form ?? view.settings}
      hasBindPassword={view.hasBindPassword}
      errors={extra.errors}
      saved={extra.saved}
      test={extra.test}
    />,
    status,
  );
}

export const signinLdapRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/settings/signin/ldap',
    access: ['admin'],
    handler: (c, ctx) => ldapPage(c, ctx),
  },
  {
    method: 'POST',
    path: '/settings/signin/ldap',
    access: ['admin'],
    handler: (c, ctx) => {
      const form = formFields(c);
      const result = saveLdapSettings(ctx, c.get('active')!.user.id, form);
      // The typed password is never rendered back.
      const { bindPassword: _, ...shown } = form;
      if (!result.ok) return ldapPage(c, ctx, { form: shown, errors: result.errors }, 400);
      return ldapPage(c, ctx, { saved: true });
    },
  },
  {
    method: 'POST',
    path: '/settings/signin/ldap/test',
    access: ['admin'],
    handler: async (c, ctx) => {
      const username = field(c, 'username', 256);
      const result = await testLdapSignIn(ctx, sessionActor(c), {
        username,
        password: field(c, 'password', 1000),
        client: clientAddress(c),
      });
      return ldapPage(c, ctx, { test: { username, result } }, result.ok ? 200 : 400);
    },
  },
];
