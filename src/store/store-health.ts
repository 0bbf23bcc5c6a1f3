import type { Logger } from '../shared/logger.js';
import type { Store } from './store.js';
import { type StoreFaultCode, storeFault, storeFaultMessages } from './store-health.models.js';

export interface StoreProblem {
  code: StoreFaultCode;
  message: string;
  since: number;
}

/**
 * Whether the store can write, as the appliance's loops see it. A write that fails with a
 * store fault marks it; the next write that succeeds (any loop's retry, or the probe while
 * unhealthy) clears it. Kept in memory: while the disk is full, it cannot be written down.
 */
export class StoreHealth {
  private current: StoreProblem | null = null;
  private readonly listeners = new Set<() => void>();
  private probeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: {
      logger: Logger;
      now: () => number;
      /** A small real write; throws while the store cannot write. */
      probe?: () => void;
      probeMs?: number;
    },
  ) {}

  get problem(): StoreProblem | null {
    return this.current;
  }

  /** Records `e` if it is a store fault; returns its code, or null for any other error. */
  failed(e: unknown): StoreFaultCode | null {
    const code = storeFault(e);
    if (!code) return null;
    if (this.current?.code !== code) {
      this.current = { code, message: storeFaultMessages[code], since: this.deps.now() };
      this.deps.logger.error({ code }, 'the store cannot write');
      this.startProbe();
    }
    return code;
  }

  /** A write succeeded: the store is healthy again. */
  ok(): void {
    if (!this.current) return;
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
