import path from 'node:path';
import { type Context, Hono } from 'hono';
import { chainVerifier } from '../audit/audit-view.usecases.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { setupComplete } from '../auth/setup.usecases.js';
import type { BackupService } from '../backup/backup.service.js';
import { loadConfig } from '../config/config.js';
import type { RuntimeHealth } from '../dashboard/dashboard.usecases.js';
import type { FeatureStatus } from '../dashboard/features.models.js';
import { createOidcRuntime } from '../identity/oidc/oidc-signin.usecases.js';
import { checkModels, type ModelFileStatus } from '../model-files/model-files.manifest.js';
import type { ModelConfig } from '../model-files/models-overview.models.js';
import type { RetentionEnv } from '../retention/retention.usecases.js';
import { resolveSession } from '../sessions/sessions.usecases.js';
import { loadSettings, type SettingsFromEnvironment } from '../settings/settings.usecases.js';
import type { Clock } from '../shared/clock.js';
import { deriveKey, equalSecrets } from '../shared/crypto.js';
import { isAppError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { projectRoot } from '../shared/paths.js';
import { csrfCheck, formReader, formSizeLimit, guard } from './access.js';
import { loadAssets, serveAsset } from './assets.js';
import { clearCookie, cookieNames, readCookie } from './cookies.js';
import { csrfToken } from './csrf.js';
import { hostAllowList, hostCheck } from './host-check.js';
import { pickLocale } from './locale.js';
import { methodCheck } from './method-check.js';
import { originCheck } from './origin-check.js';
import { renderError } from './render.js';
import { consoleRoutes } from './routes/index.js';
import { securityHeaders } from './security.js';
import type { AppEnv, ConsoleContext } from './web.types.js';

export interface Readiness {
  storeOpen: boolean;
  migrationsApplied: boolean;
  workersRunning: boolean;
  /** Set while the store cannot write (disk full, locked): the appliance is up but not ready. */
  storeProblem?: { code: string; message: string; since: number } | null;
}

export interface WebDeps {
  logger: Logger;
  readiness: () => Readiness;
  /**
   * Told about a request that failed in the store: corruption found while serving a page turns
   * the appliance read-only like any other. Returns the store's problem code, if that was one.
   */
  storeFailed?: (e: unknown) => string | null;
  /** The admin console; without it only /healthz and /readyz are served. */
  console?: ConsoleOptions;
}

export interface ConsoleOptions extends ConsoleDeps {
  /** The server itself terminates TLS. */
  tls: boolean;
  /**
   * A TLS-terminating proxy sits in front (VEILDRAFT_ALLOW_REMOTE_HTTP): a request that says
   * `X-Forwarded-Proto: https` was HTTPS at the browser. Believing a forged header only gives
   * that client stricter cookies, so it is safe to trust for this purpose.
   */
  tlsProxy: boolean;
  modelsDir?: string;
  /** Which models the appliance is configured to use (default: the configuration's defaults). */
  modelConfig?: ModelConfig;
  /** Drafting and embeddings: on, or off with the reason (from start.ts). */
  features?: () => FeatureStatus[];
  /** VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK, for the add-mailbox form. */
  imapAllowPlaintextLoopback?: boolean;
  /** What the environment gives the retention periods (defaults: none, 12 months of backfill). */
  retention?: RetentionEnv;
  /** VEILDRAFT_DRAFT_BACKLOG_HOURS (default 24): how far back "Draft again" of a backlog reaches. */
  draftBacklogHours?: number;
  /** Initial values of console settings from the environment (a saved section wins). */
  settingsFromEnvironment?: SettingsFromEnvironment;
  /** Names the console answers to besides loopback names and IP addresses (see host-check.ts). */
  hostNames?: readonly string[];
  /** VEILDRAFT_PUBLIC_URL's origin: its host is admitted and forms from it are same-origin. */
  publicUrl?: string;
  /**
   * The one-time setup token while no admin has enrolled (start.ts makes it and logs the
   * link); without one the wizard stays closed.
   */
  setupToken?: string;
  /** What the running loops know and the database may not (a full disk, an interrupted sync). */
  health?: () => RuntimeHealth;
  /** Backups (Privacy → Backups, and restore in the setup wizard); without it those pages say so. */
  backups?: BackupService;
  /** VEILDRAFT_ANALYTICS_PER_AGENT (default off): per-agent figures on the Analytics page. */
  analyticsPerAgent?: boolean;
}

/**
 * HTTPS at the browser? Decided per request, so the same container works both behind a TLS
 * proxy and when its published port is opened directly on loopback over plain HTTP.
 */
export function requestIsSecure(opts: Pick<ConsoleOptions, 'tls' | 'tlsProxy'>) {
  return (c: Context): boolean =>
    opts.tls || (opts.tlsProxy && c.req.header('x-forwarded-proto') === 'https');
}

export function createApp(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders(requestIsSecure(deps.console ?? { tls: false, tlsProxy: false })));

  // Before the console's Host check, so probes may use any name (the pod IP, a service name).
  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.get('/readyz', (c) => {
    const { storeProblem, ...r } = deps.readiness();
    const ready = r.storeOpen && r.migrationsApplied && r.workersRunning && !storeProblem;
    // Up but unable to save anything for now: "degraded", with the reason, so a probe can alert
    // on it. A damaged database is not ready at all: it stays read-only until a restore.
    const passing = storeProblem && storeProblem.code !== 'store.corrupt';
    const status = ready ? 'ready' : passing && r.storeOpen ? 'degraded' : 'not_ready';
    const reason = storeProblem ? { reason: { code: storeProblem.code, message: storeProblem.message } } : {};
    return c.json({ status, ...r, storeWritable: !storeProblem, ...reason }, ready ? 200 : 503);
  });

  if (deps.console) mountConsole(app, deps.console);

  app.notFound((c) => renderError(c, 404));
  // The one translation of errors to answers: an AppError the request can fix shows its message
  // with its status; anything else is logged once (code and message only, see the logger) and
  // answered with the calm 500 page.
  app.onError((err, c) => {
    if (isAppError(err) && err.status < 500) {
      deps.logger.info({ code: err.code, path: c.req.path }, 'request refused');
      return renderError(c, err.status, err.message);
    }
    deps.logger.error({ err, path: c.req.path }, 'request failed');
    const store = deps.storeFailed?.(err);
    if (!store) return renderError(c, 500);
    // The reason is the store's (read-only after corruption, disk full), shown as on the dashboard.
    const problem = deps.readiness().storeProblem;
    return renderError(c, 503, problem ? `${problem.code}: ${problem.message}` : undefined);
  });
  return app;
}

