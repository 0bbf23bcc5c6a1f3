import type { Context } from 'hono';
import { resumeAutoPausedDrafting } from '../../analytics/auto-pause.usecases.js';
import type { CalendarForm } from '../../analytics/mailbox-calendar.models.js';
import {
  mailboxCalendar,
  recomputeAnalytics,
  resetMailboxCalendar,
  setMailboxCalendar,
} from '../../analytics/mailbox-calendar.usecases.js';
import { setMailboxOAuth } from '../../mailboxes/mailbox-auth.usecases.js';
import {
  mailboxStatuses,
  quarantineEntries,
  setMailboxDrafting,
  testAndAddMailbox,
} from '../../mailboxes/mailbox-console.usecases.js';
import { mailboxErrors } from '../../mailboxes/mailboxes.errors.js';
import { toView } from '../../mailboxes/mailboxes.models.js';
import {
  pauseMailbox,
  removeMailbox,
  requireMailbox,
  resumeMailbox,
  updateMailboxPassword,
} from '../../mailboxes/mailboxes.usecases.js';
import { attempt } from '../../shared/errors.js';
import { field, type RouteDef, sessionActor } from '../access.js';
import { render } from '../render.js';
import type { OAuthFormValues } from '../views/mailbox-oauth.js';
import { MailboxPage, QuarantinePage } from '../views/mailbox-page.js';
import { MailboxesPage, type MailboxFormValues } from '../views/mailboxes.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';

const admin = ['admin'] as const;

function mailboxId(c: Context<AppEnv>): number | null {
  const id = c.req.param('id') ?? '';
  return /^\d{1,9}$/.test(id) ? Number(id) : null;
}

/** The mailbox of `:id`; an unknown one is mailbox.not_found, which app.onError answers with 404. */
function mailboxOf(c: Context<AppEnv>, ctx: ConsoleContext) {
  const id = mailboxId(c);
  if (id === null) throw mailboxErrors.notFound(c.req.param('id') ?? '');
  return toView(requireMailbox(ctx.db, id));
}

/** What every render of a mailbox's page starts from: the session, the mailbox and its calendar. */
function pageBase(c: Context<AppEnv>, ctx: ConsoleContext, mailbox: ReturnType<typeof toView>) {
  return {
    csrf: c.get('csrf'),
    active: c.get('active')!,
    mailbox,
    calendar: mailboxCalendar(ctx.db, mailbox.id),
  };
}

/** The OAuth2 part of a form; `auth` is `password` or a provider. */
function readOAuthForm(c: Context<AppEnv>): OAuthFormValues & { oauthSecret: string } {
  return {
    auth: field(c, 'auth', 20),
    oauthTenant: field(c, 'oauthTenant', 300),
    oauthClientId: field(c, 'oauthClientId', 400),
    oauthTokenUrl: field(c, 'oauthTokenUrl', 2000),
    oauthScope: field(c, 'oauthScope', 1000),
    oauthCertificatePem: field(c, 'oauthCertificatePem', 70_000),
    oauthSecret: field(c, 'oauthSecret', 17_000),
  };
}

/** The form's choice as the use cases take it: an auth method and, for OAuth2, the provider. */
function oauthInput(form: ReturnType<typeof readOAuthForm>) {
  // A form without the choice (an older page, a script) means password sign-in, as before.
  const password = form.auth === 'password' || form.auth === '';
  return {
    authMethod: password ? 'password' : 'oauth2',
    oauthProvider: form.auth,
    oauthTenant: form.oauthTenant,
    oauthClientId: form.oauthClientId,
    oauthTokenUrl: form.oauthTokenUrl,
    oauthScope: form.oauthScope,
    oauthCertificatePem: form.oauthCertificatePem,
    oauthSecret: form.oauthSecret,
  } as const;
}

