import type { ConsoleDeps } from '../auth/auth.deps.js';
import { mailboxErrors } from '../mailboxes/mailboxes.errors.js';
import { errorSummaries } from '../shared/errors.js';
import { draftErrors } from './draft.errors.js';
import { countDraftRecords, countWaitingDrafts, listDraftRecords } from './drafts.repository.js';
import type { DraftRow } from './drafts.table.js';
import { llmErrors } from './llm/llm.errors.js';

/**
 * The Drafts page: what the drafting job recorded per draft (ids, status, timings, check codes).
 * The draft's text is never stored, so there is none to show.
 */
export const draftsPageSize = 50;
/** At or above this similarity the agent sent the draft essentially unchanged. */
export const sentAsDraftedSimilarity = 0.9;

/**
 * What the page says for a recorded code: the errors' own summaries, and the skips, which are
 * outcomes rather than errors.
 */
const reasons = new Map([
  ...errorSummaries(draftErrors, llmErrors, mailboxErrors),
  ['draft.mailbox_off', 'Drafting is switched off for this mailbox.'],
  ['draft.already_answered', 'An agent had already answered the message.'],
  ['draft.special_category', 'The message mentions special-category data and the policy is to skip it.'],
  [
    'draft.waited_too_long',
    'It waited for a language model for longer than the backlog window; it is not drafted any more (most likely answered meanwhile). "Draft again" drafts it anyway.',
  ],
]);

const checkWords: Record<string, string> = {
  'draft.unknown_placeholder': 'unknown placeholder',
  'draft.new_contact': 'contact detail not in the thread',
  'draft.wrong_language': 'wrong language',
  'draft.too_short': 'too short',
  'draft.too_long': 'too long',
  'draft.prompt_residue': 'prompt residue',
  'draft.steered': 'steered by the customer mail',
};

export function failureText(code: string | null): string {
  if (!code) return 'No reason was recorded.';
  const reason = reasons.get(code);
  if (reason) return reason;
  if (code.startsWith('mail.')) return 'The mail server could not be used (see the mailbox page).';
  return `Failed with code ${code}.`;
}

export type DraftState =
  | 'pending'
  | 'waiting'
  | 'in_drafts'
  | 'deleted_unsent'
  | 'failed'
  | 'sent_as_drafted'
  | 'sent_after_edits';

export function draftState(
  row: Pick<DraftRow, 'status' | 'similarity' | 'sentMessageRowId' | 'deletedAt'>,
): DraftState {
  if (row.status === 'pending') return 'pending';
  if (row.status === 'waiting') return 'waiting';
  if (row.status === 'failed') return 'failed';
  if (row.sentMessageRowId == null || row.similarity == null)
    return row.deletedAt == null ? 'in_drafts' : 'deleted_unsent';
  return row.similarity >= sentAsDraftedSimilarity ? 'sent_as_drafted' : 'sent_after_edits';
}

export interface DraftRecordView {
  id: number;
  createdAt: number;
  state: DraftState;
  failureCode: string | null;
  failure: string | null;
  similarity: number | null;
  suspicious: boolean;
  model: string | null;
  promptVersion: string | null;
  timings: Record<string, number>;
  checks: { code: string; words: string }[];
}

function parseJson(raw: string | null): unknown {
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function numbers(v: unknown): Record<string, number> {
  if (!v || typeof v !== 'object') return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

function codes(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string') : [];
}

export function draftRecordsView(
  deps: Pick<ConsoleDeps, 'db'>,
  mailboxId: number,
  requestedPage: number,
): { rows: DraftRecordView[]; total: number; waiting: number; page: number; pages: number } {
  const total = countDraftRecords(deps.db, mailboxId);
  const waiting = countWaitingDrafts(deps.db, [mailboxId]);
  const pages = Math.max(1, Math.ceil(total / draftsPageSize));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const rows = listDraftRecords(deps.db, {
    mailboxId,
    limit: draftsPageSize,
    offset: (page - 1) * draftsPageSize,
  });
  return {
    total,
    waiting,
    page,
    pages,
    rows: rows.map((r) => {
      const state = draftState(r);
      return {
        id: r.id,
        createdAt: r.createdAt,
        state,
        // A pending draft may carry the reason its last attempt failed (it will be retried), a
        // waiting one why no model is usable.
        failureCode: state === 'failed' || state === 'pending' || state === 'waiting' ? r.failureCode : null,
        failure:
          state === 'failed' || ((state === 'pending' || state === 'waiting') && r.failureCode)
            ? failureText(r.failureCode)
            : null,
        similarity: r.similarity,
        suspicious: r.suspicious,
        model: r.model,
        promptVersion: r.promptVersion,
        timings: numbers(parseJson(r.timings)),
        checks: codes(parseJson(r.checks)).map((code) => ({ code, words: checkWords[code] ?? code })),
      };
    }),
  };
}