/**
 * The time zone pages show times in. Read for every page, error pages too: when the store cannot
 * be read (a damaged database), UTC, so the page that explains the failure still renders.
 */
function displayTimeZone(ctx: ConsoleContext): string {
  try {
    return String(loadSettings(ctx).businessHours.timeZone);
  } catch {
    return 'UTC';
  }
}

export function consoleContext(d: ConsoleOptions): ConsoleContext {
  return {
    db: d.db,
    keys: d.keys,
    clock: d.clock,
    logger: d.logger,
    isSecure: requestIsSecure(d),
    csrfKey: deriveKey(d.keys.secrets, 'veildraft/console-csrf/v1'),
    models: cachedModels(d.modelsDir ?? path.join(projectRoot, 'models'), d.clock),
    modelConfig: d.modelConfig ?? loadConfig({}),
    features: d.features ?? (() => []),
    chain: chainVerifier(d),
    allowPlaintextLoopback: d.imapAllowPlaintextLoopback ?? false,
    retention: d.retention ?? { backfillMonths: 12 },
    draftBacklogHours: d.draftBacklogHours ?? 24,
    settingsFromEnvironment: d.settingsFromEnvironment ?? {},
    // Void once setup is complete: the token opens the wizard only.
    setupTokenMatches: (given) =>
      d.setupToken !== undefined && !setupComplete(d) && equalSecrets(d.setupToken, given),
    health: d.health ?? (() => ({ store: null, mailboxes: new Map() })),
    backups: d.backups,
    oidc: createOidcRuntime(),
    publicUrl: d.publicUrl,
    analyticsPerAgent: d.analyticsPerAgent ?? false,
  };
}

function mountConsole(app: Hono<AppEnv>, opts: ConsoleOptions): void {
  const ctx = consoleContext(opts);
  // Before the Host check: the refusal page needs its stylesheet, and assets are the same for all.
  app.get('/assets/:file', serveAsset(loadAssets()));
  const names = [...(opts.hostNames ?? []), ...(opts.publicUrl ? [new URL(opts.publicUrl).hostname] : [])];
  app.use('*', hostCheck(hostAllowList(names)));
  app.use('*', originCheck({ isSecure: ctx.isSecure, publicUrl: opts.publicUrl }));
  app.use('*', methodCheck(consoleRoutes));
  app.use('*', formSizeLimit(ctx.logger));

  app.use('*', async (c, next) => {
    const secure = ctx.isSecure(c);
    const names = cookieNames(secure);
    const raw = readCookie(c, names.session);
    const active = resolveSession(ctx, raw);
    if (raw && !active) clearCookie(c, secure, names.session);
    c.set('active', active);
    c.set('csrf', csrfToken(c, ctx.csrfKey, secure, active ? raw : undefined));
    c.set('display', () => ({
      locale: pickLocale(c.req.header('accept-language')),
      timeZone: displayTimeZone(ctx),
      now: ctx.clock.now(),
    }));
    await next();
  });

  // Until an admin has enrolled, every page leads to the setup wizard. Setup cannot become
  // incomplete again (the last active admin cannot be disabled or reset), so once true it is cached.
  let complete = false;
  const isComplete = () => {
    complete ||= setupComplete(ctx);
    return complete;
  };
  app.use('*', async (c, next) => {
    const p = c.req.path;
    if (isComplete() || p === '/setup' || p.startsWith('/setup/') || p === '/enrol' || p === '/signout')
      return next();
    return c.redirect('/setup', 303);
  });

  for (const r of consoleRoutes) {
    app.on(r.method, r.path, guard(r.access, isComplete), formReader(ctx.logger), csrfCheck(), (c) =>
      r.handler(c, ctx),
    );
  }
}

/** Hashing model files takes seconds for large ones: check at most every few minutes. */
function cachedModels(dir: string, clock: Clock, ttlMs = 300_000): () => Promise<ModelFileStatus[]> {
  let at = Number.NEGATIVE_INFINITY;
  let pending: Promise<ModelFileStatus[]> = Promise.resolve([]);
  return () => {
    const now = clock.now();
    if (now - at > ttlMs || now < at) {
      at = now;
      pending = checkModels(dir).catch(() => []);
    }
    return pending;
  };
}
