import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit, pruneAuditBatch } from '../audit/audit.repository.js';
import type { Config } from '../config/config.js';
import { enqueueJob } from '../jobs/jobs.repository.js';
import { readSetting, writeSetting } from '../settings/settings.repository.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { backfillSince } from '../sync/sync.models.js';
import { dayOf, retentionPurgeJob } from './retention.job.js';
import {
  type Cutoff,
  categoryLabel,
  cutoffs,
  parseRetentionForm,
  RETENTION_SETTING,
  type RetentionCategory,
  type RetentionParse,
  type RetentionPeriod,
  type RetentionSource,
  resolvePeriods,
} from './retention.models.js';
import { countOlder, deleteIds, olderIds, type PurgeTable, tableOf } from './retention.repository.js';

/** What the environment contributes: the audit log's initial period and how far a resync reads back. */
export interface RetentionEnv {
  /** VEILDRAFT_AUDIT_RETENTION_DAYS when set. */
  auditDays?: number;
  /** VEILDRAFT_SYNC_BACKFILL_MONTHS. */
  backfillMonths: number;
  /** VEILDRAFT_RETENTION_PURGE_HOUR, shown on the console. */
  purgeHour?: number;
}

export function retentionEnv(
  config: Pick<Config, 'auditRetentionDays' | 'syncBackfillMonths' | 'retentionPurgeHour'>,
): RetentionEnv {
  return {
    purgeHour: config.retentionPurgeHour,
    ...(config.auditRetentionDays === undefined ? {} : { auditDays: config.auditRetentionDays }),
    backfillMonths: config.syncBackfillMonths,
  };
}

export interface RetentionDeps {
  db: Db;
  auditKey: Buffer;
  clock: Clock;
  env: RetentionEnv;
}

export function loadPeriods(deps: Pick<RetentionDeps, 'db' | 'env'>): RetentionPeriod[] {
  const raw = readSetting(deps.db, RETENTION_SETTING);
  let stored: unknown;
  try {
    stored = raw === undefined ? undefined : JSON.parse(raw);
  } catch {
    stored = undefined;
  }
  return resolvePeriods(stored, deps.env);
}

/** Validates and stores every period; the change and its audit row commit together. */
export function savePeriods(
  deps: RetentionDeps,
  actor: AuditActor,
  form: Record<string, string | string[] | undefined>,
): RetentionParse {
  const parsed = parseRetentionForm(form);
  if (!parsed.ok) return parsed;
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    writeSetting(
      tx,
      RETENTION_SETTING,
      JSON.stringify(parsed.value),
      now,
      actor.kind === 'user' ? actor.id : null,
    );
    emitAudit(tx, deps.auditKey, {
      actor,
      action: 'retention.update',
      target: `settings:${RETENTION_SETTING}`,
      metadata: { ...parsed.value },
      at: now,
    });
  });
  return parsed;
}

export interface PreviewRow {
  category: RetentionCategory;
  label: string;
  days: number;
  source: RetentionSource;
  before: number;
  heldBy?: Cutoff['heldBy'];
  /** Rows that would go; null when the category has no rows stored yet (analytics). */
  count: number | null;
  /** Threads that go with message metadata. */
  threads?: number;
}

function currentCutoffs(deps: Pick<RetentionDeps, 'db' | 'env'>, now: number) {
  const periods = loadPeriods(deps);
  const since = backfillSince(now, deps.env.backfillMonths).getTime();
  return { periods, cuts: cutoffs(periods, now, since) };
}

/** "What would go tonight": rows past each period at `at` (default: now). */
export function previewRetention(
  deps: Pick<RetentionDeps, 'db' | 'env' | 'clock'>,
  at?: number,
): PreviewRow[] {
  const { periods, cuts } = currentCutoffs(deps, at ?? deps.clock.now());
  return cuts.map((cut, i) => {
    const table = tableOf(cut.category);
    const row: PreviewRow = {
      category: cut.category,
      label: categoryLabel(cut.category),
      days: cut.days,
      source: periods[i]!.source,
      before: cut.before,
      ...(cut.heldBy ? { heldBy: cut.heldBy } : {}),
      count: table ? countOlder(deps.db, table, cut.before) : null,
    };
    // Threads of purged messages: those already empty now; more empty out as their messages go.
    if (cut.category === 'messages') row.threads = countOlder(deps.db, 'threads', cut.before);
    return row;
  });
}

export interface PurgeResult {
  deleted: Record<string, number>;
  /** Longest single write transaction, the time sync and the console may wait for the lock. */
  maxTxMs: number;
  /** The same per category (and threads), to see which one is slow. */
  maxTxMsBy: Record<string, number>;
  batches: number;
  ms: number;
}

