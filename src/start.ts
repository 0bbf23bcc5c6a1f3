import { createServer as createHttpsServer } from 'node:https';
import { type ServerType, serve } from '@hono/node-server';
import { auditPruneHandler, scheduleAuditPrune } from './audit/audit.jobs.js';
import type { Config } from './config/config.js';
import type { Drafting } from './draft/drafting.wiring.js';
import { JobRunner } from './jobs/jobs.runner.js';
import { loadDataKeys } from './keys/keyring.repository.js';
import { settleKeyFiles } from './keys/rotation.usecases.js';
import type { DataKeys } from './keys/subkeys.js';
import type { SyncService } from './mail/sync.service.js';
import type { Clock } from './shared/clock.js';
import { AppError } from './shared/errors.js';
import type { Logger } from './shared/logger.js';
import { migrationsApplied } from './store/migrations.js';
import { openStore, type Store } from './store/store.js';
import { createApp } from './web/app.js';
import { checkListen, listenError } from './web/listen-check.js';
import { isLoopback, loadTls, wantsTls } from './web/tls.js';

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

/** Opens the store and its keys, settling an interrupted key rotation. Shared by start and the CLI commands. */
export function openAppliance(
  config: Config,
  clock: Clock,
  onKeyCreated?: (file: string) => void,
): { store: Store; keys: DataKeys } {
  const store = openStore({ ...config, onKeyCreated });
  try {
    const masters = store.keySource.candidates.map((c) => c.key);
    masters.sort((a, b) => Number(b === store.masterKey) - Number(a === store.masterKey));
    const keys = loadDataKeys(store.db, masters, clock.now());
    if (store.keySource.source === 'file')
      settleKeyFiles(config.masterKeyFile, store.openedWith, clock.now());
    return { store, keys };
  } catch (e) {
    store.close();
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
}): Promise<Workers> {
  const { config, logger, clock, store, keys } = args;
  const [{ createDrafting }, { createSyncService }] = await Promise.all([
    import('./draft/drafting.wiring.js'),
    import('./mail/sync.wiring.js'),
  ]);
  const drafting = createDrafting({ config, store, keys, logger, clock });
  const runner = new JobRunner({
    db: store.db,
    logger,
    clock,
    leaseMs: config.jobLeaseSeconds * 1000,
    graceMs: config.shutdownGraceSeconds * 1000,
    handlers: [
      auditPruneHandler({
        db: store.db,
        auditKey: keys.audit,
        clock,
        logger,
        retentionDays: config.auditRetentionDays,
        maxAttempts: config.jobMaxAttempts,
      }),
      ...drafting.handlers,
    ],
  });
  scheduleAuditPrune(store.db, clock.now(), clock.now(), config.jobMaxAttempts);
  runner.start();
  // Models load in the background: sync starts at once; jobs wait for them.
  drafting.load().catch((e) => logger.error({ err: e }, 'loading the models failed'));
  // After the store and the job runner: ingest enqueues jobs; stopped before them on shutdown.
  const sync = createSyncService({ config, store, keys, logger, clock, onJobs: () => runner.wake() });
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
  await checkListen(config.host, config.port);
  const credentials = tls ? await loadTls(config, logger) : null;
  const { store, keys } = openAppliance(config, clock, args.onKeyCreated);

  // The console and /healthz come up first; the workers follow (see startWorkers).
  let workers: Workers | undefined;
  let open = true;
  const app = createApp({
    logger,
    readiness: () => ({
      storeOpen: open && store.sqlite.open,
      migrationsApplied: open && migrationsApplied(store.sqlite),
      workersRunning: workers?.runner.isRunning ?? false,
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
    },
  });
  let server: ServerType;
  const scheme = credentials ? ('https' as const) : ('http' as const);
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
    store.close();
    throw e;
  });
  workers = await startWorkers({ config, logger, clock, store, keys }).catch(async (e) => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    store.close();
    throw e;
  });
  const { runner, sync, drafting } = workers;
  logger.info({ host: address.host, port: address.port, scheme }, 'veildraft started');

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
      store.close();
      logger.info('stopped');
    },
  };
}
