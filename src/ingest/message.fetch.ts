import type { ImapFlow } from 'imapflow';
import { AppError } from '../shared/errors.js';
import type { Db } from '../store/store.js';
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
    throw new AppError('mail.message_unknown', `Message ${messageRowId} is no longer recorded.`, {
      permanent: true,
    });
  }
  const lock = await client.getMailboxLock(row.folder, { readOnly: true });
  let source: Buffer | undefined;
  try {
    const box = client.mailbox;
    if (!box || BigInt(box.uidValidity) !== BigInt(row.uidValidity)) {
      // Sync will find the message again under the new UIDVALIDITY and move the row; retry then.
      throw new AppError(
        'mail.location_stale',
        `The folder of message ${messageRowId} changed; waiting for the next sync.`,
      );
    }
    const found = await client.fetchOne(String(row.uid), { uid: true, source: true }, { uid: true });
    source = found ? found.source : undefined;
  } finally {
    lock.release();
  }
  if (!source) {
    throw new AppError('mail.message_gone', `Message ${messageRowId} is no longer in its folder.`, {
      permanent: true,
    });
  }
  const parsed = await parseMessage(source, limits);
  if (!parsed.ok) {
    throw new AppError('mail.unparsable', `Message ${messageRowId} cannot be parsed (${parsed.reason}).`, {
      permanent: true,
    });
  }
  return { row, message: parsed.message };
}
