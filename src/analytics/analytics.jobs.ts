import { enqueueJob, hasQueuedMailboxJob } from '../jobs/jobs.repository.js';
import { type JobHandler, jobHandler } from '../jobs/jobs.runner.js';
import { listMailboxRows } from '../mailboxes/mailboxes.repository.js';
import type { Logger } from '../shared/logger.js';
import type { Tx } from '../store/store.js';
import { analyticsRefreshJob } from './analytics.job.js';
import { type AutoPauseDeps, autoPauseUnusedDrafting } from './auto-pause.usecases.js';
import { type WarmDeps, warmAnalyticsPage } from './page-warm.usecases.js';
import { rebuildProgress, rebuildRollups } from './rebuild.usecases.js';
import { findRollupState } from './rollups.repository.js';
import { fullRebuildDue, refreshRollups } from './rollups.usecases.js';

/**
 * How often every mailbox's rollups catch up (new mail queues its mailbox's refresh sooner; the
 * CLI report refreshes them too when asked).
 */
export const ANALYTICS_REFRESH_MS = 10 * 60_000;
/** A full rebuild a day bounds what the incremental runs could miss (a draft scored late). */
const REBUILD_AFTER_MS = 24 * 3_600_000;

/**
 * The next periodic run at or after `after`, on a fixed grid: a restart schedules the same slot
 * (one job per slot), so runs never multiply.
 */
export function scheduleAnalyticsRefresh(db: Tx, after: number, now: number, maxAttempts: number): void {
  const runAt = Math.ceil(after / ANALYTICS_REFRESH_MS) * ANALYTICS_REFRESH_MS;
  const slot = new Date(runAt).toISOString().slice(0, 16);
  enqueueJob(
    db,
    analyticsRefreshJob,
    {
      payload: { slot, mailboxId: null, full: false, by: null },
      idempotencyKey: `${analyticsRefreshJob.kind}:${slot}`,
      maxAttempts,
      runAfter: runAt,
    },
    now,
  );
}

/** How long a refresh after new mail waits: the rest of a sync's batches join the same run. */
export const NEW_MAIL_REFRESH_DELAY_MS = 60_000;

/**
 * New mail (or a new draft) stored for a mailbox: its rollups refreshed, and the page's views
 * computed ahead, within about a minute instead of at the next periodic run. Debounced: while
 * one such run waits, further mail joins it; one already running is followed by a new one, as
 * it may have read the store before this mail. True when a job was queued.
 */
export function queueAnalyticsRefresh(tx: Tx, mailboxId: number, now: number): boolean {
  if (hasQueuedMailboxJob(tx, analyticsRefreshJob.kind, mailboxId)) return false;
  const runAt = now + NEW_MAIL_REFRESH_DELAY_MS;
  const slot = new Date(runAt).toISOString();
  return enqueueJob(
    tx,
    analyticsRefreshJob,
    {
      payload: { slot, mailboxId, full: false, by: null },
      idempotencyKey: `${analyticsRefreshJob.kind}:${mailboxId}:mail:${slot}`,
      maxAttempts: 3,
      runAfter: runAt,
    },
    now,
  );
}

/** A full rebuild of one mailbox's rollups, asked for by a user (audited by the caller). */
export function enqueueRecompute(tx: Tx, mailboxId: number, by: number | null, now: number): void {
  const slot = new Date(now).toISOString();
  enqueueJob(
    tx,
    analyticsRefreshJob,
    {
      payload: { slot, mailboxId, full: true, by },
      idempotencyKey: `${analyticsRefreshJob.kind}:${mailboxId}:${slot}`,
      maxAttempts: 3,
    },
    now,
  );
}

export function analyticsRefreshHandler(
  deps: AutoPauseDeps & WarmDeps & { logger: Logger; maxAttempts: number; autoPauseAfter: number },
): JobHandler<'analytics.refresh'> {
  return jobHandler(analyticsRefreshJob, {
    concurrency: 1,
    async handle(payload) {
      const now = deps.clock.now();
      // A mailbox removed since its refresh was queued (new mail queues one) has nothing to refresh.
      const ids = listMailboxRows(deps.db)
        .map((m) => m.id)
        .filter((id) => payload.mailboxId === null || id === payload.mailboxId);
      for (const id of ids) {
        const state = findRollupState(deps.db, id);
        // A full rebuild goes in steps (the console stays responsive); one cut short resumes.
        const full =
          payload.full ||
          !state ||
          now - state.rebuiltAt > REBUILD_AFTER_MS ||
          rebuildProgress(deps, id) !== null ||
          fullRebuildDue(deps.db, id);
        const result = full ? await rebuildRollups(deps, id) : refreshRollups(deps, id);
        if (result.mode !== 'fresh')
          deps.logger.info({ mailboxId: id, ...result }, 'analytics rollups refreshed');
      }
      // The page's usual views ready before a reader asks (off the request path, in steps). The
      // rollups are written either way: a failure here costs the next reader the wait, no more.
      try {
        const warm = await warmAnalyticsPage(deps);
        if (warm.views > 0) deps.logger.info(warm, 'analytics page views computed ahead');
      } catch (e) {
        deps.logger.warn({ err: e }, 'analytics page views could not be computed ahead');
      }
      if (payload.mailboxId !== null) return;
      const paused = autoPauseUnusedDrafting(deps, deps.autoPauseAfter);
      if (paused.length > 0)
        deps.logger.warn({ mailboxIds: paused }, 'drafting paused: the last drafts went unused');
      scheduleAnalyticsRefresh(deps.db, now + 1, now, deps.maxAttempts);
    },
  });
}
