import { accountsUnderAttack } from '../../auth/signin-attempts.usecases.js';
import { dashboardView } from '../../dashboard/dashboard.usecases.js';
import { mailboxStatuses } from '../../mailboxes/mailbox-console.usecases.js';
import { modelsOverviewView } from '../../model-files/models-overview.usecases.js';
import { visibleMailboxIds } from '../../users/user-mailboxes.usecases.js';
import type { RouteDef } from '../access.js';
import { render } from '../render.js';
import { DashboardPage, WelcomePage } from '../views/dashboard.js';
import { ModelsStepPage } from '../views/models-overview.js';
import { SigninAttackCard } from '../views/signin-attempts.js';

export const pageRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/',
    access: ['admin', 'reviewer', 'auditor'],
    handler: async (c, ctx) => {
      const active = c.get('active')!;
      // The chain status is for those who may read the audit log.
      const chain = active.user.role === 'reviewer' ? null : () => ctx.chain();
      const mailboxIds = visibleMailboxIds(ctx, active.user);
      const view = await dashboardView(ctx, {
        models: ctx.models,
        features: ctx.features,
        chain,
        mailboxIds,
        health: ctx.health,
      });
      // Set by POST /jobs/retry's redirect; only a count, so a crafted link can show no more than that.
      const retried = /^\d{1,6}$/.test(c.req.query('retried') ?? '')
        ? Number(c.req.query('retried'))
        : undefined;
      return render(
        c,
        <DashboardPage csrf={c.get('csrf')} active={active} view={view} retried={retried}>
          {active.user.role === 'admin' && <SigninAttackCard accounts={accountsUnderAttack(ctx)} />}
        </DashboardPage>,
      );
    },
  },
  {
    method: 'GET',
    path: '/welcome',
    access: ['admin'],
    handler: async (c, ctx) =>
      render(
        c,
        <WelcomePage csrf={c.get('csrf')} active={c.get('active')!} mailboxes={mailboxStatuses(ctx.db)} />,
      ),
  },
  {
    method: 'GET',
    path: '/welcome/models',
    access: ['admin'],
    handler: async (c, ctx) =>
      render(
        c,
        <ModelsStepPage
          csrf={c.get('csrf')}
          active={c.get('active')!}
          overview={await modelsOverviewView(ctx)}
        />,
      ),
  },
];
