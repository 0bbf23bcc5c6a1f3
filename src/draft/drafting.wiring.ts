import { createAnonymizerService } from '../anonymize/anonymizer.service.js';
import type { Config } from '../config/config.js';
import type { FeatureStatus } from '../dashboard/dashboard.usecases.js';
import type { JobHandlers } from '../jobs/jobs.registry.js';
import { countJobsByState } from '../jobs/jobs.repository.js';
import { jobHandler } from '../jobs/jobs.runner.js';
import type { DataKeys } from '../keys/subkeys.js';
import { embedMissing } from '../knowledge/embed-backfill.usecases.js';
import { insertConversation } from '../knowledge/knowledge.repository.js';
import { createKnowledge } from '../knowledge/knowledge.wiring.js';
import { learnJob } from '../knowledge/learn.job.js';
import { learnConversation } from '../knowledge/learn.usecases.js';
import { styleNotes } from '../knowledge/style.models.js';
import { loadStyleProfile, refreshStyleProfile } from '../knowledge/style.usecases.js';
import { createMailboxClients } from '../mailboxes/mailbox-clients.js';
import { loadSettings } from '../settings/settings.usecases.js';
import type { Clock } from '../shared/clock.js';
import { deriveKey } from '../shared/crypto.js';
import { errorCode } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { Store } from '../store/store.js';
import { syncSettingsFromConfig } from '../sync/sync.settings.js';
import { draftJob } from './draft.job.js';
import { draftReply } from './draft.usecases.js';
import { resumeWaitingDrafts } from './draft-waiting.usecases.js';
import { createLlmBackend } from './llm/llm.registry.js';

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
}

export function createDrafting(args: {
  config: Config;
  store: Store;
  keys: DataKeys;
  logger: Logger;
  clock: Clock;
}): Drafting {
  const { config, store, keys, logger, clock } = args;
  const db = store.db;
  const log = logger.child({ component: 'drafting' });
  const limits = syncSettingsFromConfig(config, keys.pseudonym).limits;
  const mail = createMailboxClients({ db, keys, config, logger: log });
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
  const load = () => {
    loading ??= (async () => {
      await Promise.all([anonymizer.load(), knowledge.load(), llm.load()]);
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
      const resumed = resumeWaitingDrafts(db, clock.now());
      if (resumed.queued + resumed.expired > 0)
        log.info(resumed, 'mail that waited for a language model: recent messages queued for drafting');
    })();
    return loading;
  };

  // The style profile reads the latest few hundred replies: refresh it with each of the first five
  // conversations this process learns for a mailbox, then every 25th, so a backfill of thousands
  // does not redo it each time.
  const learnedPerMailbox = new Map<number, number>();
  const maybeRefreshStyle = (mailboxId: number) => {
    const n = (learnedPerMailbox.get(mailboxId) ?? 0) + 1;
    learnedPerMailbox.set(mailboxId, n);
    if (n <= 5 || n % 25 === 0) refreshStyleProfile(db, mailboxId, clock.now());
  };

  /** What both jobs use: the store, an IMAP connection per mailbox, parse limits, the anonymizer. */
  const jobParts = { db, clock, logger: log, mail, limits, anonymizer };

  let learned = 0;
  const learnHandler = jobHandler(learnJob, {
    concurrency: 1,
    handle: async (payload) => {
      await load();
      const result = await learnConversation(
        {
          ...jobParts,
          pseudonymKey: keys.pseudonym,
          sketchKey,
          knowledge: {
            embed: async (text) => {
              const model = embedder.modelId();
              if (!model) return null;
              const [vector] = await embedder.embed([text]);
              return vector ? { model, vector } : null;
            },
            save: (conversation) => {
              const saved = db.transaction((tx) => insertConversation(tx, conversation));
              const { embedding } = conversation;
              if (saved.created && embedding)
                index.add(conversation.mailboxId, embedding.model, saved.id, embedding.vector);
              return saved;
            },
          },
        },
        payload,
      );
      if (result.created) maybeRefreshStyle(payload.mailboxId);
      // A backfill queues thousands of learn jobs: say how far it is now and then.
      if (++learned % 100 === 0) {
        const waiting = countJobsByState(db)
          .filter((r) => r.kind === learnJob.kind && (r.state === 'queued' || r.state === 'running'))
          .reduce((n, r) => n + r.count, 0);
        log.info({ learned, waiting }, 'learning from past conversations');
      }
    },
  });

  const draftHandler = jobHandler(draftJob, {
    // One generation at a time on a CPU box; the backend queues anyway.
    concurrency: 1,
    handle: async (payload) => {
      await load();
      await draftReply(
        {
          ...jobParts,
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
          styleNotes: (mailboxId, lang) => {
            const profile = loadStyleProfile(db, mailboxId);
            return profile ? styleNotes(profile, lang ?? 'en') : [];
          },
          sketchKey,
          policy: { replyAll: config.draftReplyAll, quoteStyle: config.draftQuoteStyle },
          promptTokens: config.promptTokens,
          maxReplyTokens: config.llmMaxReplyTokens,
          specialPolicy: () => loadSettings({ db }).specialCategory.policy as 'skip' | 'flag' | 'draft',
        },
        payload,
      );
    },
  });

  return {
    handlers: { learn: learnHandler, draft: draftHandler },
    load,
    async dispose() {
      stopping.abort();
      await loading?.catch(() => {});
      await backfill;
      await mail.close();
      await Promise.all([anonymizer.dispose(), knowledge.dispose(), llm.dispose()]);
    },
    features() {
      const l = llm.status();
      const e = embedder.status();
      const where = config.llmBackend === 'openai' ? `the server at ${config.llmUrl}` : config.llmModel;
      return [
        {
          name: 'Drafting',
          on: l.state === 'ready',
          detail:
            l.state === 'ready'
              ? `${config.llmBackend} backend, ${l.model}.${l.detail ? ` ${l.detail}` : ''}`
              : l.state === 'disabled'
                ? l.error.message
                : `loading ${where}…`,
        },
        {
          name: 'Similar-conversation search by meaning',
          on: e.state === 'ready',
          detail:
            e.state === 'ready'
              ? `embedding model ${config.embeddingModel}, with keyword search (BM25).`
              : e.state === 'disabled'
                ? `${e.error.message} Examples are found by keywords (BM25) only.`
                : 'loading…',
        },
      ];
    },
  };
}
