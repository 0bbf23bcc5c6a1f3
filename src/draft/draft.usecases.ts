import type { Lang } from '../anonymize/anonymize.types.js';
import type { AnonymizerService } from '../anonymize/anonymizer.service.js';
import { participantsOf } from '../anonymize/participants.models.js';
import type { MessagesRepository } from '../ingest/ingest.repository.js';
import type { FetchedMail } from '../ingest/message.fetch.js';
import { splitReply } from '../ingest/message.quotes.js';
import { mailboxErrors } from '../mailboxes/mailboxes.errors.js';
import type { MailboxesRepository } from '../mailboxes/mailboxes.repository.js';
import type { MailboxRow } from '../mailboxes/mailboxes.table.js';
import type { Clock } from '../shared/clock.js';
import { type AppError, errorCode, isAppError } from '../shared/errors.js';
import { detectLanguage } from '../shared/language.js';
import type { Logger } from '../shared/logger.js';
import { checkDraft } from './checks.models.js';
import { draftErrors } from './draft.errors.js';
import { draftKeyFor, mentionsSpecialCategory, originalOf, unnumberedPlaceholders } from './draft.models.js';
import type { DraftPolicy } from './draft-append.js';
import { draftMessageId } from './draft-compose.models.js';
import type { DraftsRepository } from './drafts.repository.js';
import { steeringSignals } from './injection.models.js';
import type { GenerateResult, LlmBackend } from './llm/llm.types.js';
import type { MailPort } from './mail-port.js';
import { buildPrompt, PROMPT_VERSION } from './prompt.models.js';
import { cleanModelOutput, fillPlaceholders } from './repersonalize.models.js';
import { draftSketch } from './sketch.models.js';

/**
 * The draft job: from a new customer message to a reply in the mailbox's Drafts folder.
 *
 * fetch (IMAP, in memory) → anonymize the thread (the placeholder map lives only in this call)
 * → retrieve similar past conversations → build the prompt → generate → check → on failure
 * once more, stricter → fill the placeholders back → appendDraft (exactly once per message)
 * → record ids, timings, model, prompt version and check codes (never the text).
 */
export interface DraftDeps {
  clock: Clock;
  logger: Logger;
  mailboxes: Pick<MailboxesRepository, 'findById'>;
  messages: Pick<MessagesRepository, 'earlierInThread' | 'findRepliesTo'>;
  drafts: Pick<DraftsRepository, 'ensure' | 'findByKey' | 'recordOutcome'>;
  mail: MailPort;
  anonymizer: Pick<AnonymizerService, 'anonymize'>;
  llm: Pick<LlmBackend, 'status' | 'generate'>;
  retrieve(args: {
    mailboxId: number;
    text: string;
  }): Promise<{ examples: { customer: string; reply: string }[]; mode: string }>;
  styleNotes(mailboxId: number, lang: string | null): string[];
  /** Key of the draft sketch (a keyed MinHash: similarity later, no text kept). */
  sketchKey: Buffer;
  policy: DraftPolicy;
  promptTokens: number;
  maxReplyTokens: number;
  /** The Settings page's special-category policy: skip drafting, draft and flag, or draft. */
  specialPolicy(): 'skip' | 'flag' | 'draft';
  /** Earlier messages of the thread put into the prompt. */
  threadDepth?: number;
}

export interface DraftJobPayload {
  mailboxId: number;
  messageRowId: number;
}

export type DraftJobOutcome =
  | { status: 'stored'; draftKey: string; uid: number; timings: Record<string, number> }
  | { status: 'skipped'; code: string }
  | { status: 'waiting'; code: string };

const ms = (since: number) => Math.round((performance.now() - since) * 10) / 10;

function mailboxOf(deps: DraftDeps, id: number): MailboxRow {
  const row = deps.mailboxes.findById(id);
  if (!row) throw mailboxErrors.removed();
  return row;
}

/** Fails the draft visibly: the record carries the code, the job dies with it (no retry helps). */
function fail(deps: DraftDeps, draftKey: string, error: AppError, extra = {}): never {
  deps.drafts.recordOutcome(draftKey, { status: 'failed', failureCode: error.code, ...extra });
  throw error;
}

