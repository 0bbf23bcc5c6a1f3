import { emitAudit } from '../audit/audit.repository.js';
import { deleteConversationsOfMailbox } from '../knowledge/knowledge.repository.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { deleteMailboxRows } from './dsr.repository.js';

/**
 * Everything derived from a removed mailbox (the registry's `mailbox: 'deleted'` tables): its
 * conversations with their participants, embeddings and FTS rows, messages, threads, folder
 * state, quarantine, drafts records, jobs, style profile and reviewer assignments. One
 * transaction with its audit row; the vector index forgets the conversations after commit.
 * Running it again finds nothing left (a retried job is harmless).
 */
export function purgeMailbox(
  deps: { db: Db; auditKey: Buffer; clock: Clock; forgetConversations: (ids: readonly number[]) => void },
  mailboxId: number,
): Record<string, number> {
  const at = deps.clock.now();
  const { counts, conversationIds } = deps.db.transaction((tx) => {
    const ids = deleteConversationsOfMailbox(tx, mailboxId);
    const rows = { conversations: ids.length, ...deleteMailboxRows(tx, mailboxId) };
    emitAudit(tx, deps.auditKey, {
      actor: { kind: 'system' },
      action: 'mailbox.purge',
      target: mailboxId,
      metadata: rows,
      at,
    });
    return { counts: rows, conversationIds: ids };
  });
  deps.forgetConversations(conversationIds);
  return counts;
}
