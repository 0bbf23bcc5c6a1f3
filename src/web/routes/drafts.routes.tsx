import type { Context } from 'hono';
import { draftAgain, draftableBacklog, draftBacklogAgain } from '../../draft/draft-again.usecases.js';
import { draftRecordsView } from '../../draft/drafts-console.usecases.js';
import { mailboxOptions } from '../../knowledge/review-view.usecases.js';
import type { ErrorStatus } from '../../shared/errors.js';
import { attempt } from '../../shared/errors.js';
import { visibleMailboxIds } from '../../users/user-mailboxes.usecases.js';
import { field, type RouteDef, sessionActor } from '../access.js';
import { render, renderError } from '../render.js';
import { DraftsPage } from '../views/drafts.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';
import { listQuery, workers } from './review.routes.js';

const id = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : null);

/** The Drafts page of one mailbox (the first visible unless one was chosen), with an action's outcome. */
function page(
  c: Context<AppEnv>,
  ctx: ConsoleContext,
  chosen: { mailboxId: number | null; page: number },
  message?: { tone: 'ok' | 'warn'; text: string; status: 200 | ErrorStatus },
) {
  const active = c.get('active')!;
  const mailboxes = mailboxOptions(ctx, visibleMailboxIds(ctx, active.user));
  // A mailbox the user may not see is not shown.
  const mailboxId = mailboxes.find((m) => m.id === chosen.mailboxId)?.id ?? mailboxes[0]?.id ?? null;
  const records = mailboxId === null ? null : draftRecordsView(ctx, mailboxId, chosen.page);
  const backlog = mailboxId === null ? 0 : draftableBacklog(ctx, mailboxId, ctx.draftBacklogHours);
  return render(
    c,
    <DraftsPage
      csrf={c.get('csrf')}
      active={active}
      mailboxes={mailboxes}
      mailboxId={mailboxId}
      records={records}
      backlog={{ count: backlog, hours: ctx.draftBacklogHours }}
      message={message}
    />,
    message?.status ?? 200,
  );
}

export const draftRoutes: RouteDef[] = [
  { method: 'GET', path: '/drafts', access: workers, handler: (c, ctx) => page(c, ctx, listQuery(c)) },
  {
    // Reviewers may draft again in the mailboxes they are assigned, as they review them.
    method: 'POST',
    path: '/drafts/:id/again',
    access: workers,
    handler: async (c, ctx) => {
      const draftId = id(c.req.param('id'));
      if (draftId === null) return renderError(c, 404);
      const mailboxIds = visibleMailboxIds(ctx, c.get('active')!.user);
      const outcome = await attempt(() => draftAgain(ctx, { draftId, mailboxIds, actor: sessionActor(c) }));
      if (!outcome.ok && outcome.error.status === 404) return renderError(c, 404);
      return page(
        c,
        ctx,
        { mailboxId: outcome.ok ? outcome.value.mailboxId : id(field(c, 'mailbox', 9)), page: 1 },
        outcome.ok
          ? { tone: 'ok', text: 'Queued: the message is drafted again.', status: 200 }
          : { tone: 'warn', text: outcome.error.message, status: outcome.error.status },
      );
    },
  },
  {
    method: 'POST',
    path: '/drafts/backlog',
    access: workers,
    handler: (c, ctx) => {
      const mailboxId = id(field(c, 'mailbox', 9));
      const visible = visibleMailboxIds(ctx, c.get('active')!.user);
      const known = mailboxOptions(ctx, visible).some((m) => m.id === mailboxId);
      if (mailboxId === null || !known) return renderError(c, 404);
      const { queued } = draftBacklogAgain(ctx, {
        mailboxId,
        backlogHours: ctx.draftBacklogHours,
        actor: sessionActor(c),
      });
      const text =
        queued === 0
          ? 'Nothing to draft: no recent message is waiting.'
          : `Queued: ${queued} ${queued === 1 ? 'message is' : 'messages are'} drafted now.`;
      return page(c, ctx, { mailboxId, page: 1 }, { tone: 'ok', text, status: 200 });
    },
  },
];
