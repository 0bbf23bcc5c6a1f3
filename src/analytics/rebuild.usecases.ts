import { MARGIN } from './analytics.repository.js';
import { localDayFn } from './calendar.models.js';
import {
  earliestThread,
  findRebuild,
  findRollupState,
  type RebuildRow,
  saveRollupState,
  stageRollups,
  startRebuildRow,
  storeExtent,
  swapStagedRollups,
} from './rollups.repository.js';
import {
  computeDays,
  encodeDays,
  type RefreshResult,
  type RollupDeps,
  rollupCalendar,
} from './rollups.usecases.js';

/**
 * The full rebuild of a mailbox's rollups in steps, so the process keeps serving while a year of
 * a million messages is recomputed (16 s in one piece). Each step computes a range of days and
 * stages its rows with the next day to do, in one transaction; the last step moves the staged
 * rows into place with the rollups' new state, in one transaction. Until then readers see the
 * previous complete rollups (or, after a calendar change, none for the new calendar), never half
 * of a rebuild. A rebuild cut short by a restart resumes where it stopped while the calendar is
 * the same; mail that arrived meanwhile is after its watermarks and reaches the next refresh.
 */

/** Days per step: a month of a million-message mailbox is about 1.5 s of work at most. */
export const REBUILD_CHUNK_DAYS = 14;

export interface RebuildProgress {
  doneDays: number;
  totalDays: number;
  startedAt: number;
}

/** How far a rebuild of the mailbox has come; null when none is under way. */
export function rebuildProgress(deps: Pick<RollupDeps, 'db'>, mailboxId: number): RebuildProgress | null {
  const row = findRebuild(deps.db, mailboxId);
  if (!row) return null;
  return {
    doneDays: row.nextDay - row.fromDay,
    totalDays: row.toDay - row.fromDay + 1,
    startedAt: row.startedAt,
  };
}

/** The rebuild under way for the current calendar, or a new one (of no days when there is no mail). */
function startOrResume(deps: RollupDeps, mailboxId: number): RebuildRow {
  const { def, key } = rollupCalendar(deps.db, mailboxId);
  const current = findRebuild(deps.db, mailboxId);
  if (current && current.calendarKey === key) return current;
  const now = deps.clock.now();
  const extent = storeExtent(deps.db, mailboxId);
  const earliest = earliestThread(deps.db, mailboxId);
  const localDay = localDayFn(def.timeZone);
  const fromDay = earliest === null ? localDay(now) : localDay(earliest - MARGIN);
  const row: RebuildRow = {
    mailboxId,
    calendarKey: key,
    fromDay,
    toDay: earliest === null ? fromDay - 1 : localDay(Math.max(now, earliest) + MARGIN),
    nextDay: fromDay,
    messageWatermark: extent.maxMessageId,
    draftWatermark: extent.maxDraftId,
    messageCount: extent.messages,
    startedAt: now,
  };
  deps.db.transaction((tx) => startRebuildRow(tx, row));
  return row;
}

/** One step: the next range of days staged and, once all are, the rollups replaced. */
export function rebuildStep(deps: RollupDeps, mailboxId: number): { done: boolean; totalDays: number } {
  const row = startOrResume(deps, mailboxId);
  const { def } = rollupCalendar(deps.db, mailboxId);
  const range = { fromDay: row.nextDay, toDay: Math.min(row.toDay, row.nextDay + REBUILD_CHUNK_DAYS - 1) };
  const rows =
    range.fromDay <= range.toDay
      ? encodeDays(computeDays(deps.db, mailboxId, def, range, deps.clock.now()), row.calendarKey)
      : [];
  const done = range.toDay >= row.toDay;
  deps.db.transaction((tx) => {
    stageRollups(tx, mailboxId, rows, range.toDay + 1);
    if (!done) return;
    const state = findRollupState(tx, mailboxId);
    swapStagedRollups(tx, mailboxId);
    saveRollupState(tx, {
      mailboxId,
      calendarKey: row.calendarKey,
      messageWatermark: row.messageWatermark,
      draftWatermark: row.draftWatermark,
      messageCount: row.messageCount,
      // Drafts stored or scored since the rebuild began are looked back at from here.
      refreshedAt: row.startedAt,
      rebuiltAt: row.startedAt,
      version: (state?.version ?? 0) + 1,
    });
  });
  return { done, totalDays: row.toDay - row.fromDay + 1 };
}

/** The whole rebuild, yielding to the event loop between steps. */
export async function rebuildRollups(deps: RollupDeps, mailboxId: number): Promise<RefreshResult> {
  const started = performance.now();
  for (;;) {
    const step = rebuildStep(deps, mailboxId);
    if (step.done) return { mode: 'full', days: step.totalDays, ms: Math.round(performance.now() - started) };
    await new Promise((resolve) => setImmediate(resolve));
  }
}
