import type { Context } from 'hono';
import {
  allowTerm,
  decideConversation,
  markableTypes,
  markMissedText,
  type ReviewResult,
} from '../../knowledge/review.usecases.js';
import { reviewDetailView, reviewQueueView } from '../../knowledge/review-view.usecases.js';
import { visibleMailboxIds } from '../../users/user-mailboxes.usecases.js';
import { field, type RouteDef } from '../access.js';
import { render, renderError } from '../render.js';
import { ReviewDetailPage, ReviewQueuePage } from '../views/review.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';

/** Reviewers work the queue of their assigned mailboxes; admins see every mailbox. */
export const workers = ['admin', 'reviewer'] as const;

const digits = (s: string | undefined, max = 9) =>
  s && new RegExp(`^\\d{1,${max}}$`).test(s) ? Number(s) : null;

/** `?mailbox=` and `?page=` of the list pages; anything else means "none" and page 1. */
export function listQuery(c: Context<AppEnv>) {
  return { mailboxId: digits(c.req.query('mailbox')), page: digits(c.req.query('page'), 6) ?? 1 };
}

function detail(c: Context<AppEnv>, ctx: ConsoleContext, message?: { tone: 'ok' | 'warn'; text: string }) {
  const id = digits(c.req.param('id'));
  const active = c.get('active')!;
  const view = id === null ? null : reviewDetailView(ctx, id, visibleMailboxIds(ctx, active.user));
  if (!view) return renderError(c, 404);
  const page = (
    <ReviewDetailPage
      csrf={c.get('csrf')}
      active={active}
      view={view}
      types={markableTypes}
      message={message}
    />
  );
  return render(c, page, message?.tone === 'warn' ? 400 : 200);
}

/** POST /review/:id/<verb>: run the use case, then show the conversation with the outcome. */
function action(
  verb: string,
  run: (
    c: Context<AppEnv>,
    ctx: ConsoleContext,
    id: number,
    mailboxIds: number[] | null,
  ) => Promise<ReviewResult>,
): RouteDef {
  return {
    method: 'POST',
    path: `/review/:id/${verb}`,
    access: workers,
    handler: async (c, ctx) => {
      const id = digits(c.req.param('id'));
      if (id === null) return renderError(c, 404);
      const user = c.get('active')!.user;
      const result = await run(c, ctx, id, visibleMailboxIds(ctx, user));
      if (!result.ok && result.notFound) return renderError(c, 404);
      return detail(c, ctx, { tone: result.ok ? 'ok' : 'warn', text: result.message });
    },
  };
}

export const reviewRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/review',
    access: workers,
    handler: (c, ctx) => {
      const active = c.get('active')!;
      const view = reviewQueueView(ctx, { mailboxIds: visibleMailboxIds(ctx, active.user), ...listQuery(c) });
      return render(c, <ReviewQueuePage csrf={c.get('csrf')} active={active} view={view} />);
    },
  },
  { method: 'GET', path: '/review/:id', access: workers, handler: (c, ctx) => detail(c, ctx) },
  action('mark', async (c, ctx, id, mailboxIds) =>
    markMissedText(ctx, c.get('active')!.user.id, id, mailboxIds, {
      field: field(c, 'field', 20),
      start: field(c, 'start', 20),
      end: field(c, 'end', 20),
      term: field(c, 'term', 400),
      type: field(c, 'type', 40),
      deny: field(c, 'deny', 10),
    }),
  ),
  action('allow', async (c, ctx, id, mailboxIds) =>
    allowTerm(ctx, c.get('active')!.user.id, id, mailboxIds, field(c, 'allow', 400)),
  ),
  action('approve', async (c, ctx, id, mailboxIds) =>
    decideConversation(ctx, c.get('active')!.user.id, id, mailboxIds, 'approve'),
  ),
  action('exclude', async (c, ctx, id, mailboxIds) =>
    decideConversation(ctx, c.get('active')!.user.id, id, mailboxIds, 'exclude'),
  ),
];
