import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftKeyFor } from '../../src/draft/draft.models.js';
import { type DraftDeps, draftReply } from '../../src/draft/draft.usecases.js';
import { draftPolicyFromConfig } from '../../src/draft/draft-compose.models.js';
import { createDraftsRepository, findDraftByKey } from '../../src/draft/drafts.repository.js';
import { PROMPT_VERSION } from '../../src/draft/prompt.models.js';
import { createMessagesRepository } from '../../src/ingest/ingest.repository.js';
import { createMailboxesRepository } from '../../src/mailboxes/mailboxes.repository.js';
import { AppError } from '../../src/shared/errors.js';
import { createLogger } from '../../src/shared/logger.js';
import { testConfig } from '../support/appliance.js';
import { addTestMailbox, type JobWorld, openJobWorld, ScriptedLlm, storeMail } from '../support/job-fakes.js';

/**
 * The draft job on the real encrypted store and the real anonymizer, with the mailbox and the
 * language model in memory: every way it stores, skips, waits or fails, and what the draft record
 * says afterwards. (The same job against Dovecot and the tiny models: draft-e2e.test.ts.)
 */
let world: JobWorld;
let mailboxId: number;
let llm: ScriptedLlm;
let special: 'skip' | 'flag' | 'draft';

const customerMail = {
  from: { name: 'Peter Hale', address: 'peter.hale@customer.example' },
  to: { address: 'support@acme.example' },
  subject: 'Invoice address',
  messageId: '<q-1@customer.example>',
  text: 'Hello,\n\nI moved last month and my invoice still shows the old address. Can you update it?\n\nRegards,\nPeter Hale',
};
const goodReply =
  'Dear [PERSON_1],\n\nthank you for letting us know. We have updated the address on your account; the next invoice will show it.\n\nKind regards,\n[AGENT]';
const badReply =
  'Dear [PERSON_7],\n\nplease call us at +44 20 7946 0111 or write to help@elsewhere.example.\n\n[AGENT]';

beforeEach(() => {
  world = openJobWorld();
  mailboxId = addTestMailbox(world.store);
  llm = new ScriptedLlm();
  special = 'skip';
});
afterEach(() => world.close());

function deps(over: Partial<DraftDeps> = {}): DraftDeps {
  const db = world.store.db;
  return {
    clock: world.clock,
    logger: createLogger('silent'),
    mailboxes: createMailboxesRepository(db),
    messages: createMessagesRepository(db),
    drafts: createDraftsRepository(db),
    mail: world.mail,
    anonymizer: world.anonymizer,
    llm,
    retrieve: async () => ({ examples: [], mode: 'bm25' }),
    styleNotes: () => [],
    sketchKey: Buffer.alloc(32, 7),
    policy: draftPolicyFromConfig(testConfig('/tmp')),
    promptTokens: 2000,
    maxReplyTokens: 300,
    specialPolicy: () => special,
    ...over,
  };
}

async function customer(mail = customerMail) {
  return storeMail(world, mailboxId, mail);
}

const record = (rowId: number, box = mailboxId) => findDraftByKey(world.store.db, draftKeyFor(box, rowId))!;
const promptText = () => llm.requests.map((r) => r.messages.map((m) => m.content).join('\n')).join('\n');

