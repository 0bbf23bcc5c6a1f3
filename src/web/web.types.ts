import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { VerifyResult } from '../audit/audit.models.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import type { FeatureStatus, RuntimeHealth } from '../dashboard/dashboard.usecases.js';
import type { ModelFileStatus } from '../models/models.manifest.js';
import type { ActiveSession } from '../sessions/sessions.usecases.js';

/** Everything the console's routes receive; assembled by createApp from start.ts's dependencies. */
export interface ConsoleContext extends ConsoleDeps {
  /** Whether this request reached us over HTTPS (see app.ts, requestIsSecure). */
  isSecure: (c: Context) => boolean;
  csrfKey: Buffer;
  models: () => Promise<ModelFileStatus[]>;
  features: () => FeatureStatus[];
  chain: (fresh?: boolean) => VerifyResult;
  /** Whether the add-mailbox form may save security "none" for loopback hosts. */
  allowPlaintextLoopback: boolean;
  health: () => RuntimeHealth;
}

export interface AppEnv {
  Bindings: { incoming?: IncomingMessage };
  Variables: {
    active: ActiveSession | null;
    csrf: string;
  };
}
