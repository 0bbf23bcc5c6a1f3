import type { ImapFlow } from 'imapflow';
import { mailboxUnavailable } from '../imap/imap-errors.models.js';
import type { BatchCounts } from '../ingest/ingest.commit.js';
import type { FolderStateRow } from '../ingest/ingest.repository.js';
import type { MailboxIdentity } from '../ingest/ingest.usecases.js';
import type { FolderRole } from '../ingest/message.models.js';
import { backoffDelay } from '../jobs/jobs.models.js';
import { errorCode } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import type { StoreHealth } from '../store/store-health.js';
import { storeFault } from '../store/store-health.models.js';
import { type FolderSyncSettings, syncFolder } from './sync.folder.js';
import { isAuthFailure, reconnectDelay } from './sync.models.js';

export type SyncState = 'active' | 'backfilling' | 'auth_failed' | 'unreachable';

export interface SyncMailbox extends MailboxIdentity {
  /** Manual folder override; otherwise INBOX and the SPECIAL-USE \Sent folder. */
  folders?: { inbox?: string; sent?: string };
  /**
   * Changes when the mailbox record changes (e.g. its password, updated by the CLI in another
   * process): a mailbox waiting out an auth_failed backoff then retries at once.
   */
  changeStamp?: string;
}

export interface SyncServiceSettings extends FolderSyncSettings {
  pollMs: number;
  /** IDLE is re-issued before this (servers may drop an IDLE after 30 minutes, RFC 2177). */
  idleRestartMs: number;
  concurrency: number;
  reconnect: {
    baseMs: number;
    capMs: number;
    authBaseMs: number;
    authCapMs: number;
    /** While a server does not answer, how often a plain TCP connect checks whether it is back. */
    probeMs?: number;
  };
}

/** Why a mailbox is not syncing right now, as this process saw it (also when it could not be saved). */
export interface SyncProblem {
  code: string;
  at: number;
}

export interface SyncServiceDeps {
  db: Db;
  logger: Logger;
  now: () => number;
  settings: SyncServiceSettings;
  /** The mailboxes to watch (active and backfilling ones; paused ones are left out). */
  listMailboxes(): SyncMailbox[];
  /**
   * An authenticated client with auto-IDLE off (the loop issues IDLE itself). `signal` aborts
   * on stop: a connection still logging in is closed too, so stop does not wait for it.
   */
  connect(mailbox: SyncMailbox, signal: AbortSignal): Promise<ImapFlow>;
  setState(mailboxId: number, state: SyncState, errorCode?: string): void;
  /** Told about a full disk or a locked database, and about writes that succeed again. */
  health?: StoreHealth;
  /** Whether the mailbox's server accepts a TCP connection (cheap; no login). */
  probe?(mailbox: SyncMailbox): Promise<boolean>;
  onBatch?: (e: { mailboxId: number; role: FolderRole; counts: BatchCounts; state: FolderStateRow }) => void;
}

/** A counting semaphore: bounds how many mailboxes fetch and parse at once. */
export class Permits {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  async take(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((r) => this.waiting.push(r));
    return () => {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}

interface Watch {
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

/**
 * Watches every mailbox: one IMAP connection each, IDLE on INBOX (re-issued periodically),
 * INBOX and Sent polled as the fallback, reconnects with backoff and jitter.
 */
export class SyncService {
  private readonly watches = new Map<number, Watch>();
  private readonly problems = new Map<number, SyncProblem>();
  private readonly permits: Permits;
  private refreshTimer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly deps: SyncServiceDeps) {
    this.permits = new Permits(Math.max(1, deps.settings.concurrency));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.refresh();
    this.refreshTimer = setInterval(() => this.refresh(), this.deps.settings.pollMs);
    this.refreshTimer.unref();
  }

  /** Mailboxes whose sync is interrupted, with the reason, kept in memory so a full disk cannot hide it. */
  get mailboxProblems(): ReadonlyMap<number, SyncProblem> {
    return this.problems;
  }

  /** Starts loops for new mailboxes and stops those no longer listed (paused, removed). */
  refresh(): void {
    if (!this.running) return;
    let rows: SyncMailbox[];
    try {
      rows = this.deps.listMailboxes();
    } catch (e) {
      // Runs from a timer: an exception here would end the process. The next refresh tries again.
      this.deps.logger.warn({ code: errorCode(e) }, 'listing the mailboxes failed');
      return;
    }
    const listed = new Map(rows.map((m) => [m.id, m]));
    for (const [id, w] of this.watches) if (!listed.has(id)) this.stopWatch(w);
    for (const [id, m] of listed) {
      const w = this.watches.get(id);
      if (!w) {
        this.watches.set(id, this.watch(m));
        continue;
      }
      const changed = m.changeStamp !== w.mailbox.changeStamp;
      w.mailbox = m;
      if (changed) w.wake();
    }
  }

  /** Cuts a wait short: new mail signalled elsewhere, or a password updated after auth_failed. */
  wake(mailboxId: number): void {
    const w = this.watches.get(mailboxId);
    if (!w) return;
    w.fullSync = true;
    w.wake();
  }

  get isRunning(): boolean {
    return this.running;
  }

  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.refreshTimer);
    const all = [...this.watches.values()];
    for (const w of all) this.stopWatch(w);
    await Promise.all(all.map((w) => w.done));
  }

