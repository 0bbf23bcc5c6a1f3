import type { Db } from '../store/store.js';
import type { ThreadMessage } from './segments.models.js';

interface Row {
  threadId: number;
  id: number;
  direction: 'inbound' | 'outbound';
  receivedAt: number;
  sentAt: number | null;
  skipRule: string | null;
  fromPseudonym: string | null;
  senderPseudonym: string | null;
  recipientPseudonyms: string;
  draftStoredAt: number | null;
  draftSimilarity: number | null;
  draftDeletedAt: number | null;
}

/**
 * Every message of the mailbox's threads active in [from, to), thread by thread, streamed: a
 * year of a busy mailbox never sits in memory at once, only one thread does.
 *
 * Plan (checked in the tests with EXPLAIN QUERY PLAN): the mailbox's threads active in the window
 * come from threads_mailbox_last_idx in (last_at, id) order, which is also the order asked for, so
 * rows arrive grouped by thread without a temporary B-tree; each thread's messages come through
 * messages_thread_idx, each message's draft through drafts_message_idx. Thread first/last dates
 * come from the messages' Date headers, so the window is widened by a margin for skewed clocks.
 */
export const threadsQuery = `
  SELECT m.thread_id AS threadId, m.id, m.direction, m.received_at AS receivedAt, m.sent_at AS sentAt,
    m.skip_rule AS skipRule, m.from_pseudonym AS fromPseudonym,
    m.sender_pseudonym AS senderPseudonym, m.recipient_pseudonyms AS recipientPseudonyms,
    coalesce(d.appended_at, d.created_at) AS draftStoredAt, d.similarity AS draftSimilarity,
    d.deleted_at AS draftDeletedAt
  FROM threads t
  JOIN messages m ON m.thread_id = t.id
  LEFT JOIN drafts d ON d.message_row_id = m.id AND d.status = 'stored'
  WHERE t.mailbox_id = ? AND t.last_at >= ? AND t.first_at < ?
  ORDER BY t.last_at, t.id`;

export const MARGIN = 2 * 86_400_000;

export function* threadsOfMailbox(
  db: Db,
  mailboxId: number,
  from: number,
  to: number,
): Generator<{ threadId: number; messages: ThreadMessage[] }> {
  const rows = db.$client
    .prepare(threadsQuery)
    .iterate(mailboxId, from - MARGIN, to + MARGIN) as Iterable<Row>;
  let threadId = -1;
  let batch: ThreadMessage[] = [];
  let seen = new Set<number>();
  for (const r of rows) {
    if (r.threadId !== threadId) {
      if (batch.length > 0) yield { threadId, messages: batch };
      threadId = r.threadId;
      batch = [];
      seen = new Set();
    }
    // One stored draft per customer message is the rule; a second row would only repeat it.
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    batch.push({
      id: r.id,
      at: r.direction === 'inbound' ? r.receivedAt : (r.sentAt ?? r.receivedAt),
      direction: r.direction,
      skipRule: r.skipRule,
      fromPseudonym: r.fromPseudonym,
      senderPseudonym: r.senderPseudonym,
      recipientPseudonyms: JSON.parse(r.recipientPseudonyms) as string[],
      draftStoredAt: r.draftStoredAt,
      draftSimilarity: r.draftSimilarity,
      draftDeletedAt: r.draftDeletedAt,
    });
  }
  if (batch.length > 0) yield { threadId, messages: batch };
}

/**
 * The customer who wrote first in [from, to) in one thread: the pseudonym on its earliest
 * customer mail (inbound, no skip rule) with a sender, through messages_thread_idx.
 */
export function firstCustomer(db: Db, threadId: number, from: number, to: number): string | null {
  const row = db.$client
    .prepare(
      `SELECT from_pseudonym AS p FROM messages
       WHERE thread_id = ? AND direction = 'inbound' AND skip_rule IS NULL AND from_pseudonym IS NOT NULL
         AND received_at >= ? AND received_at < ?
       ORDER BY received_at, id LIMIT 1`,
    )
    .get(threadId, from, to) as { p: string } | undefined;
  return row?.p ?? null;
}
