import type { ImapFlow } from 'imapflow';
import type { Db } from '../store/store.js';
import { ingestErrors } from './ingest.errors.js';
import { findMessageRow, type MessageRow } from './ingest.repository.js';
import { type ParsedMessage, type ParseLimits, parseMessage } from './message.parse.js';

export interface FetchedMail {
  row: MessageRow;
  /** The parsed message, in memory only (mail content: never log or store it). */
  message: ParsedMessage;
}

/**
 * Re-fetches a stored message from its mailbox for a job: the mailbox is the source of truth and
 * raw mail is never kept. The location comes from the message row, not the job's payload, because
 * sync moves the row when a folder is renamed or its UIDVALIDITY changes. The folder is opened
 * read-only and fetched with BODY.PEEK, so the customer's mail is never changed (not even \Seen).
 */
export async function fetchStoredMessage(
  client: ImapFlow,
  db: Db,
  messageRowId: number,
  limits: ParseLimits,
): Promise<FetchedMail> {
  const row = findMessageRow(db, messageRowId);
  if (!row) {
    throw ingestErrors.messageUnknown(messageRowId);
  }
  const lock = await client.getMailboxLock(row.folder, { readOnly: true });
  let source: Buffer | undefined;
  try {
    const box = client.mailbox;
    if (!box || BigInt(box.uidValidity) !== BigInt(row.uidValidity)) {
      throw ingestErrors.locationStale(messageRowId);
    }
    const found = await client.fetchOne(String(row.uid), { uid: true, source: true }, { uid: true });
    source = found ? found.source : undefined;
  } finally {
    lock.release();
  }
  if (!source) {
    throw ingestErrors.messageGone(messageRowId);
  }
  const parsed = await parseMessage(source, limits);
  if (!parsed.ok) {
    throw ingestErrors.unparsable({ messageRowId, reason: parsed.reason });
  }
  return { row, message: parsed.message };
}
