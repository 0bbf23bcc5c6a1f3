import { type JobHandler, jobHandler } from '../jobs/jobs.runner.js';
import type { DataKeys } from '../keys/subkeys.js';
import type { Clock } from '../shared/clock.js';
import { errorCode } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import { dsrEraseJob, mailboxPurgeJob } from './dsr.job.js';
import { runErasure } from './erase.usecases.js';
import { replayErasureJournal } from './erasure-journal.js';
import { erasureJournalFile } from './journal-file.js';
import { purgeMailbox } from './mailbox-purge.usecases.js';

export interface DsrHandlerDeps {
  db: Db;
  keys: DataKeys;
  clock: Clock;
  logger: Logger;
  dataDir: string;
  forgetConversations: (ids: readonly number[]) => void;
}

/** The two jobs of this domain: one erasure request, and the data of one removed mailbox. */
export function dsrHandlers(deps: DsrHandlerDeps): {
  'dsr.erase': JobHandler<'dsr.erase'>;
  'mailbox.purge': JobHandler<'mailbox.purge'>;
} {
  const journal = erasureJournalFile(deps.dataDir, deps.keys);
  return {
    'dsr.erase': jobHandler(dsrEraseJob, {
      concurrency: 1,
      async handle({ requestId }) {
        const cert = runErasure({ ...deps, journal }, requestId);
        deps.logger.info(
          { requestId, auditId: cert.auditId, deleted: cert.deleted },
          'data-subject erasure done',
        );
      },
    }),
    'mailbox.purge': jobHandler(mailboxPurgeJob, {
      concurrency: 1,
      async handle({ mailboxId }) {
        const counts = purgeMailbox({ ...deps, auditKey: deps.keys.audit }, mailboxId);
        deps.logger.info({ mailboxId, ...counts }, 'removed mailbox’s data deleted');
      },
    }),
  };
}

/**
 * Start's replay of the erasure journal (cheap when nothing came back). A journal that fails
 * verification is logged loudly and not replayed; the appliance still starts, since refusing to
 * would take the console away from the operator who has to look at it.
 */
export function replayJournalAtStart(deps: Omit<DsrHandlerDeps, 'forgetConversations'>): void {
  try {
    const r = replayErasureJournal(deps);
    if (r.erasedRows > 0)
      deps.logger.warn(r, 'erasure journal replayed: erased people had come back (a restored backup)');
  } catch (e) {
    deps.logger.error({ code: errorCode(e) }, 'the erasure journal was not replayed');
  }
}
