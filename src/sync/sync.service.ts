import { mailboxUnavailable } from '../imap/imap-errors.models.js';
import { backoffDelay } from '../jobs/jobs.models.js';
import { errorCode } from '../shared/errors.js';
import { storeFault } from '../store/store-health.models.js';
import { authFailureCode, reconnectDelay } from './sync.models.js';
import { Permits } from './sync.permits.js';
import { runSession, type SessionContext, type Watch } from './sync.session.js';
import type { SyncMailbox, SyncProblem, SyncServiceDeps, SyncState } from './sync.types.js';

/**
 * Watches every mailbox: one IMAP connection each, IDLE on INBOX (re-issued periodically),
 * INBOX and Sent polled as the fallback, reconnects with backoff and jitter.
 */
export class SyncService implements SessionContext {
  private readonly watches = new Map<number, Watch>();
  readonly problems = new Map<number, SyncProblem>();
  readonly permits: Permits;
  private refreshTimer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(readonly deps: SyncServiceDeps) {
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
  record(w: Watch, state: SyncState, code?: string): void {
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
        await runSession(this, w, w.client);
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
        const authCode = authFailureCode(e);
        const auth = authCode !== null;
        const code = authCode ?? mailboxUnavailable(e) ?? errorCode(e);
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
}
