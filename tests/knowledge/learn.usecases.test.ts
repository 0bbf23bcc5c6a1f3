import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftKeyFor } from '../../src/draft/draft.models.js';
import {
  createDraftsRepository,
  ensureDraftRow,
  recordDraftOutcome,
} from '../../src/draft/drafts.repository.js';
import { draftSketch } from '../../src/draft/sketch.models.js';
import { createConversationsRepository, getStyleProfile } from '../../src/knowledge/knowledge.repository.js';
import { type LearnDeps, learnConversation } from '../../src/knowledge/learn.usecases.js';
import { createStyleRefresher } from '../../src/knowledge/style.usecases.js';
import { createMailboxesRepository } from '../../src/mailboxes/mailboxes.repository.js';
import { createLogger } from '../../src/shared/logger.js';
import {
  addTestMailbox,
  type JobWorld,
  openJobWorld,
  storeMail,
  type TestMail,
} from '../support/job-fakes.js';

/**
 * The learn job on the real encrypted store and the real anonymizer, with the mailbox in memory
 * and a stand-in embedder: what is stored for a customer message and the agent's reply, and when.
 */
let world: JobWorld;
let mailboxId: number;
let added: { mailboxId: number; model: string; id: number }[];
const sketchKey = Buffer.alloc(32, 9);

const question: TestMail = {
  from: { name: 'Anna Brook', address: 'anna.brook@customer.example' },
  to: { address: 'support@acme.example' },
  subject: 'Double payment',
  messageId: '<q-7@customer.example>',
  text: 'Hi, my last payment was taken twice from my account. Please refund one of them.\n\nAnna Brook',
};
const answer: TestMail = {
  from: { name: 'Maria Schmidt', address: 'support@acme.example' },
  to: question.from,
  subject: 'Re: Double payment',
  messageId: '<a-7@acme.example>',
  inReplyTo: question.messageId,
  text: 'Dear Anna Brook,\n\nwe are sorry about the double payment. Our billing team refunds it within five working days.\n\nKind regards,\nMaria Schmidt',
};

beforeEach(() => {
  world = openJobWorld();
  mailboxId = addTestMailbox(world.store);
  added = [];
});
afterEach(() => world.close());

function deps(over: Partial<LearnDeps> = {}): LearnDeps {
  const db = world.store.db;
  return {
    clock: world.clock,
    logger: createLogger('silent'),
    mailboxes: createMailboxesRepository(db),
    drafts: createDraftsRepository(db),
    conversations: createConversationsRepository(db),
    mail: world.mail,
    anonymizer: world.anonymizer,
    embedder: {
      modelId: () => 'stand-in@1',
      embed: async (texts) => texts.map(() => new Float32Array([1, 0, 0])),
    },
    index: { add: (box, model, id) => added.push({ mailboxId: box, model, id }) },
    style: createStyleRefresher({ db, clock: world.clock }),
    pseudonymKey: world.keys.pseudonym,
    sketchKey,
    ...over,
  };
}

async function pair() {
  const q = await storeMail(world, mailboxId, question);
  const a = await storeMail(world, mailboxId, answer, {
    threadId: q.threadId,
    folder: 'Sent',
    inReplyToHash: q.idHash,
  });
  return { mailboxId, messageRowId: a.rowId, answersMessageRowId: q.rowId };
}

const conversationRows = () =>
  world.store.sqlite
    .prepare('SELECT id, customer_text AS c, reply_text AS r, status, source FROM conversations')
    .all() as { id: number; c: string; r: string; status: string; source: string }[];
const participantRoles = () =>
  (
    world.store.sqlite.prepare('SELECT role FROM conversation_participants ORDER BY role').all() as {
      role: string;
    }[]
  ).map((r) => r.role);
const embeddingCount = () =>
  (world.store.sqlite.prepare('SELECT count(*) AS n FROM conversation_embeddings').get() as { n: number }).n;

describe('learnConversation', () => {
  it('stores the pair anonymized, the agent as [AGENT], with participants, embedding and style profile', async () => {
    const out = await learnConversation(deps(), await pair());

    expect(out).toMatchObject({ created: true, status: 'ready' });
    const [row] = conversationRows();
    expect(row).toMatchObject({ id: out.conversationId, status: 'ready', source: 'history' });
    expect(row!.c).not.toContain('Anna Brook');
    expect(row!.c).toContain('[PERSON_1]');
    expect(row!.r).toContain('Dear [PERSON_1]');
    expect(row!.r).toContain('[AGENT]');
    expect(row!.r).not.toContain('Maria Schmidt');
    expect(participantRoles()).toEqual(['agent', 'customer']);
    expect(embeddingCount()).toBe(1);
    expect(added).toEqual([{ mailboxId, model: 'stand-in@1', id: out.conversationId }]);
    expect(getStyleProfile(world.store.db, mailboxId)).toBeTruthy();
  });

  it('returns the stored conversation unchanged when the same reply is learned again', async () => {
    const payload = await pair();
    const first = await learnConversation(deps(), payload);

    const again = await learnConversation(deps(), payload);

    expect(again).toMatchObject({ conversationId: first.conversationId, created: false });
    expect(conversationRows()).toHaveLength(1);
    expect(added).toHaveLength(1);
  });

  it('stores the pair without an embedding while no embedding model is ready', async () => {
    const out = await learnConversation(
      deps({ embedder: { modelId: () => null, embed: async () => [] } }),
      await pair(),
    );
    expect(out.created).toBe(true);
    expect(embeddingCount()).toBe(0);
    expect(added).toHaveLength(0);
  });

  it('stores a pair the anonymizer finds risky for review', async () => {
    const risky: LearnDeps['anonymizer'] = {
      anonymize: async (thread) => {
        const result = await world.anonymizer.anonymize(thread);
        return { ...result, risk: { ...result.risk, needsReview: true } };
      },
    };
    const out = await learnConversation(deps({ anonymizer: risky }), await pair());
    expect(out.status).toBe('review');
    expect(conversationRows()[0]!.status).toBe('review');
  });

  it('records how much of a stored draft the agent kept, as feedback', async () => {
    const payload = await pair();
    const db = world.store.db;
    const draftKey = draftKeyFor(mailboxId, payload.answersMessageRowId);
    ensureDraftRow(db, { mailboxId, draftKey, messageId: '<d@acme.example>', at: world.clock.now() });
    recordDraftOutcome(db, draftKey, {
      messageRowId: payload.answersMessageRowId,
      status: 'stored',
      sketch: draftSketch(answer.text, sketchKey),
    });

    await learnConversation(deps(), payload);

    expect(conversationRows()[0]!.source).toBe('feedback');
    const draft = world.store.sqlite
      .prepare('SELECT similarity, sent_message_row_id AS sent FROM drafts WHERE draft_key = ?')
      .get(draftKey) as { similarity: number; sent: number };
    expect(draft.sent).toBe(payload.messageRowId);
    expect(draft.similarity).toBeGreaterThan(0.9);
  });

  it('fails permanently when the mailbox was removed', async () => {
    const payload = await pair();
    await expect(learnConversation(deps(), { ...payload, mailboxId: mailboxId + 99 })).rejects.toMatchObject({
      code: 'mailbox.removed',
      permanent: true,
    });
    expect(conversationRows()).toHaveLength(0);
  });

  it('stores nothing when the customer message is gone from its folder', async () => {
    const payload = await pair();
    world.mail.expunge(payload.answersMessageRowId);
    await expect(learnConversation(deps(), payload)).rejects.toMatchObject({ code: 'mail.message_gone' });
    expect(conversationRows()).toHaveLength(0);
  });
});
