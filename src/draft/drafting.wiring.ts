import { createAnonymizerService } from '../anonymize/anonymizer.service.js';
import type { Config } from '../config/config.js';
import type { FeatureStatus } from '../dashboard/features.models.js';
import { modelFeatures } from '../dashboard/features.models.js';
import { createMessagesRepository } from '../ingest/ingest.repository.js';
import type { ParseLimits } from '../ingest/message.parse.js';
import type { JobHandlers } from '../jobs/jobs.registry.js';
import { countOpenJobs } from '../jobs/jobs.repository.js';
import { jobHandler } from '../jobs/jobs.runner.js';
import type { DataKeys } from '../keys/subkeys.js';
import { embedMissing } from '../knowledge/embed-backfill.usecases.js';
import { createConversationsRepository } from '../knowledge/knowledge.repository.js';
import { createKnowledge } from '../knowledge/knowledge.wiring.js';
import { learnJob } from '../knowledge/learn.job.js';
import { type LearnDeps, learnConversation } from '../knowledge/learn.usecases.js';
import { createStyleRefresher, styleNotesFor } from '../knowledge/style.usecases.js';
import { createMailboxClients } from '../mailboxes/mailbox-clients.js';
import { createMailboxesRepository } from '../mailboxes/mailboxes.repository.js';
import type { MailboxTokens } from '../mailboxes/oauth-tokens.js';
import { loadSettings } from '../settings/settings.usecases.js';
import type { Clock } from '../shared/clock.js';
import { deriveKey } from '../shared/crypto.js';
import { errorCode } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { Store } from '../store/store.js';
import { draftJob } from './draft.job.js';
import { type DraftDeps, draftReply } from './draft.usecases.js';
import type { AppendDraft } from './draft-append.js';
import { draftPolicyFromConfig } from './draft-compose.models.js';
import { resumeWaitingDrafts } from './draft-waiting.usecases.js';
import { createDraftsRepository } from './drafts.repository.js';
import { createLlmBackend } from './llm/llm.registry.js';
import { createImapMailPort } from './mail-port.js';

/**
 * Builds the learn and draft job handlers from the appliance's parts (used by start.ts): the
 * anonymizer with its models, the embedder, the vector index, the retriever, the language-model
 * backend and one IMAP connection per mailbox for jobs. Heavy resources load in `load()` and are
 * freed in `dispose()`. A model that is missing turns off only what needs it: without the LLM
 * new mail waits for a model (recorded with the `llm.*` reason), learning goes on.
 */
export interface Drafting {
  handlers: Pick<JobHandlers, 'learn' | 'draft'>;
  load(): Promise<void>;
  dispose(): Promise<void>;
  /** For the console: whether drafting and meaning-based retrieval run, and why not. */
  features(): FeatureStatus[];
  /** After a commit that deleted conversations (erasure, mailbox removal, retention): the vector index drops them. */
  forgetConversations(ids: readonly number[]): void;
}

