import { retryDeadJobs } from '../../jobs/jobs.usecases.js';
import { field, type RouteDef, sessionActor } from '../access.js';

export const jobRoutes: RouteDef[] = [
  {
    // The dashboard's "Retry N failed" button of one queue; the count comes back in the address
    // so a reload of the dashboard does not post again.
    method: 'POST',
    path: '/jobs/retry',
    access: ['admin'],
    handler: (c, ctx) => {
      const done = retryDeadJobs(ctx, sessionActor(c), { deadOfKind: field(c, 'kind', 100) });
      return c.redirect(`/?retried=${done.length}`, 303);
    },
  },
];