  private stopWatch(w: Watch): void {
    w.stopped = true;
    this.watches.delete(w.mailbox.id);
    this.problems.delete(w.mailbox.id);
    w.wake();
    w.stop.abort();
    w.client?.close();
  }

  private watch(mailbox: SyncMailbox): Watch {
    const w: Watch = {
      mailbox,
      stopped: false,
      fullSync: false,
      healthy: false,
      wake: () => {},
      stop: new AbortController(),
      done: Promise.resolve(),
    };
    w.done = this.supervise(w);
    return w;
  }

  /**
   * The loop handles the failures it expects; anything else (a bug, a failure while handling a
   * failure) is recorded on the mailbox and the loop starts again after a backoff. It never
   * ends while the mailbox is watched.
   */
  private async supervise(w: Watch): Promise<void> {
    let restarts = 0;
    while (!w.stopped) {
      try {
        await this.loop(w);
      } catch (e) {
        if (w.stopped) break;
        restarts++;
        const code = this.deps.health?.failed(e) ?? errorCode(e);
        this.problems.set(w.mailbox.id, { code, at: this.deps.now() });
        const delay = backoffDelay(restarts, { baseMs: 1_000, capMs: 60_000 });
        this.deps.logger.error(
          { mailboxId: w.mailbox.id, err: e, retryInMs: delay },
          'sync loop failed; restarting',
        );
        await this.pause(w, delay);
      }
    }
  }

  /** Saves the mailbox's state; when the store cannot write, the in-memory problem still shows it. */
  private record(w: Watch, state: SyncState, code?: string): void {
    try {
      this.deps.setState(w.mailbox.id, state, code);
    } catch (e) {
      const fault = this.deps.health?.failed(e) ?? storeFault(e);
      if (!fault) throw e;
      this.problems.set(w.mailbox.id, { code: fault, at: this.deps.now() });
    }
  }

  /** Waits `ms`, or less when woken or stopped; says which. */
  private pause(w: Watch, ms: number): Promise<'woken' | 'elapsed'> {
    return new Promise((resolve) => {
      const t = setTimeout(() => done('elapsed'), ms);
      function done(how: 'woken' | 'elapsed') {
        clearTimeout(t);
        resolve(how);
      }
      w.wake = () => done('woken');
    });
  }

  /**
   * Waits up to `ms` for a server that does not answer, checking every few seconds with a TCP
   * connect, so a server that comes back is used within seconds, not at the end of a long
   * backoff. True when it answered.
   */
  private async pauseProbing(w: Watch, ms: number): Promise<boolean> {
    const probe = this.deps.probe!;
    const every = this.deps.settings.reconnect.probeMs ?? 2_000;
    const deadline = performance.now() + ms;
    while (!w.stopped) {
      const left = deadline - performance.now();
      if (left <= 0) return false;
      if ((await this.pause(w, Math.min(every, left))) === 'woken') return false;
      if (await probe(w.mailbox)) return true;
    }
    return false;
  }

