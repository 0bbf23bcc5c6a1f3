import type { ImapFlow } from 'imapflow';
import { createMailboxClients } from '../mailboxes/mailbox-clients.js';
import type { SenderHeaderSource } from './sender-backfill.usecases.js';

/**
 * Only the From and Sender header fields of the given UIDs (BODY.PEEK[HEADER.FIELDS (FROM
 * SENDER)]), in a folder opened read-only: nothing about the mail changes, and nothing but
 * these two fields is read. Held in memory by the caller, never written anywhere.
 */
export async function fetchSenderFields(
  client: ImapFlow,
  folder: string,
  uidValidity: number,
  uids: readonly number[],
): Promise<Map<number, Buffer>> {
  const out = new Map<number, Buffer>();
  if (uids.length === 0) return out;
  const lock = await client.getMailboxLock(folder, { readOnly: true });
  try {
    const box = client.mailbox;
    if (!box || BigInt(box.uidValidity) !== BigInt(uidValidity)) return out;
    for await (const m of client.fetch(
      uids.join(','),
      { uid: true, headers: ['from', 'sender'] },
      { uid: true },
    ))
      if (m.headers) out.set(m.uid, m.headers);
  } finally {
    lock.release();
  }
  return out;
}

/** The appliance's source: one connection per batch, closed when the batch has its fields. */
export function imapSenderHeaders(args: Parameters<typeof createMailboxClients>[0]): SenderHeaderSource {
  return {
    async fetch(mailboxId, folder, uidValidity, uids) {
      const clients = createMailboxClients(args);
      try {
        return await clients.use(mailboxId, (client) => fetchSenderFields(client, folder, uidValidity, uids));
      } finally {
        await clients.close();
      }
    },
  };
}
