import { draftRecordsView } from '../../draft/drafts-console.usecases.js';
import { mailboxOptions } from '../../knowledge/review-view.usecases.js';
import { visibleMailboxIds } from '../../users/user-mailboxes.usecases.js';
import type { RouteDef } from '../access.js';
import { render } from '../render.js';
import { DraftsPage } from '../views/drafts.js';
import { listQuery, workers } from './review.routes.js';

export const draftRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/drafts',
    access: workers,
    handler: (c, ctx) => {
      const active = c.get('active')!;
      const mailboxes = mailboxOptions(ctx, visibleMailboxIds(ctx, active.user));
      const q = listQuery(c);
      // The first visible mailbox unless one was chosen; a mailbox the user may not see is not shown.
      const mailboxId = mailboxes.find((m) => m.id === q.mailboxId)?.id ?? mailboxes[0]?.id ?? null;
      const records = mailboxId === null ? null : draftRecordsView(ctx, mailboxId, q.page);
      return render(
        c,
        <DraftsPage
          csrf={c.get('csrf')}
          active={active}
          mailboxes={mailboxes}
          mailboxId={mailboxId}
          records={records}
        />,
      );
    },
  },
];