describe('draftReply', () => {
  it('stores one reply in Drafts with the customer named again and the record complete', async () => {
    const { rowId } = await customer();
    llm = new ScriptedLlm([goodReply]);

    const out = await draftReply(deps(), { mailboxId, messageRowId: rowId });

    expect(out).toMatchObject({ status: 'stored', uid: world.mail.appended[0]!.uid });
    expect(world.mail.appended).toHaveLength(1);
    const draft = world.mail.appended[0]!.raw;
    expect(draft).toContain('Dear Peter Hale,');
    expect(draft).toContain('Maria Schmidt');
    expect(draft).toContain('In-Reply-To: <q-1@customer.example>');
    // The model saw placeholders only.
    expect(promptText()).not.toContain('Peter Hale');
    expect(promptText()).toContain('[PERSON_1]');
    const row = record(rowId);
    expect(row).toMatchObject({
      status: 'stored',
      failureCode: null,
      suspicious: false,
      model: 'scripted-1',
      promptVersion: PROMPT_VERSION,
      folder: 'Drafts',
      uid: out.status === 'stored' ? out.uid : -1,
    });
    expect(JSON.parse(row.timings!)).toMatchObject({ attempts: 1, completionTokens: 40 });
    expect(row.sketch).toBeInstanceOf(Buffer);
  });

  it('does nothing for a message whose draft is already stored (a retried job)', async () => {
    const { rowId } = await customer();
    llm = new ScriptedLlm([goodReply]);
    const first = await draftReply(deps(), { mailboxId, messageRowId: rowId });

    const again = await draftReply(deps(), { mailboxId, messageRowId: rowId });

    expect(again).toEqual({
      status: 'stored',
      draftKey: draftKeyFor(mailboxId, rowId),
      uid: first.status === 'stored' ? first.uid : -1,
      timings: {},
    });
    expect(llm.requests).toHaveLength(1);
    expect(world.mail.appended).toHaveLength(1);
  });

  it('fails permanently when the mailbox was removed, without a draft record', async () => {
    const { rowId } = await customer();
    const gone = draftReply(deps(), { mailboxId: mailboxId + 99, messageRowId: rowId });
    await expect(gone).rejects.toMatchObject({ code: 'mailbox.removed', permanent: true });
    expect(findDraftByKey(world.store.db, draftKeyFor(mailboxId + 99, rowId))).toBeUndefined();
  });

  it('skips a mailbox with drafting turned off (draft.mailbox_off) and asks no model', async () => {
    const off = addTestMailbox(world.store, { draftingEnabled: false });
    const { rowId } = await storeMail(world, off, customerMail);

    const out = await draftReply(deps(), { mailboxId: off, messageRowId: rowId });

    expect(out).toEqual({ status: 'skipped', code: 'draft.mailbox_off' });
    expect(record(rowId, off)).toMatchObject({ status: 'failed', failureCode: 'draft.mailbox_off' });
    expect(llm.requests).toHaveLength(0);
    expect(world.mail.appended).toHaveLength(0);
  });

  it('leaves the message waiting with the reason when no language model is loaded', async () => {
    const { rowId } = await customer();
    llm.state = { state: 'disabled', error: new AppError('llm.model_missing', 'No model file.') };

    const out = await draftReply(deps(), { mailboxId, messageRowId: rowId });

    expect(out).toEqual({ status: 'waiting', code: 'llm.model_missing' });
    expect(record(rowId)).toMatchObject({ status: 'waiting', failureCode: 'llm.model_missing' });
  });

  it('skips a message an agent answered while the job waited (draft.already_answered)', async () => {
    const { rowId, threadId, idHash } = await customer();
    await storeMail(
      world,
      mailboxId,
      {
        from: { name: 'Maria Schmidt', address: 'support@acme.example' },
        to: customerMail.from,
        subject: 'Re: Invoice address',
        messageId: '<a-1@acme.example>',
        inReplyTo: customerMail.messageId,
        text: 'Dear Peter, done.',
      },
      { threadId, folder: 'Sent', inReplyToHash: idHash },
    );

    const out = await draftReply(deps(), { mailboxId, messageRowId: rowId });

    expect(out).toEqual({ status: 'skipped', code: 'draft.already_answered' });
    expect(record(rowId)).toMatchObject({ status: 'failed', failureCode: 'draft.already_answered' });
    expect(llm.requests).toHaveLength(0);
  });

  describe('a message about a special category (health)', () => {
    const health = {
      ...customerMail,
      text: 'Hello,\n\nI was diagnosed with diabetes last year. Can you update my invoice address?\n\nRegards,\nPeter Hale',
    };

    it('is not drafted when the policy says skip (draft.special_category)', async () => {
      const { rowId } = await customer(health);
      const out = await draftReply(deps(), { mailboxId, messageRowId: rowId });
      expect(out).toEqual({ status: 'skipped', code: 'draft.special_category' });
      expect(record(rowId)).toMatchObject({ status: 'failed', failureCode: 'draft.special_category' });
      expect(llm.requests).toHaveLength(0);
    });

    it('is drafted and flagged suspicious when the policy says flag', async () => {
      special = 'flag';
      const { rowId } = await customer(health);
      llm = new ScriptedLlm([goodReply]);
      expect((await draftReply(deps(), { mailboxId, messageRowId: rowId })).status).toBe('stored');
      expect(record(rowId)).toMatchObject({ status: 'stored', suspicious: true });
    });

    it('is drafted like any other when the policy says draft', async () => {
      special = 'draft';
      const { rowId } = await customer(health);
      llm = new ScriptedLlm([goodReply]);
      expect((await draftReply(deps(), { mailboxId, messageRowId: rowId })).status).toBe('stored');
      expect(record(rowId)).toMatchObject({ status: 'stored', suspicious: false });
    });
  });

  it('puts earlier messages of the thread into the prompt and leaves out one that is gone', async () => {
    const first = await storeMail(world, mailboxId, {
      ...customerMail,
      messageId: '<q-0@customer.example>',
      text: 'Hello, my meter number is wrong on the bill. Peter Hale',
    });
    const gone = await storeMail(
      world,
      mailboxId,
      { ...customerMail, messageId: '<q-00@customer.example>', text: 'One more thing about the tariff.' },
      { threadId: first.threadId },
    );
    world.mail.expunge(gone.rowId);
    const { rowId } = await storeMail(world, mailboxId, customerMail, { threadId: first.threadId });
    llm = new ScriptedLlm([goodReply]);

    expect((await draftReply(deps(), { mailboxId, messageRowId: rowId })).status).toBe('stored');
    expect(promptText()).toContain('my meter number is wrong');
    expect(promptText()).not.toContain('tariff');
  });

  it('asks once more, stricter, when the first answer fails its checks', async () => {
    const { rowId } = await customer();
    llm = new ScriptedLlm([badReply, goodReply]);

    expect((await draftReply(deps(), { mailboxId, messageRowId: rowId })).status).toBe('stored');
    expect(llm.requests.map((r) => r.temperature)).toEqual([0.3, 0]);
    expect(JSON.parse(record(rowId).timings!)).toMatchObject({ attempts: 2 });
  });

  it('fails the draft visibly when both answers fail their checks (draft.check_failed)', async () => {
    const { rowId } = await customer();
    llm = new ScriptedLlm([badReply, badReply]);

    const failed = draftReply(deps(), { mailboxId, messageRowId: rowId });

    await expect(failed).rejects.toMatchObject({ code: 'draft.check_failed', permanent: true });
    const row = record(rowId);
    expect(row).toMatchObject({ status: 'failed', failureCode: 'draft.check_failed', model: 'scripted-1' });
    expect(JSON.parse(row.checks as string)).toContain('draft.unknown_placeholder');
    expect(world.mail.appended).toHaveLength(0);
  });

  it('rebuilds a prompt the model finds too long, smaller, instead of failing', async () => {
    const { rowId } = await customer();
    llm = new ScriptedLlm([new AppError('llm.prompt_too_long', 'Too long.'), goodReply]);

    expect((await draftReply(deps(), { mailboxId, messageRowId: rowId })).status).toBe('stored');
    expect(llm.requests).toHaveLength(2);
  });

  it('records the model failure on the pending draft and lets the job retry', async () => {
    const { rowId } = await customer();
    llm = new ScriptedLlm([new AppError('llm.timeout', 'The model took too long.')]);

    await expect(draftReply(deps(), { mailboxId, messageRowId: rowId })).rejects.toMatchObject({
      code: 'llm.timeout',
    });
    expect(record(rowId)).toMatchObject({ status: 'pending', failureCode: 'llm.timeout' });
  });

  it('marks the draft failed when the customer message is gone from its folder', async () => {
    const { rowId } = await customer();
    world.mail.expunge(rowId);

    await expect(draftReply(deps(), { mailboxId, messageRowId: rowId })).rejects.toMatchObject({
      code: 'mail.message_gone',
    });
    expect(record(rowId)).toMatchObject({ status: 'failed', failureCode: 'mail.message_gone' });
    expect(llm.requests).toHaveLength(0);
  });

  it('keeps the draft pending when the folder moved under it (retried after the next sync)', async () => {
    const { rowId } = await customer();
    world.mail.fetchFailure = new AppError('mail.location_stale', 'The folder changed.');

    await expect(draftReply(deps(), { mailboxId, messageRowId: rowId })).rejects.toMatchObject({
      code: 'mail.location_stale',
    });
    expect(record(rowId)).toMatchObject({ status: 'pending', failureCode: 'mail.location_stale' });
  });

  it('keeps the draft pending with the reason when the server refuses the APPEND', async () => {
    const { rowId } = await customer();
    llm = new ScriptedLlm([goodReply]);
    world.mail.appendFailure = new AppError('draft.append_failed', 'The server refused to store the draft.');

    await expect(draftReply(deps(), { mailboxId, messageRowId: rowId })).rejects.toMatchObject({
      code: 'draft.append_failed',
    });
    expect(record(rowId)).toMatchObject({ status: 'pending', failureCode: 'draft.append_failed' });
    expect(record(rowId).uid).toBeNull();
  });

  it('fails the draft for good when the mailbox has no From address to write it from', async () => {
    const noFrom = addTestMailbox(world.store, { fromAddress: null, username: 'support' });
    const { rowId } = await storeMail(world, noFrom, customerMail);
    llm = new ScriptedLlm([goodReply]);

    await expect(draftReply(deps(), { mailboxId: noFrom, messageRowId: rowId })).rejects.toMatchObject({
      code: 'draft.no_from',
      permanent: true,
    });
    expect(record(rowId, noFrom)).toMatchObject({ status: 'failed', failureCode: 'draft.no_from' });
  });
});
