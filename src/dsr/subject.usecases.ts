import { anonymize } from '../anonymize/anonymize.usecases.js';
import { loadRecognizers } from '../anonymize/recognizers/registry.js';
import { signinAccountKey } from '../auth/signin.usecases.js';
import { normalizeAddress, pseudonym } from '../ingest/message.models.js';
import type { DataKeys } from '../keys/subkeys.js';
import { indexTokens } from '../knowledge/fts-query.models.js';
import { conversationIdsOfPseudonym, getConversations } from '../knowledge/knowledge.repository.js';
import type { Tx } from '../store/store.js';
import { dataRegistry } from './dsr.registry.js';
import {
  accountRowCounts,
  auditRowsOfConversations,
  conversationDerivedCounts,
  conversationsMatchingAll,
  countJobsOfMessages,
  countSigninAttempts,
  exportDrafts,
  exportThreads,
  messagesOfPseudonyms,
  requestsOfPseudonyms,
  usernames,
} from './dsr.repository.js';

/**
 * A data subject as the appliance can know them: the keyed pseudonym of their address (how
 * messages and conversations name them), and a console account if their address is a user name.
 */
export interface Subject {
  pseudonym: string;
  accounts: { id: number; username: string; role: string; createdAt: number }[];
  /** Keys of the sign-in throttle rows for those accounts. */
  accountKeys: string[];
}

export function subjectOfEmail(db: Tx, keys: DataKeys, email: string): Subject {
  return subjectOfPseudonym(db, keys, pseudonym(keys.pseudonym, email));
}

/**
 * From the pseudonym alone (the tracker keeps no address): console accounts are few, hash each
 * user name; an account whose stored e-mail address has that pseudonym is the person's too.
 */
export function subjectOfPseudonym(db: Tx, keys: DataKeys, p: string): Subject {
  const accounts = usernames(db)
    .filter((u) => u.emailPseudonym === p || pseudonym(keys.pseudonym, normalizeAddress(u.username)) === p)
    .map(({ id, username, role, createdAt }) => ({ id, username, role, createdAt }));
  return { pseudonym: p, accounts, accountKeys: accounts.map((a) => signinAccountKey(keys, a.username)) };
}

export interface SubjectFindings {
  subject: Subject;
  messageIds: number[];
  threadIds: number[];
  conversationIds: number[];
  /** Rows per registered table that relate to the person. */
  counts: Record<string, number>;
  firstSeen: number | null;
  lastSeen: number | null;
}

/** Everything the registry says relates to the person, counted (find) and listed (export). */
export function findSubject(db: Tx, subject: Subject): SubjectFindings {
  const messages = messagesOfPseudonyms(db, [subject.pseudonym]);
  const messageIds = messages.map((m) => m.id);
  const threadIds = [...new Set(messages.map((m) => m.threadId))];
  const conversationIds = conversationIdsOfPseudonym(db, subject.pseudonym, messageIds);
  const threads = exportThreads(db, threadIds);
  const counts: Record<string, number> = {
    messages: messageIds.length,
    threads: threads.length,
    conversations: conversationIds.length,
    ...conversationDerivedCounts(db, conversationIds),
    drafts: exportDrafts(db, messageIds).length,
    jobs: countJobsOfMessages(db, messageIds),
    audit_log: auditRowsOfConversations(db, conversationIds).length,
    dsr_requests: requestsOfPseudonyms(db, [subject.pseudonym]).length,
    signin_attempts: countSigninAttempts(db, subject.accountKeys),
    users: subject.accounts.length,
    ...accountRowCounts(
      db,
      subject.accounts.map((a) => a.id),
    ),
  };
  const firsts = threads.map((t) => t.firstAt);
  const lasts = threads.map((t) => t.lastAt);
  return {
    subject,
    messageIds,
    threadIds,
    conversationIds,
    counts,
    firstSeen: firsts.length ? Math.min(...firsts) : null,
    lastSeen: lasts.length ? Math.max(...lasts) : null,
  };
}

/** The registered tables that can relate to a person (the rest hold none, with a reason). */
export function personTables(): string[] {
  return Object.entries(dataRegistry)
    .filter(([, e]) => e.person.by !== 'none')
    .map(([t]) => t);
}

/**
 * Conversations that still name a person by name: the anonymizer should have replaced it, so a
 * hit is a miss to act on. Full-text search narrows to texts holding every token of the name;
 * then a transient anonymizer pass with the name as a known participant confirms that it is used
 * as that person's name there (not "Rose" the flower). Nothing of that pass is stored.
 */
export function conversationsNamingPerson(db: Tx, name: string, limit = 200): number[] {
  const tokens = indexTokens(name).filter((t) => t.length >= 2);
  if (tokens.length === 0) return [];
  loadRecognizers();
  const wanted = new Set(tokens);
  return getConversations(db, conversationsMatchingAll(db, tokens, limit))
    .filter((c) => {
      const result = anonymize({
        messages: [c.customerText, c.replyText].map((text) => ({
          text,
          participants: [{ role: 'from' as const, name }],
        })),
      });
      return [...result.map.values()].some((value) => indexTokens(value).some((t) => wanted.has(t)));
    })
    .map((c) => c.id);
}