export interface PurgeOptions {
  actor: AuditActor;
  batchSize?: number;
  /** After each committed batch of conversations: drop them from the in-memory vector index. */
  onConversationsDeleted?: (ids: readonly number[]) => void;
  signal?: AbortSignal;
}

export const DEFAULT_BATCH = 500;

/**
 * Tables whose rows cost more to delete get a smaller share of a batch. A conversation takes its
 * two texts out of the full-text index (the delete trigger) and its embedding with it: on the
 * 2-core test machine 500 conversations took 30–210 ms per transaction, 100 took 3–107 ms (the
 * peaks are FTS5 segment merges and WAL checkpoints, which land in whichever commit crosses
 * their threshold); a batch of 500 messages stays under ~100 ms.
 */
const batchDivisor: Partial<Record<PurgeTable, number>> = { conversations: 5 };

/**
 * Deletes everything past its period in small batches, each its own short transaction, and
 * yields to the event loop between them, so ingest, jobs and the console get the write lock in
 * between. Ends with one audit row holding the counts per category (and per table of threads).
 */
export async function purgeRetention(deps: RetentionDeps, opts: PurgeOptions): Promise<PurgeResult> {
  const started = performance.now();
  const batch = opts.batchSize ?? DEFAULT_BATCH;
  const { cuts } = currentCutoffs(deps, deps.clock.now());
  const deleted: Record<string, number> = {};
  const maxTxMsBy: Record<string, number> = {};
  let batches = 0;
  const timed = <T>(what: string, fn: () => T): T => {
    const t = performance.now();
    try {
      return fn();
    } finally {
      maxTxMsBy[what] = Math.max(maxTxMsBy[what] ?? 0, Math.round((performance.now() - t) * 100) / 100);
      batches++;
    }
  };

  const purgeTable = async (name: PurgeTable, before: number, after?: (ids: number[]) => void) => {
    let cursor = 0;
    let total = 0;
    const size = Math.max(1, Math.floor(batch / (batchDivisor[name] ?? 1)));
    for (;;) {
      opts.signal?.throwIfAborted();
      const ids = olderIds(deps.db, name, before, cursor, size);
      if (ids.length === 0) break;
      const gone = timed(name, () => deps.db.transaction((tx) => deleteIds(tx, name, ids, before)));
      total += gone.length;
      cursor = ids.at(-1)!;
      if (gone.length > 0) after?.(gone);
      await nextTurn();
    }
    return total;
  };

  for (const cut of cuts) {
    if (cut.category === 'audit') {
      let total = 0;
      for (;;) {
        opts.signal?.throwIfAborted();
        const step = timed('audit', () =>
          deps.db.transaction((tx) =>
            pruneAuditBatch(tx, { before: cut.before, now: deps.clock.now(), maxRows: batch }),
          ),
        );
        total += step.deleted;
        if (step.deleted === 0) break;
        await nextTurn();
      }
      deleted.audit = total;
      continue;
    }
    const table = tableOf(cut.category);
    if (!table) continue;
    deleted[cut.category] = await purgeTable(
      table,
      cut.before,
      cut.category === 'conversations' ? opts.onConversationsDeleted : undefined,
    );
    if (cut.category === 'messages') deleted.threads = await purgeTable('threads', cut.before);
  }

  const ms = Math.round(performance.now() - started);
  const rounded = Math.max(0, ...Object.values(maxTxMsBy));
  deps.db.transaction((tx) =>
    emitAudit(tx, deps.auditKey, {
      actor: opts.actor,
      action: 'retention.purge',
      metadata: { ...deleted, maxTxMs: rounded, batches, ms },
      at: deps.clock.now(),
    }),
  );
  return { deleted, maxTxMs: rounded, maxTxMsBy, batches, ms };
}

/**
 * "Purge now": queues a purge job (the purge itself runs in batches in the job runner, so the
 * console answers at once), audited as a request in the same transaction.
 */
export function requestPurgeNow(
  deps: Pick<RetentionDeps, 'db' | 'auditKey' | 'clock'>,
  userId: number,
): void {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    enqueueJob(
      tx,
      retentionPurgeJob,
      {
        payload: { day: dayOf(now), by: userId },
        idempotencyKey: `${retentionPurgeJob.kind}:now:${userId}:${now}`,
        maxAttempts: 3,
      },
      now,
    );
    emitAudit(tx, deps.auditKey, {
      actor: { kind: 'user', id: userId },
      action: 'retention.purge_requested',
      at: now,
    });
  });
}
