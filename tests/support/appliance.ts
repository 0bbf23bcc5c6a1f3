import path from 'node:path';
import { type Config, loadConfig } from '../../src/config/config.js';
import type { Clock } from '../../src/shared/clock.js';
import { openAppliance } from '../../src/start.js';

/** A config for a temp folder: data in <dir>/data, key in <dir>/secrets/master.key. */
export function testConfig(dir: string, extra: Record<string, string> = {}): Config {
  return loadConfig({
    VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
    VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
    VEILDRAFT_LOG_LEVEL: 'silent',
    ...extra,
  });
}

export function envFor(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
    VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
    ...extra,
  };
}

export class TestClock implements Clock {
  constructor(public t = Date.UTC(2026, 10, 1)) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** Opens the store and keys of a temp appliance folder, creating both on first use. */
export function openTestAppliance(dir: string, clock: Clock = new TestClock()) {
  return openAppliance(testConfig(dir), clock);
}