export function createDrafting(args: {
  config: Config;
  store: Store;
  keys: DataKeys;
  logger: Logger;
  clock: Clock;
  /** Parse limits of fetched mail: the sync settings' own, computed once by the composition root. */
  limits: ParseLimits;
  /** The process's one draft appender (its lock keeps one attempt per draft key at a time). */
  appendDraft: AppendDraft;
  /** The process's OAuth2 token cache, shared with sync. */
  tokens?: MailboxTokens;
}): Drafting {
  const { config, store, keys, logger, clock, limits } = args;
  const db = store.db;
  const log = logger.child({ component: 'drafting' });
  const clients = createMailboxClients({ db, keys, config, logger: log, tokens: args.tokens });
  const anonymizer = createAnonymizerService({ db, config, logger: log });
  const knowledge = createKnowledge({ db, config, logger: log });
  const { embedder, index, retriever } = knowledge;
  const llm = createLlmBackend({ config, logger: log });
  // Not the pseudonym key itself: a sketch and a pseudonym must never be comparable.
  const sketchKey = deriveKey(keys.pseudonym, 'veildraft draft sketch v1');

  const stopping = new AbortController();
  let backfill: Promise<void> | undefined;
  // Jobs wait for the models: learning before NER is loaded would store weaker anonymization.
  let loading: Promise<void> | undefined;
  let loadSettled = false;
  const load = () => {
    loading ??= (async () => {
      await Promise.all([anonymizer.load(), knowledge.load(), llm.load()]);
      // Shutting down: the store may be closed already, so nothing more is started or written.
      if (stopping.signal.aborted) return;
      // Conversations learned before the embedding model was there: embedded in the background.
      backfill = embedMissing({ db, knowledge, logger: log, signal: stopping.signal })
        .then(() => {})
        .catch((e) => log.warn({ code: errorCode(e) }, 'embedding earlier conversations failed'));
      const s = llm.status();
      // The one line that says why drafting is off (the backends only set their status). Off on
      // purpose (`none`) is no warning.
      if (s.state === 'disabled') {
        log[s.error.code === 'llm.off' ? 'info' : 'warn']({ code: s.error.code }, s.error.message);
        return;
      }
      log.info({ backend: llm.name }, 'drafting ready');
      const resumed = resumeWaitingDrafts(db, {
        now: clock.now(),
        windowMs: config.draftBacklogHours * 3_600_000,
      });
      if (resumed.queued + resumed.expired > 0)
        log.info(
          resumed,
          'mail that could not be drafted without a model: recent messages queued for drafting',
        );
    })().finally(() => {
      loadSettled = true;
    });
    return loading;
  };

  /** What both jobs use: repositories, the mailbox, the anonymizer, the clock. */
  const jobParts = {
    clock,
    logger: log,
    mailboxes: createMailboxesRepository(db),
    drafts: createDraftsRepository(db),
    mail: createImapMailPort({ clients, db, clock, limits, appendDraft: args.appendDraft }),
    anonymizer,
    sketchKey,
  };
  const learnDeps: LearnDeps = {
    ...jobParts,
    conversations: createConversationsRepository(db),
    embedder,
    index,
    style: createStyleRefresher({ db, clock }),
    pseudonymKey: keys.pseudonym,
  };
  const draftDeps: DraftDeps = {
    ...jobParts,
    messages: createMessagesRepository(db),
    llm,
    retrieve: async ({ mailboxId, text }) => {
      const r = await retriever.retrieve({
        mailboxId,
        text,
        k: config.retrieveK,
        includeReview: config.learnUnreviewed,
      });
      return {
        mode: r.mode,
        examples: r.conversations.map((c) => ({ customer: c.customerText, reply: c.replyText })),
      };
    },
    styleNotes: (mailboxId, lang) => styleNotesFor(db, mailboxId, lang),
    policy: draftPolicyFromConfig(config),
    promptTokens: config.promptTokens,
    maxReplyTokens: config.llmMaxReplyTokens,
    specialPolicy: () => loadSettings({ db }).specialCategory.policy as 'skip' | 'flag' | 'draft',
  };

  let learned = 0;
  const learnHandler = jobHandler(learnJob, {
    concurrency: 1,
    handle: async (payload) => {
      await load();
      await learnConversation(learnDeps, payload);
      // A backfill queues thousands of learn jobs: say how far it is now and then.
      if (++learned % 100 === 0)
        log.info({ learned, waiting: countOpenJobs(db, learnJob.kind) }, 'learning from past conversations');
    },
  });

  const draftHandler = jobHandler(draftJob, {
    // One generation at a time on a CPU box; the backend queues anyway.
    concurrency: 1,
    handle: async (payload) => {
      await load();
      await draftReply(draftDeps, payload);
    },
  });

  return {
    handlers: { learn: learnHandler, draft: draftHandler },
    load,
    forgetConversations: (ids) => knowledge.index.remove(ids),
    async dispose() {
      stopping.abort();
      // What writes to the store and holds mail connections ends first: the caller may close the
      // store once a model load (which cannot be interrupted) is all that is left.
      await backfill;
      await clients.close();
      // A model load cannot be interrupted, and what it would free belongs to a process that is
      // exiting: shutdown does not wait for it.
      if (loading && !loadSettled) return;
      await Promise.all([anonymizer.dispose(), knowledge.dispose(), llm.dispose()]);
    },
    features: () => modelFeatures(llm.status(), embedder.status(), config),
  };
}
