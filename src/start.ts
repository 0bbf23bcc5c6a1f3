import { createServer as createHttpsServer } from 'node:https';
import { type ServerType, serve } from '@hono/node-server';
import { analyticsRefreshHandler, scheduleAnalyticsRefresh } from './analytics/analytics.jobs.js';
import { setupComplete } from './auth/setup.usecases.js';
import { newSetupToken, setupLink } from './auth/setup-token.js';
import { backupHandler, scheduleBackup } from './backup/backup.jobs.js';
import { type BackupPlaces, type BackupService, createBackupService } from './backup/backup.service.js';
import { clearPendingRestore, pendingRestore } from './backup/pending-restore.js';
import { type AfterRestoreStep, restoreBackup } from './backup/restore.usecases.js';
import { version } from './cli/version.js';
import { configErrors } from './config/config.errors.js';
import type { Config } from './config/config.js';
import type { Drafting } from './draft/drafting.wiring.js';
import { dsrHandlers, replayJournalAtStart } from './dsr/dsr.handlers.js';
import { replayErasureJournal } from './dsr/erasure-journal.js';
import { parseSkipRules } from './ingest/skip-rules.models.js';
import type { JobHandlers } from './jobs/jobs.registry.js';
import { JobRunner } from './jobs/jobs.runner.js';
import { loadDataKeys } from './keys/keyring.repository.js';
import { type RotationOutcome, settleRotation } from './keys/rotation.usecases.js';
import type { DataKeys } from './keys/subkeys.js';
import { createMailboxTokens } from './mailboxes/oauth-tokens.js';
import { retentionPurgeHandler, scheduleRetentionPurge } from './retention/retention.jobs.js';
import { retentionEnv } from './retention/retention.usecases.js';
import { skipSettingsNow } from './settings/settings.usecases.js';
import type { Clock } from './shared/clock.js';
import type { Logger } from './shared/logger.js';
import { isLoopbackHost } from './shared/loopback.js';
import { settlesWithin } from './shared/timers.js';
import { acquireDataLock, type DataLock, refuseDuringRekey, settleUnderLock } from './store/data-lock.js';
import {
  INTEGRITY_CHECK,
  integrityCheckHandler,
  nextCheckAt,
  scheduleIntegrityCheck,
} from './store/integrity.jobs.js';
import { migrationsApplied } from './store/migrations.js';
import { checkStoreAtStart } from './store/start-check.js';
import { openStore, type Store } from './store/store.js';
import { makeReadOnly, probeWrite, StoreHealth } from './store/store-health.js';
import { isCorruption, isReadOnlyRefusal, storeFault } from './store/store-health.models.js';
import type { SyncService } from './sync/sync.service.js';
import { createApp } from './web/app.js';
import { checkListen, listenError } from './web/listen-check.js';
import { certificateDnsNames, loadTls, wantsTls } from './web/tls.js';

export interface Appliance {
  store: Store;
  keys: DataKeys;
  runner: JobRunner;
  /** Whether the store can write: a passing fault (disk full), or corruption (read-only for good). */
  health: StoreHealth;
  /** Mailbox sync (IDLE/poll, ingest, draft and learn jobs). */
  sync: SyncService;
  /** Learning and drafting: the job handlers and the models behind them. */
  drafting: Drafting;
  /** Where the server listens, once it does. */
  address: { host: string; port: number; scheme: 'http' | 'https' };
  /** SHA-256 fingerprint of the console's self-signed certificate, for the operator to compare. */
  selfSignedFingerprint?: string;
  stop(): Promise<void>;
}

/**
 * Opens the store and its keys, settling an interrupted key rotation. Shared by start and the
 * CLI commands; `lock` is the data folder's lock when the caller holds it (start, rekey).
 */
export function openAppliance(
  config: Config,
  clock: Clock,
  onKeyCreated?: (file: string) => void,
  lock?: DataLock,
): { store: Store; keys: DataKeys; rotation?: RotationOutcome } {
  refuseDuringRekey(config.dataDir, lock);
  const store = openStore({ ...config, onKeyCreated });
  try {
    const masters = store.keySource.candidates.map((c) => c.key);
    masters.sort((a, b) => Number(b === store.masterKey) - Number(a === store.masterKey));
    const keys = loadDataKeys(store.db, masters, clock.now());
    const rotation =
      store.keySource.source === 'file'
        ? settleUnderLock(config.dataDir, lock, clock.now(), () =>
            settleRotation({
              keyFile: config.masterKeyFile,
              usedFile: store.openedWith,
              databaseFile: store.file,
              now: clock.now(),
            }),
          )
        : undefined;
    return { store, keys, rotation };
  } catch (e) {
    store.close();
    throw e;
  }
}

