import type { Context } from 'hono';
import { confirmEnrolment, enrolmentView } from '../../auth/enrol.usecases.js';
import { createFirstAdmin, setupComplete } from '../../auth/setup.usecases.js';
import { signInWithPassword } from '../../identity/ldap/ldap-signin.usecases.js';
import { oidcButton, oidcSignOutUrl } from '../../identity/oidc/oidc-signin.usecases.js';
import { loadSigninPolicy } from '../../identity/signin-settings.usecases.js';
import { signOut } from '../../sessions/sessions.usecases.js';
import { hmacHex } from '../../shared/crypto.js';
import { field, type RouteDef } from '../access.js';
import { clearCookie, cookieNames, writeCookie } from '../cookies.js';
import { render, renderError } from '../render.js';
import { EnrolPage, RecoveryCodesPage } from '../views/enrol.js';
import { SetupPage, SetupTokenPage } from '../views/setup.js';
import { ContinuePage, SigninPage } from '../views/signin.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';

/**
 * The console's own address: VEILDRAFT_PUBLIC_URL when set (a proxy may rewrite the Host),
 * else the address this request came to, which the Host check admitted.
 */
export function publicBase(c: Context<AppEnv>, ctx: ConsoleContext): string {
  return ctx.publicUrl ?? `${ctx.isSecure(c) ? 'https' : 'http'}://${new URL(c.req.url).host}`;
}

/** The sign-in page, with single sign-on's button when a provider is set up. */
export function signinPage(
  c: Context<AppEnv>,
  ctx: ConsoleContext,
  extra: Omit<Parameters<typeof SigninPage>[0], 'csrf'> = {},
  status: 200 | 400 | 401 | 403 | 429 | 503 = 200,
) {
  const page = (
    <SigninPage
      csrf={c.get('csrf')}
      sso={oidcButton(ctx)}
      localRestricted={loadSigninPolicy(ctx.db).restrictLocal}
      {...extra}
    />
  );
  return render(c, page, status);
}

/** A new session id at every privilege change; the pre-session cookie is no longer needed. */
export function startSession(c: Context<AppEnv>, ctx: ConsoleContext, sessionId: string): string {
  const secure = ctx.isSecure(c);
  const names = cookieNames(secure);
  writeCookie(c, secure, names.session, sessionId);
  clearCookie(c, secure, names.pre);
  return hmacHex(ctx.csrfKey, `session:${sessionId}`);
}

/** The client's socket address. Forwarded headers are not trusted: they are set by the client. */
export function clientAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export const authRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/setup',
    access: 'setup',
    handler: (c, ctx) => {
      const token = c.req.query('token');
      if (!ctx.setupTokenMatches(token))
        return render(c, <SetupTokenPage wrong={token !== undefined} />, token === undefined ? 200 : 403);
      return render(c, <SetupPage csrf={c.get('csrf')} setupToken={token!} backups={ctx.backups?.list()} />);
    },
  },
  {
    method: 'POST',
    path: '/setup/admin',
    access: 'setup',
    handler: async (c, ctx) => {
      const setupToken = field(c, 'setupToken', 100);
      if (!ctx.setupTokenMatches(setupToken)) return render(c, <SetupTokenPage wrong />, 403);
      const username = field(c, 'username', 200);
      const result = await createFirstAdmin(ctx, {
        username,
        password: field(c, 'password', 1000),
        confirmPassword: field(c, 'confirmPassword', 1000),
      });
      if (!result.ok)
        return render(
          c,
          <SetupPage
            csrf={c.get('csrf')}
            setupToken={setupToken}
            username={username}
            errors={result.errors}
          />,
          400,
        );
      startSession(c, ctx, result.sessionId);
      return c.redirect('/enrol', 303);
    },
  },
  {
    method: 'GET',
    path: '/enrol',
    access: 'enrol',
    handler: async (c, ctx) => {
      const active = c.get('active')!;
      const view = await enrolmentView(ctx, active.user.id);
      return render(
        c,
        <EnrolPage csrf={c.get('csrf')} active={active} view={view} firstRun={!setupComplete(ctx)} />,
      );
    },
  },
  {
    method: 'POST',
    path: '/enrol',
    access: 'enrol',
    handler: async (c, ctx) => {
      const active = c.get('active')!;
      const firstRun = !setupComplete(ctx);
      const result = await confirmEnrolment(ctx, active.user.id, {
        code: field(c, 'code', 20),
        newPassword: field(c, 'newPassword', 1000),
        confirmPassword: field(c, 'confirmPassword', 1000),
      });
      if (!result.ok) {
        const view = await enrolmentView(ctx, active.user.id);
        return render(
          c,
          <EnrolPage
            csrf={c.get('csrf')}
            active={active}
            view={view}
            firstRun={firstRun}
            errors={result.errors}
          />,
          400,
        );
      }
      const csrf = startSession(c, ctx, result.sessionId);
      const next = firstRun ? '/welcome' : '/';
      return render(
        c,
        <RecoveryCodesPage
          csrf={csrf}
          active={null}
          codes={result.recoveryCodes}
          next={next}
          firstRun={firstRun}
        />,
      );
    },
  },
  {
    method: 'GET',
    path: '/signin',
    access: 'public',
    handler: (c, ctx) => (c.get('active') ? c.redirect('/', 303) : signinPage(c, ctx)),
  },
  {
    method: 'POST',
    path: '/signin',
    access: 'public',
    handler: async (c, ctx) => {
      const username = field(c, 'username', 200);
      const result = await signInWithPassword(ctx, {
        username,
        password: field(c, 'password', 1000),
        code: field(c, 'code', 40),
        client: clientAddress(c),
      });
      if (!result.ok) {
        const retryAfterS = result.reason === 'throttled' ? result.retryAfterS : undefined;
        if (retryAfterS) c.header('Retry-After', String(retryAfterS));
        return signinPage(c, ctx, { username, problem: result.reason, retryAfterS }, retryAfterS ? 429 : 401);
      }
      startSession(c, ctx, result.sessionId);
      return c.redirect(result.stage === 'enrol' ? '/enrol' : '/', 303);
    },
  },
  {
    method: 'POST',
    path: '/signout',
    access: 'session',
    handler: async (c, ctx) => {
      const active = c.get('active');
      if (!active) return renderError(c, 403);
      const signinUrl = `${publicBase(c, ctx)}/signin`;
      const provider = await oidcSignOutUrl(ctx, ctx.oidc, {
        userId: active.user.id,
        postLogoutRedirectUri: signinUrl,
      });
      signOut(ctx, active);
      const secure = ctx.isSecure(c);
      clearCookie(c, secure, cookieNames(secure).session);
      // A page, not a redirect, to the provider: `form-action 'self'` stops cross-origin redirects of a form post.
      return provider ? render(c, <ContinuePage to={provider} />) : c.redirect('/signin', 303);
    },
  },
];
