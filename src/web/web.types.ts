import type { IncomingMessage } from 'node:http';
import type { VerifyResult } from '../audit/audit.models.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import type { ModelFileStatus } from '../models/models.manifest.js';
import type { ActiveSession } from '../sessions/sessions.usecases.js';

/** Everything the console's routes receive; assembled by createApp from start.ts's dependencies. */
export interface ConsoleContext extends ConsoleDeps {
  /** True when browsers reach the console over HTTPS (TLS here, or a TLS-terminating proxy). */
  secure: boolean;
  csrfKey: Buffer;
  models: () => Promise<ModelFileStatus[]>;
  chain: (fresh?: boolean) => VerifyResult;
}

export interface AppEnv {
  Bindings: { incoming?: IncomingMessage };
  Variables: {
    active: ActiveSession | null;
    csrf: string;
  };
}
