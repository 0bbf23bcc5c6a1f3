import type { Context } from 'hono';
import { failedSignins } from '../../auth/signin-attempts.usecases.js';
import { createDirectoryUser, directoryLinks } from '../../identity/directory-users.usecases.js';
import { listMailboxes } from '../../mailboxes/mailboxes.usecases.js';
import { assignedMailboxIds, assignMailboxes } from '../../users/user-mailboxes.usecases.js';
import { findUserForAdmin, listUsersForAdmin } from '../../users/users.queries.js';
import {
  type ChangeResult,
  changeRole,
  createUser,
  resetMfa,
  setDisabled,
  setEmail,
} from '../../users/users.usecases.js';
import { field, fieldList, type Handler, type RouteDef } from '../access.js';
import { render, renderError } from '../render.js';
import { FailedSigninsSection, UserFailedSignins } from '../views/signin-attempts.js';
import { UserPage, UsersPage } from '../views/users.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';

const admin = ['admin'] as const;

function userId(c: Context<AppEnv>): number | null {
  const id = c.req.param('id') ?? '';
  return /^\d{1,9}$/.test(id) ? Number(id) : null;
}

async function showUser(
  c: Context<AppEnv>,
  ctx: ConsoleContext,
  id: number,
  message?: { tone: 'ok' | 'warn'; text: string },
  status: 200 | 400 | 404 = 200,
) {
  const found = findUserForAdmin(ctx, id);
  if (!found) return renderError(c, 404);
  const assigned = new Set(assignedMailboxIds(ctx, id));
  const mailboxes = listMailboxes(ctx.db).map((m) => ({
    id: m.id,
    name: m.name,
    assigned: assigned.has(m.id),
  }));
  return render(
    c,
    <UserPage
      csrf={c.get('csrf')}
      active={c.get('active')!}
      user={found.user}
      recoveryLeft={found.recoveryLeft}
      mailboxes={mailboxes}
      message={message}
      directory={directoryLinks(ctx).get(id)}
    >
      <UserFailedSignins data={failedSignins(ctx)} userId={id} />
    </UserPage>,
    status,
  );
}

/** POST /users/:id/<verb>: run the change, then show the user with the outcome. */
function userChange(
  verb: string,
  run: (
    c: Context<AppEnv>,
    ctx: ConsoleContext,
    actor: number,
    id: number,
  ) => Promise<ChangeResult> | ChangeResult,
  done: string,
): RouteDef {
  const handler: Handler = async (c, ctx) => {
    const id = userId(c);
    if (id === null) return renderError(c, 404);
    const active = c.get('active')!;
    const result = await run(c, ctx, active.user.id, id);
    if (!result.ok)
      return showUser(
        c,
        ctx,
        id,
        { tone: 'warn', text: result.message },
        result.message === 'No such user.' ? 404 : 400,
      );
    // Changing one's own access may have ended one's own session (an address changes no access).
    if (id === active.user.id && verb !== 'enable' && verb !== 'email') return c.redirect('/signin', 303);
    return showUser(c, ctx, id, { tone: 'ok', text: done });
  };
  return { method: 'POST', path: `/users/:id/${verb}`, access: admin, handler };
}

/** The Users page with every user and how each signs in, plus what the last action left to show. */
function usersPage(c: Context<AppEnv>, ctx: ConsoleContext, extra: object = {}, status: 200 | 400 = 200) {
  return render(
    c,
    <UsersPage
      csrf={c.get('csrf')}
      active={c.get('active')!}
      users={listUsersForAdmin(ctx)}
      directory={directoryLinks(ctx)}
      {...extra}
    />,
    status,
  );
}

export const userRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/users',
    access: admin,
    handler: (c, ctx) =>
      render(
        c,
        <UsersPage
          csrf={c.get('csrf')}
          active={c.get('active')!}
          users={listUsersForAdmin(ctx)}
          directory={directoryLinks(ctx)}
        >
          <FailedSigninsSection data={failedSignins(ctx)} />
        </UsersPage>,
      ),
  },
  {
    method: 'POST',
    path: '/users',
    access: admin,
    handler: async (c, ctx) => {
      const form = { username: field(c, 'username', 200), role: field(c, 'role', 40) };
      const result = await createUser(ctx, c.get('active')!.user.id, form);
      if (!result.ok) return usersPage(c, ctx, { errors: result.errors, form }, 400);
      return usersPage(c, ctx, { created: result });
    },
  },
  {
    method: 'POST',
    path: '/users/directory',
    access: admin,
    handler: async (c, ctx) => {
      const form = { username: field(c, 'dirUsername', 200), provider: field(c, 'provider', 20) };
      const result = await createDirectoryUser(ctx, c.get('active')!.user.id, form);
      if (!result.ok) return usersPage(c, ctx, { dirErrors: result.errors, dirForm: form }, 400);
      return usersPage(c, ctx);
    },
  },
  {
    method: 'GET',
    path: '/users/:id',
    access: admin,
    handler: (c, ctx) => {
      const id = userId(c);
      return id === null ? renderError(c, 404) : showUser(c, ctx, id);
    },
  },
  userChange(
    'role',
    async (c, ctx, actor, id) => changeRole(ctx, actor, id, field(c, 'role', 40)),
    'Role changed; their sessions ended.',
  ),
  userChange(
    'reset-mfa',
    (_c, ctx, actor, id) => resetMfa(ctx, { kind: 'user', id: actor }, id),
    'Two-factor sign-in reset; their sessions ended.',
  ),
  userChange(
    'disable',
    (_c, ctx, actor, id) => setDisabled(ctx, actor, id, true),
    'User disabled; their sessions ended.',
  ),
  userChange(
    'mailboxes',
    (c, ctx, actor, id) => assignMailboxes(ctx, actor, id, fieldList(c, 'mailbox')),
    'Mailbox assignments saved.',
  ),
  userChange(
    'email',
    (c, ctx, actor, id) => setEmail(ctx, actor, id, field(c, 'email', 300)),
    'E-mail address saved.',
  ),
  userChange('enable', (_c, ctx, actor, id) => setDisabled(ctx, actor, id, false), 'User enabled.'),
];
