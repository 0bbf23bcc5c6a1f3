import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { anonymize } from '../../src/anonymize/anonymize.usecases.js';
import type { AnonymizerService } from '../../src/anonymize/anonymizer.service.js';
import { composeDraft } from '../../src/draft/draft-append.js';
import { draftMessageId } from '../../src/draft/draft-compose.models.js';
import { recordDraftStored } from '../../src/draft/drafts.repository.js';
import type { GenerateRequest, GenerateResult, LlmStatus } from '../../src/draft/llm/llm.types.js';
import type { DraftToAppend, MailPort, MailSession } from '../../src/draft/mail-port.js';
import { findMessageRow, insertMessage, insertThread } from '../../src/ingest/ingest.repository.js';
import { type ParseLimits, parseMessage } from '../../src/ingest/message.parse.js';
import type { DataKeys } from '../../src/keys/subkeys.js';
import { insertMailbox, type NewMailboxRow } from '../../src/mailboxes/mailboxes.repository.js';
import { AppError } from '../../src/shared/errors.js';
import type { Store } from '../../src/store/store.js';
import { syncSettingsFromConfig } from '../../src/sync/sync.settings.js';
import { openTestAppliance, TestClock, testConfig } from './appliance.js';

/**
 * What the learn and draft use cases run on in their plain tests: the real encrypted store in a
 * temp folder, the real anonymizer (rule recognizers, no model files), and in-memory stand-ins for
 * the two things that cannot run here cheaply: the mailbox's IMAP server and the language model.
 */
export interface JobWorld {
  store: Store;
  keys: DataKeys;
  clock: TestClock;
  limits: ParseLimits;
  mail: InMemoryMailbox;
  anonymizer: Pick<AnonymizerService, 'anonymize'>;
  close(): void;
}

export function openJobWorld(): JobWorld {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-jobs-'));
  const clock = new TestClock(Date.UTC(2026, 10, 2, 9, 0, 0));
  const { store, keys } = openTestAppliance(dir, clock);
  const limits = syncSettingsFromConfig(testConfig(dir), keys.pseudonym, () => ({
    rules: [],
    senderPatterns: [],
    subjectPatterns: [],
  })).limits;
  return {
    store,
    keys,
    clock,
    limits,
    mail: new InMemoryMailbox(store, clock, limits),
    anonymizer: { anonymize: async (thread) => anonymize(thread) },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function addTestMailbox(store: Store, over: Partial<NewMailboxRow> = {}): number {
  return insertMailbox(store.db, {
    name: `Support ${Math.random().toString(36).slice(2, 8)}`,
    host: 'imap.acme.example',
    port: 993,
    security: 'tls',
    username: 'support@acme.example',
    fromAddress: 'support@acme.example',
    fromName: 'Maria Schmidt',
    draftsFolder: 'Drafts',
    createdAt: 0,
    updatedAt: 0,
    ...over,
  });
}

export interface TestMail {
  from: { name: string; address: string };
  to: { name?: string; address: string };
  subject: string;
  text: string;
  messageId: string;
  inReplyTo?: string;
}

let nextUid = 1;

/**
 * One message as sync would have recorded it (metadata row) and as the server holds it (the raw
 * mail in the in-memory mailbox). Returns the message row id.
 */
export async function storeMail(
  world: JobWorld,
  mailboxId: number,
  mail: TestMail,
  at: { threadId?: number; folder?: 'INBOX' | 'Sent'; inReplyToHash?: string } = {},
): Promise<{ rowId: number; threadId: number; idHash: string }> {
  const folder = at.folder ?? 'INBOX';
  const uid = nextUid++;
  const raw = await new MailComposer({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    messageId: mail.messageId,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo, references: [mail.inReplyTo] } : {}),
    date: new Date(world.clock.now()),
    text: mail.text,
  })
    .compile()
    .build();
  const db = world.store.db;
  const threadId =
    at.threadId ??
    insertThread(db, {
      mailboxId,
      subjectKey: mail.subject,
      participantsKey: `p${uid}`,
      at: world.clock.now(),
    });
  const idHash = `id-${mail.messageId}`;
  const rowId = insertMessage(db, {
    mailboxId,
    folder,
    folderRole: folder === 'Sent' ? 'sent' : 'inbox',
    uidValidity: 1,
    uid,
    messageIdHash: idHash,
    headerHash: `h-${uid}`,
    inReplyToHash: at.inReplyToHash ?? null,
    referenceHashes: JSON.stringify(at.inReplyToHash ? [at.inReplyToHash] : []),
    threadId,
    direction: folder === 'Sent' ? 'outbound' : 'inbound',
    sentAt: world.clock.now(),
    receivedAt: world.clock.now(),
    size: raw.length,
    fromPseudonym: null,
    recipientPseudonyms: '[]',
    language: null,
    skipRule: null,
    newPartChars: mail.text.length,
    attachmentCount: 0,
    createdAt: world.clock.now(),
  });
  world.mail.put(folder, uid, raw);
  return { rowId, threadId, idHash };
}

