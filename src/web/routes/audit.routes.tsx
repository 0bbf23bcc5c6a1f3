import { type AuditQuery, listAudit } from '../../audit/audit-view.usecases.js';
import type { RouteDef } from '../access.js';
import { render } from '../render.js';
import { AuditLogPage } from '../views/audit.js';

export const auditRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/audit',
    access: ['admin', 'auditor'],
    handler: (c, ctx) => {
      const q = (k: string) => (c.req.query(k) ?? '').slice(0, 100);
      const query: AuditQuery = {
        action: q('action'),
        actor: q('actor'),
        target: q('target'),
        from: q('from'),
        to: q('to'),
        before: q('before'),
      };
      const page = listAudit(ctx, query);
      return render(
        c,
        <AuditLogPage
          csrf={c.get('csrf')}
          active={c.get('active')!}
          query={query}
          page={page}
          chain={ctx.chain(c.req.query('verify') === 'now')}
        />,
      );
    },
  },
];
