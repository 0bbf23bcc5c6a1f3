import type { Context } from 'hono';
import { finishOidc, startOidc } from '../../identity/oidc/oidc-signin.usecases.js';
import { saveSigninSettings, signinSettingsView } from '../../identity/signin-settings.usecases.js';
import { listMailboxes } from '../../mailboxes/mailboxes.usecases.js';
import { isAppError } from '../../shared/errors.js';
import { formFields, type RouteDef } from '../access.js';
import { clearCookie, cookieNames, readCookie, writeFlowCookie } from '../cookies.js';
import { render } from '../render.js';
import { ContinuePage } from '../views/signin.js';
import { SigninSettingsPage } from '../views/signin-settings.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';
import { clientAddress, publicBase, signinPage, startSession } from './auth.routes.js';

const admin = ['admin'] as const;
export const CALLBACK_PATH = '/signin/oidc/callback';

/** The redirect URI registered at the provider. */
function redirectUri(c: Context<AppEnv>, ctx: ConsoleContext): string {
  return `${publicBase(c, ctx)}${CALLBACK_PATH}`;
}

function mailboxChoices(ctx: ConsoleContext) {
  return listMailboxes(ctx.db).map((m) => ({ id: m.id, name: m.name }));
}

function settingsPage(c: Context<AppEnv>, ctx: ConsoleContext, extra: object = {}, status: 200 | 400 = 200) {
  return render(
    c,
    <SigninSettingsPage
      csrf={c.get('csrf')}
      active={c.get('active')!}
      view={signinSettingsView(ctx)}
      mailboxes={mailboxChoices(ctx)}
      redirectUri={redirectUri(c, ctx)}
      {...extra}
    />,
    status,
  );
}

/**
 * Sends the browser to the provider, with the flow's id in a cookie of this browser. A page that
 * refreshes to it rather than a redirect: after a form post (the test button), the console's
 * `form-action 'self'` policy would stop a redirect to another origin.
 */
async function toProvider(c: Context<AppEnv>, ctx: ConsoleContext, test?: { adminId: number }) {
  const { flowId, url } = await startOidc(ctx, ctx.oidc, { redirectUri: redirectUri(c, ctx), test });
  const secure = ctx.isSecure(c);
  writeFlowCookie(c, secure, cookieNames(secure).oidcFlow, flowId);
  return test ? render(c, <ContinuePage to={url} />) : c.redirect(url, 303);
}

export const oidcRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/signin/oidc',
    access: 'public',
    handler: async (c, ctx) => {
      try {
        return await toProvider(c, ctx);
      } catch (e) {
        if (!isAppError(e)) throw e;
        return signinPage(c, ctx, { ssoProblem: e.message }, e.status === 500 ? 503 : 400);
      }
    },
  },
  {
    method: 'GET',
    path: CALLBACK_PATH,
    access: 'public',
    handler: async (c, ctx) => {
      const secure = ctx.isSecure(c);
      const names = cookieNames(secure);
      const flowId = readCookie(c, names.oidcFlow);
      clearCookie(c, secure, names.oidcFlow);
      const outcome = await finishOidc(ctx, ctx.oidc, {
        flowId,
        query: new URL(c.req.url).searchParams,
        client: clientAddress(c),
      });
      if (outcome.kind === 'refused') return signinPage(c, ctx, { ssoProblem: outcome.message }, 400);
      if (outcome.kind === 'tested')
        return render(c, <ContinuePage to={`/settings/signin?test=${outcome.resultId}`} />);
      startSession(c, ctx, outcome.sessionId);
      return render(c, <ContinuePage to="/" />);
    },
  },
  {
    method: 'GET',
    path: '/settings/signin',
    access: admin,
    handler: (c, ctx) => {
      const test = c.req.query('test');
      if (!test) return settingsPage(c, ctx);
      const report = ctx.oidc.flows.takeResult(test.slice(0, 64), c.get('active')!.user.id, ctx.clock.now());
      return settingsPage(
        c,
        ctx,
        report
          ? { report }
          : { testProblem: 'the result has expired or was shown already. Run the test again.' },
      );
    },
  },
  {
    method: 'POST',
    path: '/settings/signin/save',
    access: admin,
    handler: (c, ctx) => {
      const form = formFields(c);
      const ids = mailboxChoices(ctx).map((m) => m.id);
      const result = saveSigninSettings(ctx, c.get('active')!.user.id, form, ids);
      if (!result.ok) return settingsPage(c, ctx, { errors: result.errors, form }, 400);
      return settingsPage(c, ctx, { saved: true });
    },
  },
  {
    method: 'POST',
    path: '/settings/signin/test',
    access: admin,
    handler: async (c, ctx) => {
      try {
        return await toProvider(c, ctx, { adminId: c.get('active')!.user.id });
      } catch (e) {
        if (!isAppError(e)) throw e;
        return settingsPage(c, ctx, { testProblem: e.message }, 400);
      }
    },
  },
];
