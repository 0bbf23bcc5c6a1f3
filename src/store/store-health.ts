import type { Logger } from '../shared/logger.js';
import type { Store } from './store.js';
import {
  corruptionMessage,
  isCorruption,
  type StoreProblemCode,
  storeFault,
  storeFaultMessages,
} from './store-health.models.js';

export interface StoreProblem {
  code: StoreProblemCode;
  message: string;
  since: number;
}

/**
 * Whether the store can write, as the appliance's loops see it. A write that fails with a
 * store fault marks it; the next write that succeeds (any loop's retry, or the probe while
 * unhealthy) clears it. Kept in memory: while the disk is full, it cannot be written down.
 *
 * Corruption is different: it never clears in this process. The store is switched to
 * read-only, and the loops that write (sync, jobs) are told to stop.
 */
export class StoreHealth {
  private current: StoreProblem | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly corruptListeners = new Set<() => void>();
  private probeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: {
      logger: Logger;
      now: () => number;
      /** A small real write; throws while the store cannot write. */
      probe?: () => void;
      probeMs?: number;
      /** Makes the store refuse every write from now on (called once, when corruption is found). */
      readOnly?: () => void;
    },
  ) {}

  get problem(): StoreProblem | null {
    return this.current;
  }

  get isCorrupt(): boolean {
    return this.current?.code === 'store.corrupt';
  }

  /**
   * Records `e` if it is a store fault or corruption; returns its code, or null for any other
   * error. Once the store is corrupt every failure is reported as that: it is read-only now.
   */
  failed(e: unknown): StoreProblemCode | null {
    if (isCorruption(e)) this.corrupt(e instanceof Error ? e.message : String(e));
    if (this.isCorrupt) return 'store.corrupt';
    const code = storeFault(e);
    if (!code) return null;
    if (this.current?.code !== code) {
      this.current = { code, message: storeFaultMessages[code], since: this.deps.now() };
      this.deps.logger.error({ code }, 'the store cannot write');
      this.startProbe();
    }
    return code;
  }

  /**
   * SQLite (or the integrity check) found the file damaged. Writes stop at once, on the
   * connection itself, so no loop still running can add to the damage; the WAL is no longer
   * checkpointed into the file either.
   */
  corrupt(detail: string): void {
    if (this.isCorrupt) return;
    this.dispose();
    this.current = { code: 'store.corrupt', message: corruptionMessage(detail), since: this.deps.now() };
    try {
      this.deps.readOnly?.();
    } catch (e) {
      this.deps.logger.error({ err: e }, 'could not switch the store to read-only');
    }
    this.deps.logger.error({ code: 'store.corrupt', detail }, this.current.message);
    for (const l of this.corruptListeners) l();
  }

  /** A write succeeded: the store is healthy again (corruption stays until a restore). */
  ok(): void {
    if (!this.current || this.isCorrupt) return;
    const { code, since } = this.current;
    this.current = null;
    clearInterval(this.probeTimer);
    this.probeTimer = undefined;
    this.deps.logger.info({ code, ms: this.deps.now() - since }, 'the store writes again');
    for (const l of this.listeners) l();
  }

  /** Called once each time the store recovers (jobs waiting for it are resumed). */
  onRecovered(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** Called once when corruption is found (start.ts stops sync and the job runner). */
  onCorrupt(listener: () => void): void {
    this.corruptListeners.add(listener);
  }

  dispose(): void {
    clearInterval(this.probeTimer);
    this.probeTimer = undefined;
  }

  private startProbe(): void {
    const { probe } = this.deps;
    if (!probe || this.probeTimer) return;
    this.probeTimer = setInterval(() => {
      try {
        probe();
        this.ok();
      } catch (e) {
        this.failed(e);
      }
    }, this.deps.probeMs ?? 5_000);
    this.probeTimer.unref();
  }
}

/**
 * The smallest real write: the header's user_version set to what it is. It goes through the
 * WAL like any commit, so it fails while the disk is full and succeeds once space is back.
 */
export function probeWrite(store: Pick<Store, 'sqlite'>): void {
  const v = store.sqlite.pragma('user_version', { simple: true }) as number;
  store.sqlite.pragma(`user_version = ${v}`);
}

/**
 * Read-only from here on: `query_only` makes SQLite refuse every write on this connection
 * (SQLITE_READONLY), and with automatic checkpoints off the WAL is not copied into the damaged
 * file. The connection is left open at shutdown for the same reason (see start.ts).
 */
export function makeReadOnly(store: Pick<Store, 'sqlite'>): void {
  store.sqlite.pragma('query_only = ON');
  store.sqlite.pragma('wal_autocheckpoint = 0');
}