export async function draftReply(deps: DraftDeps, payload: DraftJobPayload): Promise<DraftJobOutcome> {
  const mailbox = mailboxOf(deps, payload.mailboxId);
  const draftKey = draftKeyFor(mailbox.id, payload.messageRowId);
  try {
    return await draftOnce(deps, payload, mailbox, draftKey);
  } catch (e) {
    // Visible on the draft record: the last reason, and `failed` once no retry will help.
    const row = deps.drafts.findByKey(draftKey);
    if (row && row.status === 'pending') {
      deps.drafts.recordOutcome(draftKey, {
        failureCode: errorCode(e),
        ...(isAppError(e) && e.permanent ? { status: 'failed' as const } : {}),
      });
    }
    throw e;
  }
}

async function draftOnce(
  deps: DraftDeps,
  payload: DraftJobPayload,
  mailbox: MailboxRow,
  draftKey: string,
): Promise<DraftJobOutcome> {
  const { drafts, clock } = deps;
  const existing = drafts.ensure({
    mailboxId: mailbox.id,
    draftKey,
    // Without an address draftMessageId falls back to veildraft.invalid; appendDraft refuses then.
    messageId: draftMessageId(draftKey, mailbox.fromAddress ?? mailbox.username),
    at: clock.now(),
  });
  if (existing.status === 'stored' && existing.uid != null) {
    return { status: 'stored', draftKey, uid: existing.uid, timings: {} };
  }
  drafts.recordOutcome(draftKey, { messageRowId: payload.messageRowId, status: 'pending' });
  if (!mailbox.draftingEnabled) {
    drafts.recordOutcome(draftKey, { status: 'failed', failureCode: 'draft.mailbox_off' });
    return { status: 'skipped', code: 'draft.mailbox_off' };
  }
  const llmStatus = deps.llm.status();
  if (llmStatus.state === 'disabled') {
    // Not this message's failure: drafting is off. The job ends quietly and the message waits
    // for a model (draft-waiting.usecases.ts picks it up when one is there).
    drafts.recordOutcome(draftKey, { status: 'waiting', failureCode: llmStatus.error.code });
    return { status: 'waiting', code: llmStatus.error.code };
  }

  const timings: Record<string, number> = {};
  let t = performance.now();
  const { customer, thread } = await deps.mail.use(mailbox.id, async (session) => {
    const customer = await session.fetch(payload.messageRowId);
    const thread: FetchedMail[] = [];
    const earlier = deps.messages.earlierInThread(
      customer.row.threadId,
      customer.row.id,
      deps.threadDepth ?? 3,
    );
    for (const row of earlier) {
      // Context only: a message of the thread that is gone or unreadable is left out.
      const m = await session.fetch(row.id).catch(() => null);
      if (m) thread.unshift(m);
    }
    return { customer, thread };
  });
  timings.fetchMs = ms(t);

  // An agent answered while the job waited (e.g. the appliance was down): no draft any more.
  if (
    customer.row.messageIdHash &&
    deps.messages.findRepliesTo(mailbox.id, customer.row.messageIdHash).length > 0
  ) {
    drafts.recordOutcome(draftKey, { status: 'failed', failureCode: 'draft.already_answered' });
    return { status: 'skipped', code: 'draft.already_answered' };
  }

  t = performance.now();
  const customerNew = splitReply(customer.message.text).newPart || customer.message.text;
  // One call for the thread, the new message and its subject: one map, so a person keeps the
  // same placeholder wherever the prompt shows them.
  const anon = await deps.anonymizer.anonymize({
    messages: [
      ...thread.map((m) => ({
        text: splitReply(m.message.text).newPart,
        participants: participantsOf(m.message.people, { recipients: false }),
      })),
      { text: customerNew, participants: participantsOf(customer.message.people, { recipients: true }) },
      { text: customer.message.headers.subject },
    ],
  });
  timings.anonymizeMs = ms(t);
  const at = thread.length; // the customer message; its subject follows
  const customerAnon = anon.messages[at]!;
  const subjectAnon = anon.messages[at + 1]!;
  const lang: Lang = detectLanguage(customerNew) ?? (customer.row.language as Lang | null) ?? 'en';

  const special = mentionsSpecialCategory(anon.spans[at]!);
  const specialPolicy = deps.specialPolicy();
  if (special && specialPolicy === 'skip') {
    drafts.recordOutcome(draftKey, { status: 'failed', failureCode: 'draft.special_category', timings });
    return { status: 'skipped', code: 'draft.special_category' };
  }
  const steering = steeringSignals(customerNew);
  const suspicious = steering.suspicious || (special && specialPolicy === 'flag');

  t = performance.now();
  const retrieved = await deps.retrieve({ mailboxId: mailbox.id, text: customerAnon });
  const examples = retrieved.examples.map((e) => ({
    customer: unnumberedPlaceholders(e.customer),
    reply: unnumberedPlaceholders(e.reply),
  }));
  timings.retrieveMs = ms(t);

  const placeholders = [...anon.map.keys()];
  const promptFor = (budgetTokens: number) =>
    buildPrompt({
      customer: { text: customerAnon, subject: subjectAnon, lang },
      thread: anon.messages.slice(0, at).map((text, i) => ({
        from: thread[i]!.row.direction === 'outbound' ? ('agent' as const) : ('customer' as const),
        text,
      })),
      examples,
      styleNotes: deps.styleNotes(mailbox.id, lang),
      placeholders,
      budgetTokens,
    });
  t = performance.now();
  let budget = deps.promptTokens;
  let prompt = promptFor(budget);
  timings.promptMs = ms(t);

  const sources = [...anon.messages, ...examples.flatMap((e) => [e.customer, e.reply])];
  const generate = async (strict: boolean): Promise<GenerateResult> => {
    // The budget is an estimate; the model's tokenizer has the last word. A prompt that does not
    // fit is rebuilt smaller (examples go first) rather than failing the draft.
    for (;;) {
      try {
        return await deps.llm.generate({
          messages: prompt.messages,
          maxTokens: deps.maxReplyTokens,
          // The retry is greedy: the least surprising text the model can write.
          temperature: strict ? 0 : 0.3,
          seed: 7,
        });
      } catch (e) {
        if (errorCode(e) !== 'llm.prompt_too_long' || budget <= 300) throw e;
        budget = Math.max(300, Math.floor(budget / 2));
        prompt = promptFor(budget);
      }
    }
  };
  const attempt = async (strict: boolean) => {
    const result = await generate(strict);
    const text = cleanModelOutput(result.text);
    return { result, text, check: checkDraft(text, { placeholders, sources, lang, customer: customerAnon }) };
  };
  let gen = await attempt(false);
  let attempts = 1;
  if (!gen.check.ok) {
    gen = await attempt(true);
    attempts = 2;
  }
  timings.promptTokensEstimated = prompt.estimatedTokens;
  timings.examples = prompt.examplesUsed;
  timings.prefillMs = gen.result.prefillMs;
  timings.generateMs = gen.result.generateMs;
  timings.promptTokens = gen.result.promptTokens;
  timings.prefillTokens = gen.result.prefillTokens;
  timings.completionTokens = gen.result.completionTokens;
  timings.attempts = attempts;
  const checks = gen.check.failures.map((f) => f.code);
  if (!gen.check.ok) {
    fail(deps, draftKey, draftErrors.checkFailed(checks), {
      timings,
      checks,
      suspicious,
      model: gen.result.model,
      promptVersion: PROMPT_VERSION,
    });
  }

  const agentName = mailbox.fromName ?? undefined;
  const filled = fillPlaceholders(gen.text, anon.map, agentName ? { agentName } : {});
  t = performance.now();
  const stored = await deps.mail.use(mailbox.id, (session) =>
    session.appendDraft({
      mailbox,
      draftKey,
      original: originalOf(customer.message),
      content: { text: filled },
      policy: deps.policy,
    }),
  );
  timings.appendMs = ms(t);
  drafts.recordOutcome(draftKey, {
    status: 'stored',
    failureCode: null,
    suspicious,
    model: gen.result.model,
    promptVersion: PROMPT_VERSION,
    timings,
    checks,
    sketch: draftSketch(filled, deps.sketchKey),
  });
  deps.logger.info(
    {
      mailboxId: mailbox.id,
      messageRowId: payload.messageRowId,
      uid: stored.uid,
      outcome: stored.outcome,
      suspicious,
    },
    'draft stored',
  );
  return { status: 'stored', draftKey, uid: stored.uid, timings };
}
