import type { ImapFlow } from 'imapflow';
import type { FolderRole } from '../ingest/message.models.js';
import { syncFolder } from './sync.folder.js';
import type { Permits } from './sync.permits.js';
import type { SyncMailbox, SyncProblem, SyncServiceDeps, SyncState } from './sync.types.js';

/**
 * What one mailbox's connection does while it works: sync INBOX (and Sent when due) under a
 * permit, record the mailbox active, then IDLE until new mail, the poll interval or a stop. The
 * supervision around it (reconnects, backoff, probing, restarts) is SyncService's.
 */

export interface Watch {
  mailbox: SyncMailbox;
  stopped: boolean;
  /** Sync Sent too on the next round, not only when its poll is due. */
  fullSync: boolean;
  /** A sync round completed on the current connection: the backoff starts over after it. */
  healthy: boolean;
  wake: () => void;
  /** Aborted when the watch stops. */
  stop: AbortController;
  client?: ImapFlow;
  done: Promise<void>;
}

/** What a session needs from the service that runs it. */
export interface SessionContext {
  deps: SyncServiceDeps;
  permits: Permits;
  /** Mailboxes whose sync is interrupted, shown from memory. */
  problems: Map<number, SyncProblem>;
  record(w: Watch, state: SyncState, code?: string): void;
}

/** One connection's life: sync, then IDLE on INBOX until new mail, the poll timer or a stop. */
export async function runSession(ctx: SessionContext, w: Watch, client: ImapFlow): Promise<void> {
  const { settings } = ctx.deps;
  let lastSentPoll = 0;
  let inboxPath = 'INBOX';
  // Set by an EXISTS on INBOX at any time, also while another command runs, so mail that
  // arrives between the sync and the next IDLE is not left waiting for the poll.
  let inboxDirty = true;
  const onExists = (e: { path?: string }) => {
    if (e?.path !== undefined && e.path !== inboxPath) return;
    inboxDirty = true;
    w.wake();
  };
  const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
  let failure: unknown;
  client.on('exists', onExists);
  try {
    while (!w.stopped) {
      const folders = await resolveFolders(client, w.mailbox);
      inboxPath = folders.inbox;
      const release = await ctx.permits.take();
      let syncedUidNext: number;
      try {
        // Sent first: at the first sync, a backlog message in INBOX then finds its reply and
        // is learned from instead of drafted (ingest.commit.ts).
        if (folders.sent && (w.fullSync || ctx.deps.now() - lastSentPoll >= settings.pollMs)) {
          w.fullSync = false;
          // Drafts are looked at before Sent is read, so a draft the agent sent is gone from
          // Drafts only once its reply is in Sent and known when the sweep decides.
          const gone = await goneDrafts(ctx, w, client);
          await syncRole(ctx, w, client, 'sent', folders.sent);
          if (gone.length > 0) ctx.deps.draftSweep?.markDeleted(gone);
          lastSentPoll = ctx.deps.now();
        }
        inboxDirty = false;
        syncedUidNext = await syncRole(ctx, w, client, 'inbox', folders.inbox);
      } finally {
        release();
      }
      if (w.stopped) return;
      w.healthy = true;
      ctx.problems.delete(w.mailbox.id);
      ctx.record(w, 'active');
      const box = await client.mailboxOpen(folders.inbox, { readOnly: true });
      if (inboxDirty || box.uidNext > syncedUidNext) continue;
      // IDLE until the server reports new mail, the poll interval passes, or a stop; the
      // next command breaks the IDLE (imapflow sends DONE first).
      let timer: NodeJS.Timeout | undefined;
      const woken = new Promise<void>((resolve) => {
        w.wake = () => resolve();
        timer = setTimeout(resolve, Math.min(settings.pollMs, settings.idleRestartMs));
        void closed.then(() => resolve());
      });
      void client.idle().catch((e: unknown) => {
        failure = e;
      });
      await woken;
      clearTimeout(timer);
      if (!client.usable) throw failure ?? new Error('connection closed');
    }
  } finally {
    client.off('exists', onExists);
  }
}

async function syncRole(
  ctx: SessionContext,
  w: Watch,
  client: ImapFlow,
  role: FolderRole,
  path: string,
): Promise<number> {
  const before = ctx.deps.now();
  const { counts, uidNext } = await syncFolder(
    client,
    {
      db: ctx.deps.db,
      logger: ctx.deps.logger,
      now: ctx.deps.now,
      settings: ctx.deps.settings,
      onBatch: (e) => {
        // The batch was committed: whatever the store's trouble was, it writes again.
        ctx.deps.health?.ok();
        if (ctx.problems.get(w.mailbox.id)?.code.startsWith('store.')) ctx.problems.delete(w.mailbox.id);
        if (e.state.backfillFinishedAt === null) ctx.record(w, 'backfilling');
        ctx.deps.onBatch?.(e);
      },
    },
    w.mailbox,
    role,
    path,
  );
  if (counts.inserted + counts.quarantined + counts.duplicates > 0) {
    ctx.deps.logger.info(
      { mailboxId: w.mailbox.id, role, ...counts, ms: ctx.deps.now() - before },
      'mailbox synced',
    );
  }
  return uidNext;
}

/** The sweep's first step; a failure of it leaves the drafts pending and the sync going on. */
async function goneDrafts(ctx: SessionContext, w: Watch, client: ImapFlow): Promise<number[]> {
  if (!ctx.deps.draftSweep) return [];
  try {
    return await ctx.deps.draftSweep.findGone(client, w.mailbox.id);
  } catch (e) {
    if (!client.usable) throw e;
    ctx.deps.logger.warn({ mailboxId: w.mailbox.id, err: e }, 'draft sweep failed; drafts left pending');
    return [];
  }
}

async function resolveFolders(client: ImapFlow, m: SyncMailbox): Promise<{ inbox: string; sent?: string }> {
  const list = await client.list();
  const sent = m.folders?.sent ?? list.find((f) => f.specialUse === '\\Sent')?.path;
  const exists = (p: string | undefined) => p !== undefined && list.some((f) => f.path === p);
  return { inbox: m.folders?.inbox ?? 'INBOX', sent: exists(sent) ? sent : undefined };
}
