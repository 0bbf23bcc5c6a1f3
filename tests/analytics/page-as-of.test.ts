import { describe, expect, it } from 'vitest';
import { queueAnalyticsRefresh } from '../../src/analytics/analytics.jobs.js';
import { analyticsReport } from '../../src/analytics/analytics.usecases.js';
import { analyticsPage } from '../../src/analytics/analytics-page.usecases.js';
import { findRollupState } from '../../src/analytics/rollups.repository.js';
import {
  runAnalyticsRefresh,
  type SeedMessage,
  seedMailbox,
  seedThreads,
} from '../support/analytics-seed.js';
import { tempAppliancePerTest } from '../support/temp-appliance.js';

const H = 3_600_000;
const DAY = 24 * H;
const NOW = Date.parse('2026-07-01T10:00:00Z');
const PERIOD = { from: '2026-06-02', to: '2026-07-01' };

/** `n` threads a day apart from `start`, each answered after two hours. */
function threads(start: number, n: number, tag: string): SeedMessage[][] {
  return Array.from({ length: n }, (_, i) => [
    { at: start + i * DAY, direction: 'inbound', from: `${tag}${i}`, to: ['box'] },
    { at: start + i * DAY + 2 * H, direction: 'outbound', from: 'box', to: [`${tag}${i}`] },
  ]);
}

const openAppliance = tempAppliancePerTest();

function setup() {
  const { store, keys, clock, setNow } = openAppliance(NOW);
  const support = seedMailbox(store, 'Support');
  const sales = seedMailbox(store, 'Sales');
  seedThreads(store, support, threads(NOW - 20 * DAY, 10, 's'));
  seedThreads(store, sales, threads(NOW - 20 * DAY, 6, 'b'));
  const deps = { db: store.db, clock, keys };
  const page = (mailboxId: number | null) =>
    analyticsPage(deps, {
      mailboxId,
      ...PERIOD,
      visibleMailboxIds: null,
      perAgent: false,
      actor: { kind: 'cli' },
    })!;
  const runJob = runAnalyticsRefresh(deps);
  /** Runs the refresh jobs new mail queued (the real handler, on their stored payloads). */
  const runQueuedRefreshes = async () => {
    const queued = store.db.$client
      .prepare("SELECT id, payload FROM jobs WHERE kind = 'analytics.refresh' AND state = 'queued'")
      .all() as { id: number; payload: string }[];
    for (const job of queued) {
      await runJob(job.payload, job.id);
      store.db.$client.prepare("UPDATE jobs SET state = 'done' WHERE id = ?").run(job.id);
    }
    return queued.length;
  };
  return {
    store,
    support,
    sales,
    page,
    runQueuedRefreshes,
    advance: (ms: number) => setNow(clock.now() + ms),
  };
}

describe('the Analytics page after new mail', () => {
  it('shows the figures as of the last refresh without refreshing, until the queued refresh ran', async () => {
    const { store, support, sales, page, runQueuedRefreshes, advance } = setup();
    // The first view ever builds the rollups, as before.
    expect(findRollupState(store.db, support)).toBeUndefined();
    const first = page(support);
    expect(first.figures.segments.n).toBe(10);
    expect(first.asOf).toBe(NOW);

    advance(3 * 60_000);
    seedThreads(store, support, threads(NOW - 3 * DAY, 3, 'n'));
    const kept = page(support);
    expect(kept.figures.segments.n).toBe(10);
    expect(kept.asOf).toBe(NOW);
    expect(findRollupState(store.db, support)?.refreshedAt).toBe(NOW);
    // All mailboxes: as of the oldest last refresh (Sales built now, Support kept from before).
    expect(page(null).asOf).toBe(NOW);
    expect(findRollupState(store.db, sales)?.refreshedAt).toBe(NOW + 3 * 60_000);

    // The refresh new mail queues (as a sync does) brings the page up to date off the request.
    store.db.transaction((tx) => queueAnalyticsRefresh(tx, support, NOW + 3 * 60_000));
    advance(60_000);
    expect(await runQueuedRefreshes()).toBe(1);
    const fresh = page(support);
    expect(fresh.figures.segments.n).toBe(13);
    expect(fresh.asOf).toBe(NOW + 4 * 60_000);
  });

  it('is refreshed first by the report the CLI prints', () => {
    const { store, support, page, advance } = setup();
    page(support);
    advance(60_000);
    seedThreads(store, support, threads(NOW - 3 * DAY, 3, 'n'));
    const report = analyticsReport(
      { db: store.db, clock: { now: () => NOW + 60_000 } },
      { mailbox: 'Support', ...PERIOD },
    );
    expect(report.mailboxes[0]).toMatchObject({ computedFrom: 'rollups', segments: { n: 13 } });
    expect(findRollupState(store.db, support)?.refreshedAt).toBe(NOW + 60_000);
  });

  it('queues one refresh per mailbox however much mail arrives while it waits', () => {
    const { store, support, sales } = setup();
    const queue = (id: number, at: number) => store.db.transaction((tx) => queueAnalyticsRefresh(tx, id, at));
    expect([queue(support, NOW), queue(support, NOW + 1000), queue(sales, NOW + 2000)]).toEqual([
      true,
      false,
      true,
    ]);
    // Once it runs, further mail queues the next one (the running one may have missed it).
    store.db.$client.prepare("UPDATE jobs SET state = 'running' WHERE kind = 'analytics.refresh'").run();
    expect(queue(support, NOW + 70_000)).toBe(true);
    const rows = store.db.$client
      .prepare("SELECT run_after AS runAfter FROM jobs WHERE kind = 'analytics.refresh' AND state = 'queued'")
      .all();
    expect(rows).toEqual([{ runAfter: NOW + 130_000 }]);
  });

  it('leaves a mailbox removed after its refresh was queued alone', async () => {
    const { store, runQueuedRefreshes } = setup();
    const gone = seedMailbox(store, 'Gone');
    store.db.transaction((tx) => queueAnalyticsRefresh(tx, gone, NOW));
    store.db.$client.prepare('DELETE FROM mailboxes WHERE id = ?').run(gone);
    expect(await runQueuedRefreshes()).toBe(1);
    expect(findRollupState(store.db, gone)).toBeUndefined();
  });
});