  private async loop(w: Watch): Promise<void> {
    const { logger, settings } = this.deps;
    let attempt = 0;
    while (!w.stopped) {
      try {
        w.client = await this.deps.connect(w.mailbox, w.stop.signal);
        if (w.stopped) break;
        await this.session(w, w.client);
      } catch (e) {
        if (w.stopped) break;
        // A connection that fails before finishing one round (a server that accepts the login,
        // then errors) keeps backing off; one that worked for a while starts over.
        attempt = w.healthy ? 1 : attempt + 1;
        w.healthy = false;
        const store = this.deps.health?.failed(e) ?? storeFault(e);
        if (store) {
          // The mailbox is fine; the store is not. Its state stays, the problem is shown from
          // memory, and the round is retried soon: space coming back is noticed within seconds.
          this.problems.set(w.mailbox.id, { code: store, at: this.deps.now() });
          const delay = backoffDelay(attempt, { baseMs: 1_000, capMs: 10_000 });
          logger.warn(
            { mailboxId: w.mailbox.id, code: store, attempt, retryInMs: delay },
            'mailbox sync waits for the store',
          );
          await this.pause(w, delay);
          continue;
        }
        const auth = isAuthFailure(e);
        const code = auth ? 'mail.auth_failed' : (mailboxUnavailable(e) ?? errorCode(e));
        this.problems.set(w.mailbox.id, { code, at: this.deps.now() });
        this.record(w, auth ? 'auth_failed' : 'unreachable', code);
        const delay = reconnectDelay(attempt, auth, settings.reconnect);
        logger.warn({ mailboxId: w.mailbox.id, code, attempt, retryInMs: delay }, 'mailbox sync interrupted');
        // A server that does not even accept TCP is probed while waiting; one that answers but
        // fails later in the session waits out the backoff (probing it would always succeed).
        const down = !auth && this.deps.probe !== undefined && !(await this.deps.probe(w.mailbox));
        if (down && (await this.pauseProbing(w, delay))) {
          logger.info({ mailboxId: w.mailbox.id }, 'mailbox server answers again');
          attempt = 0;
        } else if (!down) await this.pause(w, delay);
      } finally {
        w.client?.close();
        w.client = undefined;
      }
    }
  }

  /** One connection's life: sync, then IDLE on INBOX until new mail, the poll timer or a stop. */
  private async session(w: Watch, client: ImapFlow): Promise<void> {
    const { settings } = this.deps;
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
        const folders = await this.resolveFolders(client, w.mailbox);
        inboxPath = folders.inbox;
        const release = await this.permits.take();
        let syncedUidNext: number;
        try {
          inboxDirty = false;
          syncedUidNext = await this.syncRole(w, client, 'inbox', folders.inbox);
          if (folders.sent && (w.fullSync || this.deps.now() - lastSentPoll >= settings.pollMs)) {
            w.fullSync = false;
            await this.syncRole(w, client, 'sent', folders.sent);
            lastSentPoll = this.deps.now();
          }
        } finally {
          release();
        }
        if (w.stopped) return;
        w.healthy = true;
        this.problems.delete(w.mailbox.id);
        this.record(w, 'active');
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

  private async syncRole(w: Watch, client: ImapFlow, role: FolderRole, path: string): Promise<number> {
    const before = this.deps.now();
    const { counts, uidNext } = await syncFolder(
      client,
      {
        db: this.deps.db,
        logger: this.deps.logger,
        now: this.deps.now,
        settings: this.deps.settings,
        onBatch: (e) => {
          // The batch was committed: whatever the store's trouble was, it writes again.
          this.deps.health?.ok();
          if (this.problems.get(w.mailbox.id)?.code.startsWith('store.')) this.problems.delete(w.mailbox.id);
          if (e.state.backfillFinishedAt === null) this.record(w, 'backfilling');
          this.deps.onBatch?.(e);
        },
      },
      w.mailbox,
      role,
      path,
    );
    if (counts.inserted + counts.quarantined + counts.duplicates > 0) {
      this.deps.logger.info(
        { mailboxId: w.mailbox.id, role, ...counts, ms: this.deps.now() - before },
        'mailbox synced',
      );
    }
    return uidNext;
  }

  private async resolveFolders(client: ImapFlow, m: SyncMailbox): Promise<{ inbox: string; sent?: string }> {
    const list = await client.list();
    const sent = m.folders?.sent ?? list.find((f) => f.specialUse === '\\Sent')?.path;
    const exists = (p: string | undefined) => p !== undefined && list.some((f) => f.path === p);
    return { inbox: m.folders?.inbox ?? 'INBOX', sent: exists(sent) ? sent : undefined };
  }
}
