import type { DataKeys } from '../keys/subkeys.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';

/** What the console's use cases need; built once in start.ts and passed down. */
export interface ConsoleDeps {
  db: Db;
  keys: DataKeys;
  clock: Clock;
  logger: Logger;
}
