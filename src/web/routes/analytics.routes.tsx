import type { Context } from 'hono';
import { MIN_SEGMENTS } from '../../analytics/aggregate.models.js';
import { DEFAULT_IDLE_DAYS, DEFAULT_SLA_BUSINESS_HOURS } from '../../analytics/analytics.usecases.js';
import {
  analyticsMailboxes,
  analyticsPage,
  analyticsScopeReport,
  analyticsToday,
} from '../../analytics/analytics-page.usecases.js';
import { csvFilename, csvHeader, figuresRow, toCsv } from '../../analytics/csv.models.js';
import { parsePeriod } from '../../analytics/period.models.js';
import { categoryLabel } from '../../retention/retention.models.js';
import { loadPeriods } from '../../retention/retention.usecases.js';
import { loadSettings } from '../../settings/settings.usecases.js';
import { visibleMailboxIds } from '../../users/user-mailboxes.usecases.js';
import type { RouteDef } from '../access.js';
import { sessionActor } from '../access.js';
import { render, renderError } from '../render.js';
import { type AnalyticsForm, AnalyticsPageView } from '../views/analytics.js';
import { WhatIsMeasuredPage } from '../views/what-is-measured.js';
import type { AppEnv, ConsoleContext } from '../web.types.js';

/** Admins and auditors read every mailbox's figures; reviewers those of their assigned mailboxes. */
const readers = ['admin', 'reviewer', 'auditor'] as const;

/** The picker's query, checked: a period as two dates, or the messages to show beside the fields. */
function choice(c: Context<AppEnv>, ctx: ConsoleContext) {
  const raw = c.req.query('mailbox') ?? '';
  // Anything but an id is no mailbox at all: the 404 a hidden mailbox also gets.
  const mailbox = raw === '' ? null : /^\d{1,9}$/.test(raw) ? Number(raw) : -1;
  const parsed = parsePeriod(
    { period: c.req.query('period'), from: c.req.query('from'), to: c.req.query('to') },
    analyticsToday(ctx),
  );
  const form: AnalyticsForm = { mailbox, period: parsed.choice, from: parsed.from, to: parsed.to };
  const visible = visibleMailboxIds(ctx, c.get('active')!.user);
  return { parsed, form, visible };
}

export const analyticsRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/analytics',
    access: readers,
    handler: (c, ctx) => {
      const { parsed, form, visible } = choice(c, ctx);
      const view = (
        page: ReturnType<typeof analyticsPage>,
        errors: Record<string, string>,
        status: 200 | 400,
      ) =>
        render(
          c,
          <AnalyticsPageView
            csrf={c.get('csrf')}
            active={c.get('active')!}
            form={form}
            options={page?.options ?? analyticsMailboxes(ctx, visible)}
            errors={errors}
            page={page}
            perAgent={ctx.analyticsPerAgent}
          />,
          status,
        );
      if (!parsed.ok) return view(null, parsed.errors, 400);
      const page = analyticsPage(ctx, {
        mailboxId: form.mailbox,
        from: parsed.from,
        to: parsed.to,
        visibleMailboxIds: visible,
        perAgent: ctx.analyticsPerAgent,
        actor: sessionActor(c),
      });
      return view(page, {}, 200);
    },
  },
  {
    // The aggregates of the page as CSV, one row per mailbox (team figures only).
    method: 'GET',
    path: '/analytics/download/csv',
    access: readers,
    handler: (c, ctx) => {
      const { parsed, form, visible } = choice(c, ctx);
      if (!parsed.ok) return renderError(c, 400, Object.values(parsed.errors).join(' '));
      // The figures the page shows: as the last refresh left them.
      const scoped = analyticsScopeReport(
        ctx,
        { mailboxId: form.mailbox, from: parsed.from, to: parsed.to, visibleMailboxIds: visible },
        { asKept: true },
      );
      if (!scoped) return renderError(c, 404);
      const r = scoped.report;
      const body = toCsv([
        csvHeader,
        ...r.mailboxes.map((m) => figuresRow(m.mailbox, r.period, r.slaBusinessHours, m)),
      ]);
      const name = csvFilename(scoped.mailbox?.name ?? 'all-mailboxes', r.period.from, r.period.to);
      return c.body(body, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    },
  },
  {
    method: 'GET',
    path: '/analytics/what-is-measured',
    access: readers,
    handler: (c, ctx) =>
      render(
        c,
        <WhatIsMeasuredPage
          csrf={c.get('csrf')}
          active={c.get('active')!}
          facts={{
            perAgent: ctx.analyticsPerAgent,
            minSegments: MIN_SEGMENTS,
            slaBusinessHours: DEFAULT_SLA_BUSINESS_HOURS,
            idleDays: DEFAULT_IDLE_DAYS,
            timeZone: String(loadSettings(ctx).businessHours.timeZone),
            retention: loadPeriods({ db: ctx.db, env: ctx.retention })
              .filter((p) => ['messages', 'draftRecords', 'analytics', 'audit'].includes(p.category))
              .map((p) => ({ label: categoryLabel(p.category), days: p.days })),
            date: analyticsToday(ctx),
          }}
        />,
      ),
  },
];