function readForm(c: Context<AppEnv>): MailboxFormValues & { password: string; oauthSecret: string } {
  return {
    ...readOAuthForm(c),
    name: field(c, 'name', 200),
    host: field(c, 'host', 300),
    port: field(c, 'port', 20),
    security: field(c, 'security', 20),
    username: field(c, 'username', 400),
    password: field(c, 'password', 1100),
    caPem: field(c, 'caPem', 70_000),
    from: field(c, 'from', 400),
  };
}

/** POST /mailboxes/:id/<verb>: run an audited change, then show the mailbox with the outcome. */
function mailboxChange(
  verb: string,
  run: (c: Context<AppEnv>, ctx: ConsoleContext, id: number) => Promise<unknown> | unknown,
  done: string,
): RouteDef {
  return {
    method: 'POST',
    path: `/mailboxes/:id/${verb}`,
    access: admin,
    handler: async (c, ctx) => {
      const found = mailboxOf(c, ctx);
      const outcome = await attempt(() => run(c, ctx, found.id));
      const message = outcome.ok
        ? { tone: 'ok' as const, text: done }
        : { tone: 'warn' as const, text: outcome.error.message };
      return render(
        c,
        <MailboxPage {...pageBase(c, ctx, mailboxOf(c, ctx))} message={message} />,
        outcome.ok ? 200 : outcome.error.status,
      );
    },
  };
}

