import type { Db } from '../store/store.js';
import {
  type AnalyticsPageDeps,
  analyticsMailboxes,
  analyticsPage,
  analyticsScopeReport,
  analyticsToday,
} from './analytics-page.usecases.js';
import { dateOfDay, dayOfDate } from './calendar.models.js';
import { calendarKey } from './mailbox-calendar.models.js';
import { rollupsBuiltFor } from './page-rollups.usecases.js';
import { parsePeriod, periodChoices } from './period.models.js';
import { findRollupState } from './rollups.repository.js';
import { DEFAULT_IDLE_DAYS, defaultCalendar, rollupCalendar } from './rollups.usecases.js';

/**
 * The Analytics page's usual views computed ahead, after a refresh wrote new rollups: the first
 * view after a refresh would otherwise decode the period and compute every figure again (0.7 to
 * 0.9 s of CPU for a year at a million messages), and with mail arriving the refresh runs every
 * ten minutes. The views are computed by the page's own use case with the requests the route
 * makes, so what they keep (the decoded periods, period-rollups.usecases.ts, and the figures of
 * their columns, facts-memo.models.ts) is what the reader's view finds under the same keys.
 *
 * Warmed: every period of the picker (the default 30 days first) and the last 365 days up to
 * today, for all mailboxes together (the page's default) and for each mailbox. A view is
 * computed again only when its mailboxes' rollups or "today" changed since it was last warmed.
 */

export interface WarmDeps extends AnalyticsPageDeps {
  /** Per-agent mode computes the page from the messages: then only the report is warmed. */
  perAgent: boolean;
}

/** The picker's periods ending today (default first), and the last 365 days. */
export function warmPeriods(today: string): { from: string; to: string }[] {
  const asked = [
    ...['30', ...periodChoices.map((c) => c.value).filter((v) => v !== '30' && v !== 'custom')].map(
      (period) => ({ period }),
    ),
    { from: dateOfDay(dayOfDate(today) - 364), to: today },
  ];
  return asked.flatMap((q) => {
    const p = parsePeriod(q, today);
    return p.ok ? [{ from: p.from, to: p.to }] : [];
  });
}

/** Per store: scope → what it was last warmed for. */
const warmedFor = new WeakMap<Db, Map<string, string>>();

/** Computes the views not warmed for the current rollups and day; yields between views. */
export async function warmAnalyticsPage(deps: WarmDeps): Promise<{ views: number; ms: number }> {
  const started = performance.now();
  const mailboxes = analyticsMailboxes(deps, null);
  if (mailboxes.length === 0) return { views: 0, ms: 0 };
  const warmed = warmedFor.get(deps.db) ?? new Map<string, string>();
  warmedFor.set(deps.db, warmed);
  const today = analyticsToday(deps);
  const periods = warmPeriods(today);
  // The page reads all mailboxes from the rollups only when each has the console's calendar.
  const allKey = calendarKey(defaultCalendar(deps.db), DEFAULT_IDLE_DAYS);
  const ids = mailboxes.map((m) => m.id);
  const scopes: { mailboxId: number | null; ids: number[] }[] = [
    ...(ids.every((id) => rollupsBuiltFor(deps.db, id, allKey)) ? [{ mailboxId: null, ids }] : []),
    ...ids
      .filter((id) => rollupsBuiltFor(deps.db, id, rollupCalendar(deps.db, id).key))
      .map((id) => ({ mailboxId: id, ids: [id] })),
  ];
  let views = 0;
  for (const scope of scopes) {
    const name = String(scope.mailboxId ?? 'all');
    const signature = [
      today,
      deps.perAgent,
      ...scope.ids.map((id) => `${id}:${findRollupState(deps.db, id)?.version}`),
    ].join();
    if (warmed.get(name) === signature) continue;
    for (const period of periods) {
      const req = { mailboxId: scope.mailboxId, ...period, visibleMailboxIds: null };
      // Per-agent views are audited and computed from the messages: only their report is kept.
      if (deps.perAgent) analyticsScopeReport(deps, req, { asKept: true });
      else analyticsPage(deps, { ...req, perAgent: false, actor: { kind: 'system' } });
      views++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    warmed.set(name, signature);
  }
  return { views, ms: Math.round(performance.now() - started) };
}
