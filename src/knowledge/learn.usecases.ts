import type { AnonymizerService } from '../anonymize/anonymizer.service.js';
import { participantsOf } from '../anonymize/participants.models.js';
import type { DraftsRepository } from '../draft/drafts.repository.js';
import type { MailPort } from '../draft/mail-port.js';
import { sketchSimilarity } from '../draft/sketch.models.js';
import { normalizeAddress, pseudonym } from '../ingest/message.models.js';
import { splitReply } from '../ingest/message.quotes.js';
import { mailboxErrors } from '../mailboxes/mailboxes.errors.js';
import type { MailboxesRepository } from '../mailboxes/mailboxes.repository.js';
import type { Clock } from '../shared/clock.js';
import { detectLanguage } from '../shared/language.js';
import type { Logger } from '../shared/logger.js';
import type { Embedder } from './embeddings.js';
import type { ConversationsRepository } from './knowledge.repository.js';
import { markAgent, markSignature } from './learn.models.js';
import type { StyleRefresher } from './style.usecases.js';
import type { VectorIndex } from './vector-index.js';

/**
 * The learn job: an agent's reply found in Sent and the customer message it answers become one
 * anonymized conversation in the knowledge base.
 *
 * Both messages are fetched again from the mailbox (the source of truth; nothing raw is kept),
 * reduced to what each author wrote (quotes and `-- ` signatures cut), anonymized together so a
 * person keeps one placeholder across the pair, the agent's name made `[AGENT]` and the mailbox
 * signature `[SIGNATURE]`, then stored with the participants' pseudonyms (for data-subject
 * requests) and indexed. A pair whose residual risk is high is stored as `review`.
 * When the customer message had a draft, the sent reply's similarity to it is recorded.
 */
export interface LearnDeps {
  clock: Clock;
  logger: Logger;
  mailboxes: Pick<MailboxesRepository, 'findById'>;
  drafts: Pick<DraftsRepository, 'findForMessage' | 'recordFeedback'>;
  conversations: ConversationsRepository;
  mail: MailPort;
  anonymizer: Pick<AnonymizerService, 'anonymize'>;
  /** Without a ready model the conversation is stored unembedded (the backfill embeds it later). */
  embedder: Pick<Embedder, 'modelId' | 'embed'>;
  /** Takes a new conversation's vector once it is committed. */
  index: Pick<VectorIndex, 'add'>;
  style: StyleRefresher;
  pseudonymKey: Buffer;
  sketchKey: Buffer;
}

export interface LearnJobPayload {
  mailboxId: number;
  messageRowId: number;
  answersMessageRowId: number;
}

export async function learnConversation(
  deps: LearnDeps,
  payload: LearnJobPayload,
): Promise<{ conversationId: number; created: boolean; status: 'ready' | 'review' }> {
  const mailbox = deps.mailboxes.findById(payload.mailboxId);
  if (!mailbox) throw mailboxErrors.removed();
  const { customer, reply } = await deps.mail.use(mailbox.id, async (session) => ({
    customer: await session.fetch(payload.answersMessageRowId),
    reply: await session.fetch(payload.messageRowId),
  }));

  const customerText = splitReply(customer.message.text).newPart;
  const replyRaw = splitReply(reply.message.text).newPart;
  const replyText = markSignature(replyRaw, mailbox.signature);
  const anon = await deps.anonymizer.anonymize({
    messages: [
      { text: customerText, participants: participantsOf(customer.message.people, { recipients: true }) },
      { text: replyText, participants: participantsOf(reply.message.people, { recipients: true }) },
    ],
  });
  const agentNames = [mailbox.fromName, ...reply.message.people.from.map((a) => a.name)].filter(
    (n): n is string => !!n,
  );
  const [customerAnon, replyAnon] = markAgent(anon.messages, anon.map, agentNames) as [string, string];

  const own = new Set(
    [mailbox.fromAddress, mailbox.username, ...reply.message.people.from.map((a) => a.address)]
      .filter((a): a is string => !!a?.includes('@'))
      .map(normalizeAddress),
  );
  const participants = new Map<string, 'customer' | 'agent' | 'other'>();
  const add = (address: string, role: 'customer' | 'agent' | 'other') => {
    const n = normalizeAddress(address);
    const p = pseudonym(deps.pseudonymKey, n);
    if (!participants.has(p)) participants.set(p, own.has(n) ? 'agent' : role);
  };
  for (const a of [...customer.message.people.from, ...customer.message.people.replyTo])
    add(a.address, 'customer');
  for (const a of [...customer.message.people.to, ...customer.message.people.cc]) add(a.address, 'other');
  for (const a of [...reply.message.people.to, ...reply.message.people.cc]) add(a.address, 'other');

  const draft = deps.drafts.findForMessage(customer.row.id);
  const embedding = await embed(deps.embedder, customerAnon);
  const status = anon.risk.needsReview ? ('review' as const) : ('ready' as const);
  const saved = deps.conversations.save({
    mailboxId: mailbox.id,
    replyMessageRowId: reply.row.id,
    customerMessageRowId: customer.row.id,
    threadId: reply.row.threadId,
    lang: detectLanguage(customerText) ?? customer.row.language ?? null,
    customerText: customerAnon,
    replyText: replyAnon,
    customerAt: customer.row.receivedAt,
    replyAt: reply.row.sentAt ?? reply.row.receivedAt,
    risk: anon.risk.conversation.score,
    status,
    source: draft?.status === 'stored' ? 'feedback' : 'history',
    participants: [...participants].map(([p, role]) => ({ pseudonym: p, role })),
    ...(embedding ? { embedding } : {}),
    createdAt: deps.clock.now(),
  });
  if (saved.created) {
    if (embedding) deps.index.add(mailbox.id, embedding.model, saved.id, embedding.vector);
    deps.style.learned(mailbox.id);
  }

  // Feedback: how much of the draft the agent kept. Compared on the texts as sent and drafted
  // (both in memory only); the draft is known by its keyed sketch alone.
  if (draft?.sketch && draft.sentMessageRowId == null) {
    const similarity = sketchSimilarity(draft.sketch, replyRaw, deps.sketchKey);
    deps.drafts.recordFeedback(draft.id, { similarity, sentMessageRowId: reply.row.id });
  }
  deps.logger.debug({ mailboxId: mailbox.id, conversationId: saved.id, status }, 'conversation learned');
  return { conversationId: saved.id, created: saved.created, status };
}

async function embed(
  embedder: LearnDeps['embedder'],
  text: string,
): Promise<{ model: string; vector: Float32Array } | null> {
  const model = embedder.modelId();
  if (!model) return null;
  const [vector] = await embedder.embed([text]);
  return vector ? { model, vector } : null;
}
