import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type Config, loadConfig } from '../../src/config/config.js';
import type { DataKeys } from '../../src/keys/subkeys.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { openAppliance } from '../../src/start.js';
import type { Store } from '../../src/store/store.js';
import type { TestDovecot } from './dovecot.js';

/**
 * A data folder and master key in a temp dir, as environment variables, so a test and the
 * child processes it spawns (CLI, appliance scripts) open the same real encrypted store.
 */
export function tempAppliance(extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'veildraft-app-'));
  const env: Record<string, string> = {
    VEILDRAFT_DATA_DIR: join(dir, 'data'),
    VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex'),
    VEILDRAFT_LOG_LEVEL: 'silent',
    // Test mail is delivered just before the first sync, so with the backlog window on, every
    // "history" message would be drafted; tests of the backlog turn it on themselves.
    VEILDRAFT_DRAFT_BACKLOG_HOURS: '0',
    ...extraEnv,
  };
  return {
    dir,
    env,
    config(): Config {
      return loadConfig(env);
    },
    open(): { store: Store; keys: DataKeys } {
      return openAppliance(loadConfig(env), systemClock);
    },
    /** Stores a mailbox for a Dovecot user (as `veildraft mailbox add` would) and returns its id. */
    addMailbox(dovecot: TestDovecot, user: string, fromAddress = 'support@acme.example'): number {
      const { store, keys } = openAppliance(loadConfig(env), systemClock);
      try {
        return addMailbox(
          { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: false },
          { name: 'Support', ...dovecot.connection(user), fromAddress },
          { kind: 'cli' },
        ).id;
      } finally {
        store.close();
      }
    },
    cleanup(): void {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: `open(now)` gives a fresh appliance's store and keys with a settable clock
 * starting at `now`; every appliance opened is removed after its test.
 */
export function tempAppliancePerTest(): (now: number) => {
  store: Store;
  keys: DataKeys;
  clock: { now(): number };
  setNow(at: number): void;
} {
  const apps: ReturnType<typeof tempAppliance>[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.cleanup();
  });
  return (now) => {
    const app = tempAppliance();
    apps.push(app);
    const { store, keys } = app.open();
    let at = now;
    return { store, keys, clock: { now: () => at }, setNow: (t) => (at = t) };
  };
}