/**
 * Start's way in, under the data folder's lock: the integrity check before anything writes to
 * the database, then the store, saying what became of an interrupted key rotation.
 */
async function openForStart(
  config: Config,
  clock: Clock,
  logger: Logger,
  lock: DataLock,
  onKeyCreated?: (file: string) => void,
): Promise<{ store: Store; keys: DataKeys }> {
  try {
    await restorePendingAtStart(config, clock, logger, lock);
    await checkStoreAtStart(config, logger);
    const { store, keys, rotation } = openAppliance(config, clock, onKeyCreated, lock);
    if (rotation) logger.warn({ outcome: rotation.outcome, keyFile: rotation.keyFile }, rotation.message);
    return { store, keys };
  } catch (e) {
    lock.release();
    throw e;
  }
}

/**
 * The steps every restore runs on the restored database before it is declared in place (CLI,
 * wizard). A failing step rolls the restore back.
 */
/**
 * What every restore runs before the restored database counts as in place: the erasure journal
 * (kept outside the database) is replayed, so a backup taken before an erasure never brings the
 * person back. A journal that does not verify fails the step, and the restore rolls back.
 */
export function afterRestoreSteps(config: Config): AfterRestoreStep[] {
  return [
    {
      name: 'erasure journal replay',
      run: ({ store, keys, now }) => {
        replayErasureJournal({ db: store.db, keys, dataDir: config.dataDir, clock: { now: () => now } });
      },
    },
  ];
}

export function backupPlaces(config: Config): BackupPlaces {
  return {
    dir: config.backupDir,
    dataDir: config.dataDir,
    offboxDir: config.backupOffboxDir,
    keyFile: config.masterKeyFile,
    envKey: config.masterKey,
  };
}

/** Restores the backup the first-run wizard chose (see pending-restore.ts), under start's lock. */
async function restorePendingAtStart(
  config: Config,
  clock: Clock,
  logger: Logger,
  lock: DataLock,
): Promise<void> {
  const pending = pendingRestore(config.dataDir);
  if (!pending) return;
  clearPendingRestore(config.dataDir);
  try {
    const done = await restoreBackup({
      file: pending.file,
      dataDir: config.dataDir,
      keyFile: config.masterKeyFile,
      envKey: config.masterKey,
      open: () => openAppliance(config, clock, undefined, lock),
      afterRestore: afterRestoreSteps(config),
      actor: { kind: 'setup' },
      now: () => clock.now(),
    });
    logger.warn(
      { file: done.file, restorePoint: done.restorePoint },
      'the backup chosen in the setup wizard was restored',
    );
  } catch (e) {
    logger.error(
      { err: e },
      'the backup chosen in the setup wizard could not be restored; starting with the database as it was',
    );
  }
}

interface Workers {
  runner: JobRunner;
  sync: SyncService;
  drafting: Drafting;
}

/**
 * The job runner with its handlers, the models and mailbox sync. Their modules are imported here,
 * after the console listens: the anonymizer's recognizers, name lists and lexicons alone take
 * seconds to load, and neither the console nor /healthz needs them.
 */
