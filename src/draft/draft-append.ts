import type { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { queueAnalyticsRefresh } from '../analytics/analytics.jobs.js';
import { imapErrors } from '../imap/imap.errors.js';
import type { MailboxRow } from '../mailboxes/mailboxes.table.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { draftErrors } from './draft.errors.js';
import {
  assertDraftKey,
  DRAFT_KEY_HEADER,
  type DraftContent,
  type DraftOriginal,
  draftMessageId,
  type QuoteStyle,
  quotedHtml,
  quotedText,
  type ReplyAllPolicy,
  replyRecipients,
  replyReferences,
  replySubject,
  withSignature,
} from './draft-compose.models.js';
import { ensureDraftRow, recordDraftStored } from './drafts.repository.js';

export interface DraftPolicy {
  replyAll: ReplyAllPolicy;
  quoteStyle: QuoteStyle;
}

export interface AppendDraftArgs {
  db: Db;
  clock: Clock;
  /** A connected client for this mailbox (from createImapClient). */
  client: ImapFlow;
  mailbox: Pick<MailboxRow, 'id' | 'username' | 'fromAddress' | 'fromName' | 'draftsFolder' | 'signature'>;
  /** Idempotency key: one draft per key, ever (e.g. `m<mailbox>-<message id hash>`). */
  draftKey: string;
  original: DraftOriginal;
  content: DraftContent;
  policy: DraftPolicy;
  /** Test seam: runs after the server stored the draft and before the database is updated. */
  afterAppend?: () => Promise<void>;
}

export interface AppendDraftResult {
  folder: string;
  uidValidity: number;
  uid: number;
  /** `appended` now, `found` on the server from an earlier attempt, `recorded` already in the database. */
  outcome: 'appended' | 'found' | 'recorded';
  messageId: string;
}

/** Builds the RFC 5322 draft. Pure apart from the clock; the same key gives the same Message-ID. */
export async function composeDraft(
  args: Omit<AppendDraftArgs, 'db' | 'client' | 'afterAppend'>,
): Promise<Buffer> {
  const { mailbox, original, content, policy } = args;
  const fromAddress = agentAddress(mailbox);
  const { to, cc } = replyRecipients(original, policy.replyAll, [fromAddress, mailbox.username]);
  const references = replyReferences(original);
  const text = quotedText(withSignature(content.text, mailbox.signature), original, policy.quoteStyle);
  const composer = new MailComposer({
    from: { address: fromAddress, name: mailbox.fromName ?? '' },
    to,
    ...(cc.length ? { cc } : {}),
    subject: replySubject(original.subject),
    ...(original.messageId ? { inReplyTo: original.messageId } : {}),
    ...(references.length ? { references } : {}),
    messageId: draftMessageId(args.draftKey, fromAddress),
    date: new Date(args.clock.now()),
    headers: { [DRAFT_KEY_HEADER]: args.draftKey },
    text,
    ...(content.html ? { html: quotedHtml(content.html, original, policy.quoteStyle) } : {}),
    textEncoding: 'quoted-printable',
  });
  return composer.compile().build();
}

/** appendDraft with the in-process lock of the appender it came from (see createDraftAppender). */
export type AppendDraft = (args: AppendDraftArgs) => Promise<AppendDraftResult>;

/**
 * Writes the reply draft into the mailbox's Drafts folder, exactly once per `draftKey`:
 * 1. the intent is recorded (a row per key);
 * 2. if the row already holds a UID, nothing is sent;
 * 3. Drafts is searched for the key header before any APPEND, so a draft stored by an attempt
 *    that crashed or lost its connection before reading OK is found instead of duplicated;
 * 4. otherwise APPEND with \Draft \Seen (UIDPLUS gives the UID), then the row is updated.
 * Never touches any other folder or message.
 *
 * Search-then-APPEND is only exactly-once when one attempt per key runs at a time: across
 * processes the job lease ensures it, within this process the appender's set of keys in flight
 * does. The composition root creates one appender, so every attempt in the process shares it.
 */
export function createDraftAppender(): AppendDraft {
  const inFlight = new Set<string>();
  return async (args) => {
    assertDraftKey(args.draftKey);
    if (inFlight.has(args.draftKey)) throw draftErrors.inProgress();
    inFlight.add(args.draftKey);
    try {
      return await appendOnce(args);
    } finally {
      inFlight.delete(args.draftKey);
    }
  };
}

async function appendOnce(args: AppendDraftArgs): Promise<AppendDraftResult> {
  const { db, client, mailbox, draftKey } = args;
  const messageId = draftMessageId(draftKey, agentAddress(mailbox));
  const existing = ensureDraftRow(db, { mailboxId: mailbox.id, draftKey, messageId, at: args.clock.now() });
  if (existing.uid != null && existing.uidValidity != null && existing.folder) {
    return {
      folder: existing.folder,
      uidValidity: existing.uidValidity,
      uid: existing.uid,
      outcome: 'recorded',
      messageId,
    };
  }

  const folder = mailbox.draftsFolder ?? (await findDraftsFolder(client));
  const raw = await composeDraft(args);
  const lock = await client.getMailboxLock(folder);
  let stored: { uidValidity: number; uid: number; outcome: 'appended' | 'found' };
  try {
    const opened = client.mailbox;
    if (!opened) throw draftErrors.folderUnavailable(folder);
    const found = await searchKey(client, draftKey);
    if (found !== undefined) {
      stored = { uidValidity: Number(opened.uidValidity), uid: found, outcome: 'found' };
    } else {
      const appended = await client.append(folder, raw, ['\\Draft', '\\Seen'], new Date(args.clock.now()));
      if (!appended) throw draftErrors.appendFailed(folder);
      // Without APPENDUID (no UIDPLUS) look the draft up by its key instead.
      const uid = appended.uid ?? (await searchKey(client, draftKey));
      if (uid === undefined) throw draftErrors.appendUnconfirmed();
      stored = { uidValidity: Number(appended.uidValidity ?? opened.uidValidity), uid, outcome: 'appended' };
      await args.afterAppend?.();
    }
  } finally {
    lock.release();
  }
  recordDraftStored(db, draftKey, { folder, ...stored }, args.clock.now());
  // Draft coverage on the Analytics page counts it once its rollups are refreshed.
  queueAnalyticsRefresh(db, mailbox.id, args.clock.now());
  return { folder, ...stored, messageId };
}

/** Highest UID in the open folder whose key header contains `draftKey`. */
async function searchKey(client: ImapFlow, draftKey: string): Promise<number | undefined> {
  const uids = await client.search({ header: { [DRAFT_KEY_HEADER]: draftKey } }, { uid: true });
  if (!uids || uids.length === 0) return undefined;
  return Math.max(...uids);
}

async function findDraftsFolder(client: ImapFlow): Promise<string> {
  const list = await client.list();
  const drafts = list.find((f) => f.specialUse === '\\Drafts')?.path;
  if (!drafts) {
    throw imapErrors.foldersMissing();
  }
  return drafts;
}

function agentAddress(mailbox: Pick<MailboxRow, 'fromAddress' | 'username'>): string {
  const address = mailbox.fromAddress ?? (mailbox.username.includes('@') ? mailbox.username : null);
  if (!address) {
    throw draftErrors.noFrom();
  }
  return address;
}
