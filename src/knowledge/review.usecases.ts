import { z } from 'zod';
import { directTypes, type EntityType, quasiTypes, specialTypes } from '../anonymize/anonymize.types.js';
import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { sections } from '../settings/settings.models.js';
import { readSetting, writeSetting } from '../settings/settings.repository.js';
import type { Tx } from '../store/store.js';
import type { ConversationRow } from './conversations.table.js';
import { setConversationStatus } from './knowledge.repository.js';
import { checkTerm, denyEntry, nextPlaceholder, replaceTerm, withTerm } from './review.models.js';
import {
  deleteConversationEmbeddings,
  getConversation,
  updateConversationTexts,
} from './review.repository.js';

/**
 * The reviewer's corrections to a conversation waiting in the review queue. Each is one
 * transaction with its audit row; the audit metadata holds ids, types and counts, never text.
 * `mailboxIds` is what the acting user may see (null = all): other conversations are "not found".
 */
export type ReviewResult = { ok: true; message: string } | { ok: false; message: string; notFound?: boolean };

export const markableTypes: readonly EntityType[] = [...directTypes, ...quasiTypes, ...specialTypes];

const notFound = { ok: false, message: 'No such conversation.', notFound: true } as const;

/** A conversation the user may see, or undefined. */
export function visibleConversation(
  deps: Pick<ConsoleDeps, 'db'>,
  id: number,
  mailboxIds: readonly number[] | null,
): ConversationRow | undefined {
  const row = getConversation(deps.db, id);
  if (!row || (mailboxIds !== null && !mailboxIds.includes(row.mailboxId))) return undefined;
  return row;
}

const offset = z.union([
  z.literal(''),
  z
    .string()
    .regex(/^\d{1,7}$/)
    .transform(Number),
]);
const markForm = z.object({
  field: z.enum(['', 'customer', 'reply']),
  start: offset,
  end: offset,
  term: z.string().max(400),
  type: z.enum(markableTypes as [EntityType, ...EntityType[]]),
  deny: z.enum(['', 'on']),
});
export type MarkForm = Record<keyof z.input<typeof markForm>, string>;

/** Adds a line to the allow or deny list inside the caller's transaction; false when already there. */
function addToList(tx: Tx, which: 'allow' | 'deny', line: string, at: number, actorId: number) {
  const raw = readSetting(tx, 'lists');
  const parsed = raw === undefined ? null : sections.lists.schema.safeParse(JSON.parse(raw));
  const lists = parsed?.success ? parsed.data : { ...sections.lists.defaults };
  const next = withTerm(lists[which], line);
  if (!next.added) return { added: false, size: next.list.length };
  const value = sections.lists.schema.safeParse({ ...lists, [which]: next.list });
  if (!value.success) return { added: false, size: lists[which].length, full: true };
  writeSetting(tx, 'lists', JSON.stringify(value.data), at, actorId);
  return { added: true, size: next.list.length };
}

/**
 * Marks text the anonymizer missed: every whole-word occurrence of the exact term, in both
 * texts, becomes a new placeholder of the chosen type. The embeddings go (they were computed
 * from the old text; the appliance embeds conversations without one at its next start).
 */
