import { createServer as createHttpsServer } from 'node:https';
import { type ServerType, serve } from '@hono/node-server';
import { auditPruneHandler, scheduleAuditPrune } from './audit/audit.jobs.js';
import { setupComplete } from './auth/setup.usecases.js';
import { newSetupToken, setupLink } from './auth/setup-token.js';
import type { Config } from './config/config.js';
import type { Drafting } from './draft/drafting.wiring.js';
import type { JobHandlers } from './jobs/jobs.registry.js';
import { JobRunner } from './jobs/jobs.runner.js';
import { loadDataKeys } from './keys/keyring.repository.js';
import { type RotationOutcome, settleRotation } from './keys/rotation.usecases.js';
import type { DataKeys } from './keys/subkeys.js';
import type { Clock } from './shared/clock.js';
import { AppError } from './shared/errors.js';
import type { Logger } from './shared/logger.js';
import { acquireDataLock, type DataLock, refuseDuringRekey, settleUnderLock } from './store/data-lock.js';
import { migrationsApplied } from './store/migrations.js';
import { checkStoreAtStart } from './store/start-check.js';
import { openStore, type Store } from './store/store.js';
import { probeWrite, StoreHealth } from './store/store-health.js';
import type { SyncService } from './sync/sync.service.js';
import { createApp } from './web/app.js';
import { checkListen, listenError } from './web/listen-check.js';
import { certificateDnsNames, isLoopback, loadTls, wantsTls } from './web/tls.js';

export { isLoopback };

export interface Appliance {
  store: Store;
  keys: DataKeys;
  runner: JobRunner;
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
    await checkStoreAtStart(config, logger);
    const { store, keys, rotation } = openAppliance(config, clock, onKeyCreated, lock);
    if (rotation) logger.warn({ outcome: rotation.outcome, keyFile: rotation.keyFile }, rotation.message);
    return { store, keys };
  } catch (e) {
    lock.release();
    throw e;
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
}): Promise<Workers> {
  const { config, logger, clock, store, keys, health } = args;
  const [{ createDrafting }, { createSyncService }] = await Promise.all([
    import('./draft/drafting.wiring.js'),
    import('./sync/sync.wiring.js'),
  ]);
  const drafting = createDrafting({ config, store, keys, logger, clock });
  const handlers: JobHandlers = {
    'audit.prune': auditPruneHandler({
      db: store.db,
      auditKey: keys.audit,
      clock,
      logger,
      retentionDays: config.auditRetentionDays,
      maxAttempts: config.jobMaxAttempts,
    }),
    ...drafting.handlers,
  };
  const runner = new JobRunner({
    health,
    db: store.db,
    logger,
    clock,
    leaseMs: config.jobLeaseSeconds * 1000,
    graceMs: config.shutdownGraceSeconds * 1000,
    handlers: Object.values(handlers),
  });
  scheduleAuditPrune(store.db, clock.now(), clock.now(), config.jobMaxAttempts);
  runner.start();
  // Models load in the background: sync starts at once; jobs wait for them.
  drafting.load().catch((e) => logger.error({ err: e }, 'loading the models failed'));
  // After the store and the job runner: ingest enqueues jobs; stopped before them on shutdown.
  const sync = createSyncService({
    config,
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
  if (!tls && !isLoopback(config.host) && !config.allowRemoteHttp) {
    throw new AppError(
      'config.plain_http_remote',
      `VEILDRAFT_HOST = ${config.host} would serve plain HTTP beyond this machine. Listen on 127.0.0.1, or set VEILDRAFT_ALLOW_REMOTE_HTTP=true behind a TLS-terminating proxy.`,
    );
  }
  // Before anything is written (certificate, lock, key, database): a taken port says so first.
  await checkListen(config.host, config.port);
  const credentials = tls ? await loadTls(config, logger) : null;
  const lock = acquireDataLock(config.dataDir, 'start', clock.now());
  const { store, keys } = await openForStart(config, clock, logger, lock, args.onKeyCreated);
  const health = new StoreHealth({ logger, now: () => clock.now(), probe: () => probeWrite(store) });

  // Until the first admin has enrolled, the wizard needs this token from the log (DNS rebinding).
  const setupToken = setupComplete(store) ? undefined : newSetupToken();
  // The console and /healthz come up first; the workers follow (see startWorkers).
  let workers: Workers | undefined;
  let open = true;
  const app = createApp({
    logger,
    readiness: () => ({
      storeOpen: open && store.sqlite.open,
      migrationsApplied: open && migrationsApplied(store.sqlite),
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
      modelsDir: config.modelsDir,
      features: () => workers?.drafting.features() ?? [],
      hostNames: [config.host, ...(credentials ? certificateDnsNames(credentials.cert) : [])],
      publicUrl: config.publicUrl,
      setupToken,
      health: () => ({ store: health.problem, mailboxes: workers?.sync.mailboxProblems ?? new Map() }),
    },
  });
  let server: ServerType;
  const scheme = credentials ? ('https' as const) : ('http' as const);
  const closeStore = () => {
    health.dispose();
    store.close();
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
  workers = await startWorkers({ config, logger, clock, store, keys, health }).catch(async (e) => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    closeStore();
    throw e;
  });
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
    sync,
    drafting,
    address,
    ...(credentials?.source === 'self-signed' ? { selfSignedFingerprint: credentials.fingerprint } : {}),
    async stop() {
      if (!open) return;
      logger.info('shutting down');
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sync.stop();
      await runner.stop();
      await drafting.dispose();
      open = false;
      closeStore();
      logger.info('stopped');
    },
  };
}
