import { type Lang, languages } from '../anonymize/anonymize.types.js';
import { lowercaseVocabulary, residualRisk } from '../anonymize/risk.models.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { listMailboxes } from '../mailboxes/mailboxes.usecases.js';
import { loadSettings } from '../settings/settings.usecases.js';
import type { ConversationRow } from './conversations.table.js';
import { type Segment, segmentText } from './review.models.js';
import { countReviewQueue, listReviewQueue, type ReviewQueueRow } from './review.repository.js';
import { visibleConversation } from './review.usecases.js';

/** What the review pages show. Residual-risk spots are computed on the fly; nothing is stored. */
export const reviewPageSize = 50;

export interface MailboxOption {
  id: number;
  name: string;
}

export interface ReviewQueueView {
  rows: (ReviewQueueRow & { mailboxName: string })[];
  total: number;
  page: number;
  pages: number;
  mailboxes: MailboxOption[];
  mailboxId: number | null;
}

/** The mailboxes a user may see, by name (null = all). */
export function mailboxOptions(
  deps: Pick<ConsoleDeps, 'db'>,
  mailboxIds: readonly number[] | null,
): MailboxOption[] {
  return listMailboxes(deps.db)
    .filter((m) => mailboxIds === null || mailboxIds.includes(m.id))
    .map((m) => ({ id: m.id, name: m.name }));
}

export function reviewQueueView(
  deps: Pick<ConsoleDeps, 'db'>,
  q: { mailboxIds: readonly number[] | null; mailboxId: number | null; page: number },
): ReviewQueueView {
  const mailboxes = mailboxOptions(deps, q.mailboxIds);
  // A filter on a mailbox the user may not see shows nothing rather than everything.
  const ids =
    q.mailboxId === null ? q.mailboxIds : mailboxes.some((m) => m.id === q.mailboxId) ? [q.mailboxId] : [];
  const total = countReviewQueue(deps.db, ids);
  const pages = Math.max(1, Math.ceil(total / reviewPageSize));
  const page = Math.min(Math.max(1, q.page), pages);
  const names = new Map(mailboxes.map((m) => [m.id, m.name]));
  const rows = listReviewQueue(deps.db, {
    mailboxIds: ids,
    limit: reviewPageSize,
    offset: (page - 1) * reviewPageSize,
  }).map((r) => ({ ...r, mailboxName: names.get(r.mailboxId) ?? `#${r.mailboxId}` }));
  return { rows, total, page, pages, mailboxes, mailboxId: q.mailboxId };
}

export interface ReviewDetailView {
  conversation: Omit<ConversationRow, 'customerText' | 'replyText'>;
  mailboxName: string;
  customer: Segment[];
  reply: Segment[];
  /** The residual risk of the texts as they are now (after corrections), 0..1. */
  riskNow: number;
  riskSpots: number;
}

export function reviewDetailView(
  deps: Pick<ConsoleDeps, 'db'>,
  id: number,
  mailboxIds: readonly number[] | null,
): ReviewDetailView | null {
  const row = visibleConversation(deps, id, mailboxIds);
  if (!row) return null;
  const { customerText, replyText, ...conversation } = row;
  const allow = (loadSettings(deps).lists as { allow: string[] }).allow;
  const lang = (languages as readonly string[]).includes(row.lang ?? '') ? (row.lang as Lang) : undefined;
  const vocabulary = lowercaseVocabulary([customerText, replyText]);
  const options = { allow, vocabulary, ...(lang ? { lang } : {}) };
  const customerRisk = residualRisk(customerText, options);
  const replyRisk = residualRisk(replyText, options);
  const customer = segmentText(customerText, customerRisk);
  const reply = segmentText(replyText, replyRisk);
  const name = mailboxOptions(deps, null).find((m) => m.id === row.mailboxId)?.name ?? `#${row.mailboxId}`;
  return {
    conversation,
    mailboxName: name,
    customer,
    reply,
    riskNow: Math.max(customerRisk.score, replyRisk.score),
    riskSpots: [...customer, ...reply].filter((s) => s.kind === 'risk').length,
  };
}
