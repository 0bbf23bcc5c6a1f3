import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { ChainStatus } from '../audit/audit-view.usecases.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import type { BackupService } from '../backup/backup.service.js';
import type { RuntimeHealth } from '../dashboard/dashboard.usecases.js';
import type { FeatureStatus } from '../dashboard/features.models.js';
import type { OidcRuntime } from '../identity/oidc/oidc-signin.usecases.js';
import type { ModelFileStatus } from '../model-files/model-files.manifest.js';
import type { ModelConfig } from '../model-files/models-overview.models.js';
import type { RetentionEnv } from '../retention/retention.usecases.js';
import type { ActiveSession } from '../sessions/sessions.usecases.js';
import type { SettingsFromEnvironment } from '../settings/settings.usecases.js';
import type { Form } from './form.js';
import type { TimeDisplay } from './locale.js';

/** Everything the console's routes receive; assembled by createApp from start.ts's dependencies. */
export interface ConsoleContext extends ConsoleDeps {
  /** Whether this request reached us over HTTPS (see app.ts, requestIsSecure). */
  isSecure: (c: Context) => boolean;
  csrfKey: Buffer;
  models: () => Promise<ModelFileStatus[]>;
  /** The configured models (backend, file and folder names, threads), for the Models overview. */
  modelConfig: ModelConfig;
  features: () => FeatureStatus[];
  chain: (full?: boolean) => ChainStatus;
  /** Whether the add-mailbox form may save security "none" for loopback hosts. */
  allowPlaintextLoopback: boolean;
  /** VEILDRAFT_AUDIT_RETENTION_DAYS and the sync's backfill window, for the retention page. */
  retention: RetentionEnv;
  /** VEILDRAFT_DRAFT_BACKLOG_HOURS: the window of mail drafted again (backlog, resume, drafting on). */
  draftBacklogHours: number;
  /** Initial values of console settings from the environment; a saved section wins. */
  settingsFromEnvironment: SettingsFromEnvironment;
  /** Whether a value is the setup token printed at start (constant time; false once set up). */
  setupTokenMatches: (given: unknown) => boolean;
  health: () => RuntimeHealth;
  backups?: BackupService;
  /** Single sign-on's sign-ins under way and discovered providers. */
  oidc: OidcRuntime;
  /** VEILDRAFT_PUBLIC_URL's origin: the base of the OIDC redirect URI when set. */
  publicUrl?: string;
  /** VEILDRAFT_ANALYTICS_PER_AGENT: fixed at start-up; the console cannot switch it. */
  analyticsPerAgent: boolean;
}

export interface AppEnv {
  Bindings: { incoming?: IncomingMessage };
  Variables: {
    active: ActiveSession | null;
    csrf: string;
    /** The parsed body of a POST (access.ts, formReader); unset for other methods. */
    form?: Form;
    /** How this request's reader writes times; computed when a page is rendered. */
    display: () => TimeDisplay;
  };
}