async function startWorkers(args: {
  config: Config;
  logger: Logger;
  clock: Clock;
  store: Store;
  keys: DataKeys;
  health: StoreHealth;
  backups: BackupService;
}): Promise<Workers> {
  const { config, logger, clock, store, keys, health } = args;
  const [
    { createDrafting },
    { createDraftAppender },
    { createSyncService },
    { syncSettingsFromConfig },
    senders,
    { imapSenderHeaders },
  ] = await Promise.all([
    import('./draft/drafting.wiring.js'),
    import('./draft/draft-append.js'),
    import('./sync/sync.wiring.js'),
    import('./sync/sync.settings.js'),
    import('./ingest/sender-backfill.usecases.js'),
    import('./ingest/sender-headers.fetch.js'),
  ]);
  const envSkipRules = parseSkipRules(config.ingestSkipRules);
  const syncSettings = syncSettingsFromConfig(config, keys.pseudonym, () =>
    skipSettingsNow({ db: store.db }, envSkipRules),
  );
  // One OAuth2 token cache for the sync loop and the jobs: one token per mailbox, not one each.
  const tokens = createMailboxTokens({ clock, timeoutMs: config.imapConnectTimeoutSeconds * 1000 });
  const drafting = createDrafting({
    tokens,
    config,
    store,
    keys,
    logger,
    clock,
    limits: syncSettings.limits,
    appendDraft: createDraftAppender(),
  });
  const handlers: JobHandlers = {
    'retention.purge': retentionPurgeHandler({
      db: store.db,
      auditKey: keys.audit,
      clock,
      logger,
      env: retentionEnv(config),
      hour: config.retentionPurgeHour,
      maxAttempts: config.jobMaxAttempts,
      forgetConversations: (ids) => drafting.forgetConversations(ids),
    }),
    'store.integrity_check': integrityCheckHandler({
      store,
      auditKey: keys.audit,
      clock,
      logger,
      health,
      hour: config.integrityCheckHour,
      maxAttempts: config.jobMaxAttempts,
    }),
    'analytics.refresh': analyticsRefreshHandler({
      db: store.db,
      keys,
      clock,
      logger,
      maxAttempts: config.jobMaxAttempts,
      autoPauseAfter: config.draftingAutoPauseAfter,
      perAgent: config.analyticsPerAgent,
    }),
    'backup.create': backupHandler({
      db: store.db,
      backups: args.backups,
      now: () => clock.now(),
      maxAttempts: config.jobMaxAttempts,
    }),
    'ingest.sender_backfill': senders.senderBackfillHandler({
      db: store.db,
      clock,
      logger,
      pseudonymKey: keys.pseudonym,
      limits: syncSettings.limits,
      maxAttempts: config.jobMaxAttempts,
      headers: imapSenderHeaders({ db: store.db, keys, config, logger, tokens }),
    }),
    ...drafting.handlers,
    ...dsrHandlers({
      db: store.db,
      keys,
      clock,
      logger,
      dataDir: config.dataDir,
      forgetConversations: (ids) => drafting.forgetConversations(ids),
    }),
  };
  replayJournalAtStart({ db: store.db, keys, clock, logger, dataDir: config.dataDir });
  const runner = new JobRunner({
    health,
    db: store.db,
    logger,
    clock,
    leaseMs: config.jobLeaseSeconds * 1000,
    graceMs: config.shutdownGraceSeconds * 1000,
    handlers: Object.values(handlers),
  });
  // After the integrity check and the backups of the night, before the working day.
  scheduleRetentionPurge(
    store.db,
    nextCheckAt(clock.now(), config.retentionPurgeHour),
    clock.now(),
    config.jobMaxAttempts,
  );
  // At a quiet hour: the full check reads every page, competing with ingest for the disk.
  const checkAt = nextCheckAt(clock.now(), config.integrityCheckHour);
  scheduleIntegrityCheck(store.db, checkAt, clock.now(), config.jobMaxAttempts);
  logger.debug({ kind: INTEGRITY_CHECK, at: new Date(checkAt).toISOString() }, 'integrity check scheduled');
  scheduleBackup(store.db, clock.now(), config.jobMaxAttempts);
  scheduleAnalyticsRefresh(store.db, clock.now(), clock.now(), config.jobMaxAttempts);
  // Once per mailbox: the agents of replies synced before ingest kept them.
  senders.scheduleSenderBackfill(store.db, clock.now(), config.jobMaxAttempts);
  runner.start();
  // Models load in the background: sync starts at once; jobs wait for them.
  drafting.load().catch((e) => logger.error({ err: e }, 'loading the models failed'));
  // After the store and the job runner: ingest enqueues jobs; stopped before them on shutdown.
  const sync = createSyncService({
    tokens,
    config,
    settings: syncSettings,
    store,
    keys,
    logger,
    clock,
    health,
    onJobs: () => runner.wake(),
    onMailboxHealthy: (id) => runner.mailboxRecovered(id),
  });
  sync.start();
  return { runner, sync, drafting };
}