export function markMissedText(
  deps: ConsoleDeps,
  actorId: number,
  conversationId: number,
  mailboxIds: readonly number[] | null,
  form: MarkForm,
): ReviewResult {
  const row = visibleConversation(deps, conversationId, mailboxIds);
  if (!row) return notFound;
  const parsed = markForm.safeParse(form);
  if (!parsed.success)
    return { ok: false, message: 'Choose a type from the list and select (or type) the missed text.' };
  const f = parsed.data;
  const texts = [row.customerText, row.replyText];
  const withOffsets = f.field !== '' && f.start !== '' && f.end !== '';
  if (withOffsets && !(f.start < f.end))
    return { ok: false, message: 'The selection is empty. Select the text again.' };
  const at = withOffsets ? { text: f.field === 'customer' ? 0 : 1, start: +f.start, end: +f.end } : undefined;
  const check = checkTerm(texts, f.term, at);
  if (!check.ok) return check;
  const placeholder = nextPlaceholder(texts, f.type);
  const customer = replaceTerm(row.customerText, check.term, placeholder);
  const reply = replaceTerm(row.replyText, check.term, placeholder);
  const now = deps.clock.now();
  let denied: { added: boolean; full?: boolean } = { added: false };
  deps.db.transaction((tx) => {
    // Not yet `reviewedAt`: that is the decision (approve or exclude), which comes after.
    updateConversationTexts(tx, row.id, { customerText: customer.text, replyText: reply.text });
    const embeddingsDeleted = deleteConversationEmbeddings(tx, row.id);
    if (f.deny === 'on') denied = addToList(tx, 'deny', denyEntry(f.type, check.term), now, actorId);
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: actorId },
      action: 'conversation.redact',
      target: `conversation:${row.id}`,
      metadata: {
        mailboxId: row.mailboxId,
        type: f.type,
        placeholder: placeholder.slice(1, -1),
        replaced: customer.count + reply.count,
        embeddingsDeleted,
        denyListed: denied.added,
      },
      at: now,
    });
  });
  const n = customer.count + reply.count;
  const deny =
    f.deny !== 'on'
      ? ''
      : denied.added
        ? ' The term was added to the deny list.'
        : denied.full
          ? ' The deny list is full; the term was not added.'
          : ' The term was already on the deny list.';
  return { ok: true, message: `Replaced ${n} occurrence${n === 1 ? '' : 's'} with ${placeholder}.${deny}` };
}

/**
 * A wrong redaction cannot be undone here: the original value was never stored. The term goes
 * to the allow list, so future mail keeps it; this conversation keeps its placeholder.
 */
export function allowTerm(
  deps: ConsoleDeps,
  actorId: number,
  conversationId: number,
  mailboxIds: readonly number[] | null,
  term: string,
): ReviewResult {
  const row = visibleConversation(deps, conversationId, mailboxIds);
  if (!row) return notFound;
  const t = term.trim();
  if (t.length < 2 || t.length > 200 || /[\n\r]/.test(t))
    return { ok: false, message: 'Type the term to allow: 2 to 200 characters on one line.' };
  const now = deps.clock.now();
  let result: { added: boolean; size: number; full?: boolean } = { added: false, size: 0 };
  deps.db.transaction((tx) => {
    result = addToList(tx, 'allow', t, now, actorId);
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: actorId },
      action: 'conversation.allow_term',
      target: `conversation:${row.id}`,
      metadata: { mailboxId: row.mailboxId, added: result.added, allowCount: result.size },
      at: now,
    });
  });
  const keeps = 'This conversation keeps its placeholder (the original text was never stored).';
  if (result.full) return { ok: false, message: 'The allow list is full (5000 lines); nothing was added.' };
  return {
    ok: true,
    message: result.added
      ? `Added to the allow list: future mail keeps this term. ${keeps}`
      : `The term was already on the allow list. ${keeps}`,
  };
}

/** Approve (usable as an example) or exclude (never used) a conversation. */
export function decideConversation(
  deps: ConsoleDeps,
  actorId: number,
  conversationId: number,
  mailboxIds: readonly number[] | null,
  decision: 'approve' | 'exclude',
): ReviewResult {
  const row = visibleConversation(deps, conversationId, mailboxIds);
  if (!row) return notFound;
  const to = decision === 'approve' ? 'ready' : 'rejected';
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    setConversationStatus(tx, row.id, to, now);
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: actorId },
      action: `conversation.${decision}`,
      target: `conversation:${row.id}`,
      metadata: { mailboxId: row.mailboxId, from: row.status, to },
      at: now,
    });
  });
  return {
    ok: true,
    message:
      decision === 'approve'
        ? `Conversation ${row.id} approved: drafting may use it as an example.`
        : `Conversation ${row.id} excluded: it is never used as an example.`,
  };
}
