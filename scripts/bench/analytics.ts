// Analytics of one mailbox: seeds N messages of metadata (threads of 2–4 messages over a year,
// a third of first messages drafted, some automated) into the real encrypted store, gives the
// mailbox its own calendar (DE-BY holidays), then times: the full rebuild of its daily rollups
// (everything computed from the messages), a one-year report after a day of new mail (the
// incremental refresh included), one-year and one-month reports read from fresh rollups, and the
// Analytics page itself for both periods (its use case plus the view rendered to HTML, as the
// route does), from the rollups and, in the same run, computed from the messages as before.
// Last, the first view after a refresh that brought new mail, with "today" the last day of the
// seeded year: the mailbox's one-year view (the last 365 days) and its default period (the last
// 30 days; "all mailboxes" would be computed from the messages, the mailbox having its own
// calendar), once as the refresh alone leaves them and once after the refresh
// job has also computed the page's views ahead, alternately.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyticsReport } from '../../src/analytics/analytics.usecases.js';
import { type AnalyticsPageDeps, analyticsPage } from '../../src/analytics/analytics-page.usecases.js';
import { keptFigureStats } from '../../src/analytics/facts-memo.models.js';
import { setMailboxCalendar } from '../../src/analytics/mailbox-calendar.usecases.js';
import { warmAnalyticsPage, warmPeriods } from '../../src/analytics/page-warm.usecases.js';
import { keptPeriodStats } from '../../src/analytics/period-rollups.usecases.js';
import { refreshRollups } from '../../src/analytics/rollups.usecases.js';
import { loadConfig } from '../../src/config/config.js';
import type { ActiveSession } from '../../src/sessions/sessions.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { openAppliance } from '../../src/start.js';
import { AnalyticsPageView } from '../../src/web/views/analytics.js';
import { type SeedMessage, seedMailbox, seedThreads } from '../../tests/support/analytics-seed.js';
import { median, percentile, round } from '../bench-support/stats.js';

const N = Number(process.env.BENCH_ANALYTICS_MESSAGES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_ANALYTICS_RUNS ?? 20);
/** The page computed from the messages is slow at this size: fewer runs of it. */
const OLD_PAGE_RUNS = Math.max(1, Math.min(RUNS, Number(process.env.BENCH_ANALYTICS_OLD_PAGE_RUNS ?? 5)));
/** Each first view after a refresh follows a day of new mail: a few runs only. */
const FIRST_RUNS = Math.max(1, Number(process.env.BENCH_ANALYTICS_FIRST_RUNS ?? 5));
/** The view reads the session stage and the signed-in user's role, id and name only. */
const reader = {
  idHash: 'bench',
  session: { stage: 'full' },
  user: { id: 1, role: 'admin', username: 'bench' },
} as unknown as ActiveSession;
const H = 3_600_000;
const YEAR_START = Date.parse('2025-01-01T00:00:00Z');

function* threads(messages: number): Generator<SeedMessage[]> {
  let made = 0;
  for (let i = 0; made < messages; i++) {
    const at = YEAR_START + ((i * 7919) % 365) * 24 * H + ((i * 37) % 24) * H;
    const first: SeedMessage = {
      at,
      direction: 'inbound',
      from: `c${i}`,
      to: ['box'],
      ...(i % 3 === 0 ? { draftAt: at + 60_000, similarity: (i % 10) / 10 } : {}),
      ...(i % 17 === 0 ? { skipRule: 'auto_submitted' } : {}),
    };
    const t: SeedMessage[] = [
      first,
      { at: at + ((i % 40) + 1) * 0.5 * H, direction: 'outbound', from: 'box', to: [`c${i}`] },
    ];
    if (i % 2 === 0) t.push({ at: at + 30 * H, direction: 'inbound', from: `c${i}`, to: ['box'] });
    if (i % 4 === 0) t.push({ at: at + 33 * H, direction: 'outbound', from: 'box', to: [`c${i}`] });
    made += t.length;
    yield t;
  }
}

function* dayOfNewMail(count: number): Generator<SeedMessage[]> {
  // Mid-December: recent mail, as a refresh after a sync sees it.
  const at0 = Date.parse('2025-12-15T08:00:00Z');
  for (let i = 0; i < count / 2; i++) {
    const at = at0 + i * 30_000;
    yield [
      { at, direction: 'inbound', from: `n${i}`, to: ['box'] },
      { at: at + 2 * H, direction: 'outbound', from: 'box', to: [`n${i}`] },
    ];
  }
}