/** The composition root: config → store → web → workers (services, models, sync). */
export async function startAppliance(args: {
  config: Config;
  logger: Logger;
  clock: Clock;
  onKeyCreated?: (file: string) => void;
}): Promise<Appliance> {
  const { config, logger, clock } = args;
  const tls = wantsTls(config);
  if (!tls && !isLoopbackHost(config.host) && !config.allowRemoteHttp) {
    throw configErrors.plainHttpRemote(config.host);
  }
  // Before anything is written (certificate, lock, key, database): a taken port says so first.
  await checkListen(config.host, config.port);
  const credentials = tls ? await loadTls(config, logger) : null;
  const lock = acquireDataLock(config.dataDir, 'start', clock.now());
  const { store, keys } = await openForStart(config, clock, logger, lock, args.onKeyCreated);
  const health = new StoreHealth({
    logger,
    now: () => clock.now(),
    probe: () => probeWrite(store),
    readOnly: () => makeReadOnly(store),
  });

  const backups = createBackupService({
    store,
    keys,
    clock,
    logger,
    places: backupPlaces(config),
    appVersion: version,
  });
  // Until the first admin has enrolled, the wizard needs this token from the log (DNS rebinding).
  const setupToken = setupComplete(store) ? undefined : newSetupToken();
  // The console and /healthz come up first; the workers follow (see startWorkers).
  let workers: Workers | undefined;
  let open = true;
  // A damaged database: the loops that write stop (the console stays up, read-only). The store
  // already refuses writes; stopping them spares the log a failure per message and job.
  const stopWriting = () => {
    if (!workers) return;
    logger.warn('the database is damaged: mail sync and jobs stop; the console stays up, read-only');
    void workers.sync.stop();
    void workers.runner.stop();
  };
  health.onCorrupt(stopWriting);
  // /readyz reads the store: damage found there is reported like any other (and is not ready).
  const migrated = () => {
    try {
      return migrationsApplied(store.sqlite);
    } catch (e) {
      health.failed(e);
      return false;
    }
  };
  const app = createApp({
    logger,
    storeFailed: (e) => (isCorruption(e) || storeFault(e) || isReadOnlyRefusal(e) ? health.failed(e) : null),
    readiness: () => ({
      storeOpen: open && store.sqlite.open,
      migrationsApplied: open && migrated(),
      workersRunning: workers?.runner.isRunning ?? false,
      storeProblem: health.problem,
    }),
    // Cookies are Secure / __Host- only when the browser is on HTTPS: we serve TLS, or a
    // declared TLS proxy says so per request (see web/app.ts and web/cookies.ts).
    console: {
      db: store.db,
      keys,
      clock,
      logger,
      tls,
      tlsProxy: !tls && config.allowRemoteHttp,
      imapAllowPlaintextLoopback: config.imapAllowPlaintextLoopback,
      retention: retentionEnv(config),
      draftBacklogHours: config.draftBacklogHours,
      analyticsPerAgent: config.analyticsPerAgent,
      settingsFromEnvironment: { skipRules: { rules: parseSkipRules(config.ingestSkipRules) } },
      modelsDir: config.modelsDir,
      modelConfig: config,
      features: () => workers?.drafting.features() ?? [],
      hostNames: [config.host, ...(credentials ? certificateDnsNames(credentials.cert) : [])],
      publicUrl: config.publicUrl,
      setupToken,
      backups,
      health: () => ({ store: health.problem, mailboxes: workers?.sync.mailboxProblems ?? new Map() }),
    },
  });
  let server: ServerType;
  const scheme = credentials ? ('https' as const) : ('http' as const);
  const closeStore = () => {
    health.dispose();
    // Closing the last connection checkpoints the WAL into the database file: not into a
    // damaged one. The WAL stays beside it and the process exit closes the file.
    if (!health.isCorrupt) store.close();
    lock.release();
  };
  const address = await new Promise<Appliance['address']>((resolve, reject) => {
    const listen = { fetch: app.fetch, hostname: config.host, port: config.port };
    const onListening = (info: { port: number }) => resolve({ host: config.host, port: info.port, scheme });
    server = credentials
      ? serve(
          {
            ...listen,
            createServer: createHttpsServer,
            serverOptions: { cert: credentials.cert, key: credentials.key },
          },
          onListening,
        )
      : serve(listen, onListening);
    server.once('error', (cause) => reject(listenError(config.host, config.port, cause)));
  }).catch((e) => {
    closeStore();
    throw e;
  });
  workers = await startWorkers({ config, logger, clock, store, keys, health, backups }).catch(async (e) => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    closeStore();
    throw e;
  });
  if (health.isCorrupt) stopWriting();
  const { runner, sync, drafting } = workers;
  logger.info({ host: address.host, port: address.port, scheme }, 'veildraft started');
  if (setupToken) {
    const link = setupLink(setupToken, { ...address, publicUrl: config.publicUrl });
    logger.warn(`setup is not complete: to create the first admin, open ${link}`);
  }

  return {
    store,
    keys,
    runner,
    health,
    sync,
    drafting,
    address,
    ...(credentials?.source === 'self-signed' ? { selfSignedFingerprint: credentials.fingerprint } : {}),
    async stop() {
      if (!open) return;
      logger.info('shutting down');
      const deadline = performance.now() + config.shutdownGraceSeconds * 1000;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sync.stop();
      await runner.stop();
      // A language model still loading cannot be interrupted, and freeing the models only returns
      // memory to a process that is about to exit: wait for that no longer than the grace period.
      const freed = await settlesWithin(drafting.dispose(), deadline - performance.now());
      if (!freed)
        logger.warn(
          { graceSeconds: config.shutdownGraceSeconds },
          'the models were still loading or being freed at the end of the grace period: not waiting for them',
        );
      open = false;
      closeStore();
      logger.info('stopped');
    },
  };
}
