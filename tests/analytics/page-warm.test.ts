import { afterEach, describe, expect, it } from 'vitest';
import { keptFigureStats } from '../../src/analytics/facts-memo.models.js';
import { keptPeriods } from '../../src/analytics/kept-periods.models.js';
import { keptPeriodStats } from '../../src/analytics/period-rollups.usecases.js';
import { refreshRollups } from '../../src/analytics/rollups.usecases.js';
import {
  pageFigures,
  runAnalyticsRefresh,
  type SeedMessage,
  seedMailbox,
  seedThreads,
} from '../support/analytics-seed.js';
import { tempAppliance } from '../support/temp-appliance.js';

const H = 3_600_000;
const DAY = 24 * H;
const NOW = Date.parse('2026-07-01T10:00:00Z');

/** `n` answered threads a day apart from `start`, replies after 1–10 h, some waiting. */
function threads(start: number, n: number, tag: string): SeedMessage[][] {
  return Array.from({ length: n }, (_, i) => {
    const at = start + Math.floor(i / 2) * DAY + (i % 2) * 3 * H;
    const t: SeedMessage[] = [{ at, direction: 'inbound', from: `${tag}${i}`, to: ['box'] }];
    if (i % 7 !== 6)
      t.push({ at: at + ((i % 10) + 1) * H, direction: 'outbound', from: 'box', to: [`${tag}${i}`] });
    return t;
  });
}

const apps: ReturnType<typeof tempAppliance>[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.cleanup();
});

function setup() {
  const app = tempAppliance();
  apps.push(app);
  const { store, keys } = app.open();
  const clock = { now: () => NOW };
  const support = seedMailbox(store, 'Support');
  const sales = seedMailbox(store, 'Sales');
  seedThreads(store, support, threads(NOW - 60 * DAY, 60, 's'));
  seedThreads(store, sales, threads(NOW - 20 * DAY, 24, 'b'));
  const deps = { db: store.db, clock, keys };
  const runJob = runAnalyticsRefresh(deps);
  const refreshJob = () => runJob(JSON.stringify({ slot: 'x', mailboxId: null, full: false, by: null }));
  const page = (mailboxId: number | null, from: string, to: string, fromMessages = false) =>
    pageFigures(deps, mailboxId, from, to, fromMessages);
  /** Decoded periods and figures computed (misses) while `view` runs. */
  const computedDuring = <T>(view: () => T): { value: T; periods: number; figures: number } => {
    const before = { periods: keptPeriodStats(store.db).misses, figures: keptFigureStats().misses };
    const value = view();
    return {
      value,
      periods: keptPeriodStats(store.db).misses - before.periods,
      figures: keptFigureStats().misses - before.figures,
    };
  };
  return { store, support, sales, refreshJob, page, computedDuring };
}

// The route's default view (all mailboxes, last 30 days) and a year of one mailbox.
const last30 = ['2026-06-02', '2026-07-01'] as const;
const lastYear = ['2025-07-02', '2026-07-01'] as const;

describe('the Analytics page after a refresh', () => {
  it('is served from figures the refresh job computed ahead, equal to the page from the messages', async () => {
    const { store, support, refreshJob, page, computedDuring } = setup();
    await refreshJob();
    // New mail arrives; the next periodic refresh writes new rollups and computes the views ahead.
    seedThreads(store, support, threads(NOW - 5 * DAY, 8, 'n'));
    await refreshJob();
    for (const [mailbox, [from, to]] of [
      [null, last30],
      [support, lastYear],
      [null, lastYear],
    ] as const) {
      const first = computedDuring(() => page(mailbox, from, to));
      expect({ mailbox, from, periods: first.periods, figures: first.figures }).toEqual({
        mailbox,
        from,
        periods: 0,
        figures: 0,
      });
      expect(first.value).toEqual(page(mailbox, from, to, true));
    }
    expect(page(support, ...last30).backlog.n).toBeGreaterThan(0);
    store.close();
  });

  it('is computed at the first view when the rollups were refreshed without the job', async () => {
    const { store, support, refreshJob, page, computedDuring } = setup();
    await refreshJob();
    seedThreads(store, support, threads(NOW - 5 * DAY, 8, 'n'));
    refreshRollups({ db: store.db, clock: { now: () => NOW } }, support);
    const first = computedDuring(() => page(null, ...last30));
    expect(first.periods).toBeGreaterThan(0);
    expect(first.figures).toBeGreaterThan(0);
    // The second view finds what the first kept.
    expect(computedDuring(() => page(null, ...last30))).toMatchObject({ periods: 0, figures: 0 });
    store.close();
  });
});

describe('kept decoded periods', () => {
  it('drop a mailbox’s older versions at once and the least recently read beyond the budget', () => {
    const kept = keptPeriods<string>(100);
    kept.keep('a1', 'a', 40, new Map([[1, 1]]));
    kept.keep('b1', 'b', 40, new Map([[2, 1]]));
    kept.keep(
      'all',
      'ab',
      10,
      new Map([
        [1, 1],
        [2, 1],
      ]),
    );
    expect(kept.stats()).toMatchObject({ bytes: 90, entries: 3 });
    // Mailbox 1 refreshed: its old period and the combined one are of no use any more.
    kept.keep('a2', 'a', 30, new Map([[1, 2]]));
    expect(kept.get('a1')).toBeUndefined();
    expect(kept.get('all')).toBeUndefined();
    expect(kept.stats()).toMatchObject({ bytes: 70, entries: 2 });
    // Over the budget: the least recently read goes (b1 was read after a2 was kept).
    expect(kept.get('b1')).toBe('b');
    kept.keep('c1', 'c', 50, new Map([[3, 1]]));
    expect(kept.get('a2')).toBeUndefined();
    expect(kept.get('b1')).toBe('b');
    expect(kept.stats()).toMatchObject({ bytes: 90, entries: 2 });
    // The newest is kept even alone over the budget.
    kept.keep('d1', 'd', 500, new Map([[4, 1]]));
    expect(kept.stats()).toMatchObject({ bytes: 500, entries: 1 });
  });
});
