import { emitAudit } from '../audit/audit.repository.js';
import type { DataKeys } from '../keys/subkeys.js';
import {
  conversationIdsOfPseudonym,
  deleteConversationsOfPseudonym,
} from '../knowledge/knowledge.repository.js';
import type { Clock } from '../shared/clock.js';
import type { Db, Tx } from '../store/store.js';
import { dsrErrors } from './dsr.errors.js';
import type { ErasureCertificate } from './dsr.models.js';
import { tablesKeptOnErasure } from './dsr.registry.js';
import {
  auditRowsOfConversations,
  conversationDerivedCounts,
  deleteMessageRows,
  deleteSigninAttempts,
  getRequest,
  lastAuditId,
  messagesOfPseudonyms,
  requestsOfPseudonyms,
  setRequestStatus,
} from './dsr.repository.js';
import { appendErasure, type ErasureJournalFile } from './journal-file.js';
import { type Subject, subjectOfPseudonym } from './subject.usecases.js';

/** What erasure needs besides the database: keys, the journal, and the in-memory vector index. */
export interface EraseDeps {
  db: Db;
  keys: DataKeys;
  clock: Clock;
  journal: ErasureJournalFile;
  /** After commit: drop erased conversations from the in-memory vector index. */
  forgetConversations: (ids: readonly number[]) => void;
}

/**
 * Deletes every registered row of a person (dsr.registry.ts) inside the caller's transaction:
 * their conversations (participants, embeddings and FTS rows follow by cascade and trigger), then
 * what hangs on their messages, then sign-in attempts of a console account with their address.
 * Returns rows per table and the conversation ids, for the vector index after commit.
 */
export function eraseSubjectRows(
  tx: Tx,
  subject: Pick<Subject, 'pseudonym' | 'accountKeys'>,
): { deleted: Record<string, number>; conversationIds: number[]; auditRefs: number } {
  const messages = messagesOfPseudonyms(tx, [subject.pseudonym]);
  const messageIds = messages.map((m) => m.id);
  const ids = conversationIdsOfPseudonym(tx, subject.pseudonym, messageIds);
  // Counted before the delete: the cascades and the FTS trigger do not report their rows.
  const derived = conversationDerivedCounts(tx, ids);
  const auditRefs = auditRowsOfConversations(tx, ids).length;
  const conversationIds = deleteConversationsOfPseudonym(tx, subject.pseudonym, messageIds).map((c) => c.id);
  const rows = deleteMessageRows(tx, messages);
  return {
    deleted: {
      messages: rows.messages,
      threads: rows.threads,
      conversations: conversationIds.length,
      ...derived,
      drafts: rows.drafts,
      jobs: rows.jobs,
      signin_attempts: deleteSigninAttempts(tx, subject.accountKeys),
    },
    conversationIds,
    auditRefs,
  };
}

/**
 * Runs an erasure request (the `dsr.erase` job): the journal entry first, fsynced, so a crash
 * after it still erases at the next start; then one transaction with the deletes, the audit row
 * and the request's certificate; then the vector index. A request already done returns its
 * certificate unchanged (a retried job erases nothing twice).
 */
export function runErasure(deps: EraseDeps, requestId: number): ErasureCertificate {
  const request = getRequest(deps.db, requestId);
  if (!request) throw dsrErrors.notFound(requestId);
  if (request.status === 'done' && request.certificate) return JSON.parse(request.certificate);
  if (request.kind !== 'erasure' || request.status === 'rejected')
    throw dsrErrors.wrongState(`Request ${requestId} is not an erasure that can run.`);
  const at = deps.clock.now();
  const subject = subjectOfPseudonym(deps.db, deps.keys, request.pseudonym);
  const entry = appendErasure(deps.journal, { at, pseudonym: request.pseudonym, requestId });
  const { certificate, conversationIds } = deps.db.transaction((tx) => {
    const erased = eraseSubjectRows(tx, subject);
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'system' },
      action: 'dsr.erase',
      target: `dsr:${requestId}`,
      metadata: { requestedBy: request.handler, journalEntry: entry.seq, ...erased.deleted },
      at,
    });
    const kept = tablesKeptOnErasure().map(({ table, keptBecause }) => ({
      table,
      rows:
        table === 'audit_log'
          ? erased.auditRefs
          : table === 'dsr_requests'
            ? requestsOfPseudonyms(tx, [request.pseudonym]).length
            : table === 'users'
              ? subject.accounts.length
              : 0,
      why: keptBecause,
    }));
    const cert: ErasureCertificate = {
      requestId,
      subject: request.pseudonym,
      erasedAt: new Date(at).toISOString(),
      actor: request.handler,
      auditId: lastAuditId(tx),
      journalEntry: entry.seq,
      deleted: erased.deleted,
      kept,
      notes: [
        'Aggregates stay: the house-style profile of a mailbox is computed over many anonymized replies and holds no value of one person.',
        'Mail on the organisation’s own mail server (including drafts already written to its Drafts folder) is not held by this appliance; erase it there.',
        'Backups: restoring any older backup replays the erasure journal, so this person stays erased.',
      ],
    };
    setRequestStatus(tx, requestId, { status: 'done', at, certificate: JSON.stringify(cert) });
    return { certificate: cert, conversationIds: erased.conversationIds };
  });
  deps.forgetConversations(conversationIds);
  return certificate;
}
