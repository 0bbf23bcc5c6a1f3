import type { Config } from '../config/config.js';
import type { SkipSettings } from '../ingest/skip-rules.models.js';
import type { SyncServiceSettings } from './sync.types.js';

const MB = 1024 * 1024;

/**
 * The sync engine's settings from the one config object; the pseudonym key comes from the keyring
 * and the skip rules in force from the console's settings (see settings.usecases.ts).
 */
export function syncSettingsFromConfig(
  config: Config,
  pseudonymKey: Buffer,
  skip: () => SkipSettings,
): SyncServiceSettings {
  return {
    pseudonymKey,
    limits: {
      maxBytes: config.mailMaxMessageMb * MB,
      maxHeaderBytes: config.mailMaxHeaderKb * 1024,
      maxHeaderFields: config.mailMaxHeaderFields,
      maxDepth: config.mailMaxMimeDepth,
      maxParts: config.mailMaxMimeParts,
      timeoutMs: config.mailParseTimeoutSeconds * 1000,
    },
    skip,
    orgDomains: config.orgDomains ?? [],
    threadWindowMs: config.threadWindowDays * 86_400_000,
    jobMaxAttempts: config.jobMaxAttempts,
    draftBacklogMs: config.draftBacklogHours * 3_600_000,
    batchSize: config.syncBatchSize,
    batchBytes: 32 * MB,
    backfillMonths: config.syncBackfillMonths,
    progressLogMs: 5_000,
    pollMs: config.syncPollSeconds * 1000,
    // Re-issued before the 29 minutes after which servers may end an IDLE (RFC 2177).
    idleRestartMs: 28 * 60_000,
    concurrency: config.syncConcurrency,
    // Capped at a minute (a server back after a long outage is found by the TCP probe within
    // seconds anyway); a wrong password waits far longer so the account is not locked.
    reconnect: {
      baseMs: 1_000,
      capMs: 60_000,
      authBaseMs: 10 * 60_000,
      authCapMs: 6 * 3_600_000,
      probeMs: 2_000,
    },
  };
}