export async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-bench-'));
  try {
    const config = loadConfig({
      VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
      VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
    });
    const { store, keys } = openAppliance(config, systemClock);
    const seedStart = Date.now();
    const mailboxId = seedMailbox(store, 'Support');
    const seeded = seedThreads(store, mailboxId, threads(N));
    const seedMs = Date.now() - seedStart;
    const deps = { db: store.db, clock: systemClock };
    const week = { timeZone: 'Europe/Berlin', holidays: 'DE-BY', sla: '8' };
    const days = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, '08:00-12:00, 13:00-17:00']),
    );
    setMailboxCalendar({ ...deps, keys }, mailboxId, { ...week, ...days }, { kind: 'cli' });
    const rebuild = refreshRollups(deps, mailboxId, { full: true });
    const report = (from: string, to: string) => {
      const t = performance.now();
      const r = analyticsReport(deps, { mailbox: 'Support', from, to });
      const m = r.mailboxes[0]!;
      return { ms: performance.now() - t, segments: (m.segments as { n: number }).n, from: m.computedFrom };
    };
    // After a day of new mail (1,000 messages): the report refreshes the touched days, then reads.
    const afterNewMail: number[] = [];
    for (let i = 0; i < 5; i++) {
      seedThreads(store, mailboxId, dayOfNewMail(1000));
      afterNewMail.push(report('2025-01-01', '2025-12-31').ms);
    }
    const year = Array.from({ length: RUNS }, () => report('2025-01-01', '2025-12-31'));
    const month = Array.from({ length: RUNS }, () => report('2025-06-01', '2025-06-30'));
    const ms = (runs: { ms: number }[]) => runs.map((r) => r.ms);
    // The page as GET /analytics builds it: the use case, then the view to HTML.
    const view = (
      pageDeps: AnalyticsPageDeps,
      mailbox: number | null,
      from: string,
      to: string,
      fromMessages: boolean,
    ) => {
      const t = performance.now();
      const p = analyticsPage(pageDeps, {
        mailboxId: mailbox,
        from,
        to,
        visibleMailboxIds: null,
        perAgent: false,
        actor: { kind: 'cli' },
        fromMessages,
      });
      const html = String(
        AnalyticsPageView({
          csrf: 'bench',
          active: reader,
          form: { mailbox, period: 'custom', from, to },
          options: p?.options ?? [],
          errors: {},
          page: p,
          perAgent: false,
        }),
      );
      if (!html.includes('Waiting for a reply')) throw new Error('the page did not render its figures');
      return performance.now() - t;
    };
    const page = (from: string, to: string, fromMessages: boolean) =>
      view({ ...deps, keys }, mailboxId, from, to, fromMessages);
    const pageTimes = (from: string, to: string) => {
      const now = Array.from({ length: RUNS }, () => page(from, to, false));
      const old = Array.from({ length: OLD_PAGE_RUNS }, () => page(from, to, true));
      return {
        medianMs: round(median(now)),
        p95Ms: round(percentile(now, 95)),
        fromMessagesMedianMs: round(median(old)),
        fromMessagesP95Ms: round(percentile(old, 95)),
        speedup: round(median(old) / median(now)),
      };
    };
    const pageYear = pageTimes('2025-01-01', '2025-12-31');
    const pageMonth = pageTimes('2025-06-01', '2025-06-30');
    const firstView = await firstViewsAfterRefresh(store, mailboxId, keys, view);
    store.close();
    return {
      messages: seeded,
      seedMs,
      rebuild: { ms: rebuild.ms, days: rebuild.days },
      reportAfterNewMail: { medianMs: round(median(afterNewMail)), maxMs: round(Math.max(...afterNewMail)) },
      yearFromRollups: {
        medianMs: round(median(ms(year))),
        p95Ms: round(percentile(ms(year), 95)),
        segments: year[0]!.segments,
        computedFrom: year[0]!.from,
      },
      monthFromRollups: {
        medianMs: round(median(ms(month))),
        p95Ms: round(percentile(ms(month), 95)),
        segments: month[0]!.segments,
      },
      pageYear,
      pageMonth,
      firstView,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Views after a day of new mail and the refresh it brings, without and with the views computed ahead. */
async function firstViewsAfterRefresh(
  store: ReturnType<typeof openAppliance>['store'],
  mailboxId: number,
  keys: AnalyticsPageDeps['keys'],
  view: (deps: AnalyticsPageDeps, mailbox: number | null, from: string, to: string, old: boolean) => number,
) {
  const deps = { db: store.db, clock: { now: () => Date.parse('2025-12-31T15:00:00Z') }, keys };
  const [month, , , year] = warmPeriods('2025-12-31');
  const runs = {
    cold: { year: [] as number[], month: [] as number[] },
    warm: { year: [] as number[], month: [] as number[] },
  };
  const warmMs: number[] = [];
  let keptBytes = 0;
  let missesOnWarmViews = 0;
  for (let i = 0; i < FIRST_RUNS; i++) {
    for (const mode of ['cold', 'warm'] as const) {
      seedThreads(store, mailboxId, dayOfNewMail(1000));
      refreshRollups(deps, mailboxId);
      if (mode === 'warm') {
        warmMs.push((await warmAnalyticsPage({ ...deps, perAgent: false })).ms);
        keptBytes = Math.max(keptBytes, keptPeriodStats(store.db).bytes);
      }
      const misses = keptPeriodStats(store.db).misses + keptFigureStats().misses;
      runs[mode].year.push(view(deps, mailboxId, year!.from, year!.to, false));
      runs[mode].month.push(view(deps, mailboxId, month!.from, month!.to, false));
      if (mode === 'warm')
        missesOnWarmViews += keptPeriodStats(store.db).misses + keptFigureStats().misses - misses;
    }
  }
  const times = (t: number[]) => ({ medianMs: round(median(t)), maxMs: round(Math.max(...t)) });
  return {
    runs: FIRST_RUNS,
    yearPeriod: year,
    refreshOnly: { oneYearPage: times(runs.cold.year), defaultPage: times(runs.cold.month) },
    computedAhead: { oneYearPage: times(runs.warm.year), defaultPage: times(runs.warm.month) },
    missesOnWarmViews,
    warmJobMs: times(warmMs),
    keptMB: round(keptBytes / 2 ** 20),
  };
}