/**
 * The mailbox's server in memory, behind the same port the jobs use: fetch re-reads a recorded
 * message from its folder and parses it with the real parser; appendDraft composes the real draft
 * and records it as the IMAP append does (folder, UIDVALIDITY, UID on the draft's row).
 */
export class InMemoryMailbox implements MailPort {
  private readonly folders = new Map<string, Map<number, Buffer>>();
  readonly appended: { draft: DraftToAppend; raw: string; uid: number }[] = [];
  /** Set to make the next APPENDs fail with this error (a server refusing, a connection cut). */
  appendFailure: Error | undefined;
  /** Set to make fetches fail with this error (e.g. the folder's UIDVALIDITY changed). */
  fetchFailure: Error | undefined;
  private draftUid = 100;

  constructor(
    private readonly store: Store,
    private readonly clock: TestClock,
    private readonly limits: ParseLimits,
  ) {}

  put(folder: string, uid: number, raw: Buffer): void {
    if (!this.folders.has(folder)) this.folders.set(folder, new Map());
    this.folders.get(folder)!.set(uid, raw);
  }

  /** The message is deleted on the server (the row stays, as until the next sync). */
  expunge(rowId: number): void {
    const row = findMessageRow(this.store.db, rowId)!;
    this.folders.get(row.folder)?.delete(row.uid);
  }

  use<T>(_mailboxId: number, fn: (session: MailSession) => Promise<T>): Promise<T> {
    return fn({
      fetch: async (messageRowId) => {
        if (this.fetchFailure) throw this.fetchFailure;
        const row = findMessageRow(this.store.db, messageRowId);
        const source = row && this.folders.get(row.folder)?.get(row.uid);
        if (!row || !source) {
          throw new AppError('mail.message_gone', `Message ${messageRowId} is no longer in its folder.`, {
            permanent: true,
          });
        }
        const parsed = await parseMessage(source, this.limits);
        if (!parsed.ok) throw new Error(`test mail did not parse: ${parsed.reason}`);
        return { row, message: parsed.message };
      },
      appendDraft: async (draft) => {
        if (this.appendFailure) throw this.appendFailure;
        const raw = await composeDraft({ ...draft, clock: this.clock });
        const uid = ++this.draftUid;
        this.put('Drafts', uid, raw);
        this.appended.push({ draft, raw: raw.toString('utf8'), uid });
        const stored = { folder: 'Drafts', uidValidity: 1, uid, outcome: 'appended' as const };
        recordDraftStored(this.store.db, draft.draftKey, stored, this.clock.now());
        const address = draft.mailbox.fromAddress ?? draft.mailbox.username;
        return { ...stored, messageId: draftMessageId(draft.draftKey, address) };
      },
    });
  }
}

/** A language model that answers from a script, in order; an Error in the script is thrown. */
export class ScriptedLlm {
  readonly requests: GenerateRequest[] = [];
  state: LlmStatus = { state: 'ready', model: 'scripted-1' };

  constructor(private readonly script: (string | Error)[] = []) {}

  status(): LlmStatus {
    return this.state;
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    this.requests.push(request);
    const next = this.script.shift();
    if (next === undefined) throw new Error('the scripted model has no answer left');
    if (next instanceof Error) throw next;
    return {
      text: next,
      promptTokens: 120,
      prefillTokens: 120,
      completionTokens: 40,
      prefillMs: 3,
      generateMs: 9,
      model: 'scripted-1',
    };
  }
}