export const mailboxRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/mailboxes',
    access: admin,
    handler: (c, ctx) =>
      render(
        c,
        <MailboxesPage csrf={c.get('csrf')} active={c.get('active')!} statuses={mailboxStatuses(ctx.db)} />,
      ),
  },
  {
    method: 'POST',
    path: '/mailboxes',
    access: admin,
    handler: async (c, ctx) => {
      const form = readForm(c);
      const result = await testAndAddMailbox(
        ctx,
        {
          name: form.name,
          host: form.host.trim(),
          port: form.port.trim(),
          security: form.security as 'tls',
          username: form.username,
          password: form.password,
          caPem: form.caPem.trim() || undefined,
          from: form.from,
          ...oauthInput(form),
        },
        sessionActor(c),
      );
      const { password: _never, oauthSecret: _neither, ...values } = form;
      const message = result.ok
        ? { tone: 'ok' as const, text: `Mailbox ${result.mailbox.name} was added; sync starts shortly.` }
        : { tone: 'warn' as const, text: result.message };
      const errors: Record<string, string> =
        !result.ok && result.field ? { [result.field]: result.message } : {};
      return render(
        c,
        <MailboxesPage
          csrf={c.get('csrf')}
          active={c.get('active')!}
          statuses={mailboxStatuses(ctx.db)}
          values={result.ok ? undefined : values}
          errors={errors}
          message={message}
          diagnosis={result.diagnosis}
        />,
        result.ok ? 200 : 400,
      );
    },
  },
  {
    method: 'GET',
    path: '/mailboxes/:id',
    access: admin,
    handler: (c, ctx) => {
      const mailbox = mailboxOf(c, ctx);
      return render(c, <MailboxPage {...pageBase(c, ctx, mailbox)} />);
    },
  },
  {
    method: 'GET',
    path: '/mailboxes/:id/remove',
    access: admin,
    handler: (c, ctx) => {
      const mailbox = mailboxOf(c, ctx);
      return render(c, <MailboxPage {...pageBase(c, ctx, mailbox)} confirmRemove />);
    },
  },
  {
    method: 'POST',
    path: '/mailboxes/:id/remove',
    access: admin,
    handler: async (c, ctx) => {
      const mailbox = mailboxOf(c, ctx);
      if (field(c, 'confirm', 10) !== 'yes')
        return render(c, <MailboxPage {...pageBase(c, ctx, mailbox)} confirmRemove />, 400);
      removeMailbox(ctx, mailbox.id, sessionActor(c));
      return render(
        c,
        <MailboxesPage
          csrf={c.get('csrf')}
          active={c.get('active')!}
          statuses={mailboxStatuses(ctx.db)}
          message={{ tone: 'ok', text: `Mailbox ${mailbox.name} was removed.` }}
        />,
      );
    },
  },
  mailboxChange('pause', (c, ctx, id) => pauseMailbox(ctx, id, sessionActor(c)), 'Sync paused.'),
  mailboxChange(
    'resume',
    (c, ctx, id) => resumeMailbox(ctx, id, sessionActor(c)),
    'Sync resumed; it retries at once.',
  ),
  mailboxChange(
    'password',
    async (c, ctx, id) => updateMailboxPassword(ctx, id, field(c, 'password', 1100), sessionActor(c)),
    'Password changed; sync retries with it.',
  ),
  {
    method: 'POST',
    path: '/mailboxes/:id/oauth',
    access: admin,
    handler: (c, ctx) => {
      const found = mailboxOf(c, ctx);
      const form = readOAuthForm(c);
      const result = setMailboxOAuth(ctx, found.id, oauthInput(form), sessionActor(c));
      const { oauthSecret: _never, ...values } = form;
      return render(
        c,
        <MailboxPage
          {...pageBase(c, ctx, mailboxOf(c, ctx))}
          message={
            result.ok
              ? { tone: 'ok', text: 'OAuth2 sign-in saved; sync retries with it.' }
              : { tone: 'warn', text: result.message }
          }
          oauth={result.ok ? undefined : { values, errors: { [result.field]: result.message } }}
        />,
        result.ok ? 200 : 400,
      );
    },
  },
  mailboxChange(
    'drafting',
    async (c, ctx, id) =>
      setMailboxDrafting(
        ctx,
        id,
        {
          draftingEnabled: field(c, 'draftingEnabled', 10) === 'on',
          signature: field(c, 'signature', 4100),
          from: field(c, 'from', 500),
        },
        sessionActor(c),
      ),
    'Drafting settings saved.',
  ),
  {
    method: 'POST',
    path: '/mailboxes/:id/calendar',
    access: admin,
    handler: (c, ctx) => {
      const found = mailboxOf(c, ctx);
      const names = ['timeZone', 'holidays', 'sla', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
      const form: CalendarForm = Object.fromEntries(names.map((n) => [n, field(c, n, 300)]));
      form.closures = field(c, 'closures', 20_000);
      const result = setMailboxCalendar(ctx, found.id, form, sessionActor(c));
      return render(
        c,
        <MailboxPage
          csrf={c.get('csrf')}
          active={c.get('active')!}
          mailbox={found}
          calendar={
            result.ok
              ? mailboxCalendar(ctx.db, found.id)
              : { ...mailboxCalendar(ctx.db, found.id), values: form, errors: result.errors }
          }
          message={
            result.ok
              ? { tone: 'ok', text: 'Calendar and SLA saved; analytics are recomputed with them.' }
              : { tone: 'warn', text: 'The calendar was not saved: see the fields marked below.' }
          }
        />,
        result.ok ? 200 : 400,
      );
    },
  },
  mailboxChange(
    'calendar/reset',
    (c, ctx, id) => resetMailboxCalendar(ctx, id, sessionActor(c)),
    'This mailbox uses the Business hours setting again; analytics are recomputed.',
  ),
  mailboxChange(
    'calendar/recompute',
    (c, ctx, id) => recomputeAnalytics(ctx, id, sessionActor(c)),
    'Analytics are being recomputed with the current calendar.',
  ),
  mailboxChange(
    'drafting/resume',
    (c, ctx, id) => resumeAutoPausedDrafting(ctx, id, sessionActor(c)),
    'Drafting resumed.',
  ),
  {
    method: 'GET',
    path: '/quarantine',
    access: admin,
    handler: (c, ctx) =>
      render(
        c,
        <QuarantinePage csrf={c.get('csrf')} active={c.get('active')!} entries={quarantineEntries(ctx.db)} />,
      ),
  },
];
