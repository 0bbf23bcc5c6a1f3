import { type AutoPausedMailbox, autoPausedMailboxes } from '../analytics/auto-pause.usecases.js';
import type { VerifyResult } from '../audit/audit.models.js';
import { searchAudit } from '../audit/audit-search.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { countStoredDraftsSince, countWaitingDrafts } from '../draft/drafts.repository.js';
import { overdueDsrRequests } from '../dsr/dsr.usecases.js';
import { countJobsByState, oldestWaitingByKind } from '../jobs/jobs.repository.js';
import { countReviewQueue } from '../knowledge/review.repository.js';
import { type MailboxStatus, mailboxStatuses } from '../mailboxes/mailbox-console.usecases.js';
import type { ModelFileStatus } from '../model-files/model-files.manifest.js';
import { loadSettings } from '../settings/settings.usecases.js';
import type { Clock } from '../shared/clock.js';
import { INTEGRITY_CHECK } from '../store/integrity.jobs.js';
import { startOfLocalDay } from './dashboard.models.js';
import type { FeatureStatus } from './features.models.js';

export interface QueueDepth {
  kind: string;
  queued: number;
  running: number;
  done: number;
  dead: number;
  /** Since when the oldest due job has waited for a worker; null when none waits. */
  waitingSince: number | null;
}

/** A feature that depends on a model or a server (drafting, embeddings): on, or off and why. */
/** In-memory state of the running loops, for what the database cannot say (it may be unwritable). */
export interface RuntimeHealth {
  store: { code: string; message: string; since: number } | null;
  /** Mailboxes whose sync is interrupted, with the reason. */
  mailboxes: ReadonlyMap<number, { code: string; at: number }>;
}

export interface DashboardView {
  /** When the view was made (for "waiting since 5 minutes ago"). */
  now: number;
  /** Null while the store writes; otherwise why it cannot (shown above everything else). */
  store: RuntimeHealth['store'];
  /** When the nightly full integrity check last passed (damage shows as `store` instead). */
  lastIntegrityCheck: number | null;
  features: FeatureStatus[];
  queues: QueueDepth[];
  models: ModelFileStatus[];
  chain: VerifyResult | null;
  mailboxes: MailboxStatus[];
  /**
   * Drafts stored since local midnight (business-hours time zone), messages waiting for a
   * language model (drafting off), and conversations awaiting review.
   */
  work: { draftsToday: number; waitingForModel: number; reviewWaiting: number };
  /** Data-subject requests past their one-month deadline (ids, oldest due first). */
  overdueRequests: number[];
  /** Mailboxes whose drafting the appliance paused because the last drafts went unused. */
  autoPaused: AutoPausedMailbox[];
}

/**
 * Queue depths, model files, audit chain and mailbox health. `mailboxIds` limits the mailboxes
 * to those a reviewer is assigned; null means all (admin, auditor).
 */
export async function dashboardView(
  deps: Pick<ConsoleDeps, 'db'> & { clock: Clock },
  sources: {
    models: () => Promise<ModelFileStatus[]>;
    features?: () => FeatureStatus[];
    chain: (() => VerifyResult) | null;
    mailboxIds?: readonly number[] | null;
    health?: () => RuntimeHealth;
  },
): Promise<DashboardView> {
  const now = deps.clock.now();
  const byKind = new Map<string, QueueDepth>();
  const waiting = new Map(oldestWaitingByKind(deps.db, now).map((w) => [w.kind, w.since]));
  for (const r of countJobsByState(deps.db)) {
    const q = byKind.get(r.kind) ?? {
      kind: r.kind,
      queued: 0,
      running: 0,
      done: 0,
      dead: 0,
      waitingSince: waiting.get(r.kind) ?? null,
    };
    if (r.state === 'queued' || r.state === 'running' || r.state === 'done' || r.state === 'dead')
      q[r.state] = r.count;
    byKind.set(r.kind, q);
  }
  const timeZone = String(loadSettings(deps).businessHours.timeZone);
  const ids = sources.mailboxIds ?? null;
  const work = {
    draftsToday: countStoredDraftsSince(deps.db, startOfLocalDay(now, timeZone), ids),
    waitingForModel: countWaitingDrafts(deps.db, ids),
    reviewWaiting: countReviewQueue(deps.db, ids),
  };
  const health = sources.health?.() ?? { store: null, mailboxes: new Map() };
  return {
    now,
    store: health.store,
    lastIntegrityCheck: searchAudit(deps.db, { action: INTEGRITY_CHECK, limit: 1 })[0]?.at ?? null,
    work,
    overdueRequests: overdueDsrRequests(deps).map((r) => r.id),
    autoPaused: autoPausedMailboxes(deps.db).filter((p) => ids === null || ids.includes(p.mailboxId)),
    features: sources.features?.() ?? [],
    queues: [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    models: await sources.models(),
    chain: sources.chain ? sources.chain() : null,
    mailboxes: mailboxStatuses(deps.db)
      .filter((m) => sources.mailboxIds == null || sources.mailboxIds.includes(m.mailbox.id))
      .map((m) => {
        // A problem the sync loop saw but could not save (disk full) still shows on its mailbox.
        const p = health.mailboxes.get(m.mailbox.id);
        return p && p.at > (m.mailbox.lastError?.at ?? 0)
          ? { ...m, mailbox: { ...m.mailbox, lastError: p } }
          : m;
      }),
  };
}
