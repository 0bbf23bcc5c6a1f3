import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Bookkeeping of drafts written to a mailbox's Drafts folder (no content). `draftKey` is the
 * idempotency key also carried in the draft's `X-Veildraft-Draft-Key` header: the server is
 * searched for it before any APPEND, so a crash between APPEND and this row's update does not
 * produce a second draft. (uidValidity, uid) locate the stored draft once known.
 * The drafting job adds what it did (stage timings, model, prompt version, check results, a
 * reason code when it failed) and the feedback step the similarity of the reply the agent sent.
 * Never the draft's text: `sketch` is a keyed MinHash of its word shingles, enough to estimate
 * similarity later and useless for reading the draft back.
 */
export const drafts = sqliteTable(
  'drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mailboxId: integer('mailbox_id').notNull(),
    draftKey: text('draft_key').notNull(),
    /** The deterministic Message-ID given to the draft, e.g. `<vd-…@example.org>`. */
    messageId: text('message_id').notNull(),
    folder: text('folder'),
    uidValidity: integer('uid_validity'),
    uid: integer('uid'),
    /** `appended` = we appended it; `found` = a previous attempt had already stored it. */
    outcome: text('outcome', { enum: ['appended', 'found'] }),
    createdAt: integer('created_at').notNull(),
    appendedAt: integer('appended_at'),
    /** The customer message answered (messages.id). */
    messageRowId: integer('message_row_id'),
    /**
     * `waiting`: no language model was usable when the job ran (drafting off); the message is
     * drafted once a model is there (see draft-waiting.usecases.ts), not counted as a draft.
     */
    status: text('status', { enum: ['pending', 'stored', 'failed', 'waiting'] })
      .notNull()
      .default('pending'),
    /** Stable reason code when status is `failed` (draft.check_failed, …) or `waiting` (llm.model_missing, …). */
    failureCode: text('failure_code'),
    /** The customer mail tried to steer the model: shown for review; the draft's checks still applied. */
    suspicious: integer('suspicious', { mode: 'boolean' }).notNull().default(false),
    model: text('model'),
    promptVersion: text('prompt_version'),
    /** JSON: milliseconds per stage and token counts. */
    timings: text('timings'),
    /** JSON: the output checks' results (codes only, no text). */
    checks: text('checks'),
    sketch: blob('sketch', { mode: 'buffer' }),
    /** Similarity 0..1 of the reply the agent sent to this draft. */
    similarity: real('similarity'),
    sentMessageRowId: integer('sent_message_row_id'),
    /**
     * When the sweep found the stored draft gone from Drafts while its thread had no reply sent:
     * the agent deleted it unused. Null while it is in Drafts (pending) or once it was answered.
     * Status stays `stored` (it was stored, and counts as drafted); a reply that turns up later
     * still gets its similarity, which then decides how the draft counts.
     */
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    uniqueIndex('drafts_key_idx').on(t.draftKey),
    index('drafts_message_idx').on(t.messageRowId),
    index('drafts_mailbox_created_idx').on(t.mailboxId, t.createdAt),
  ],
);

export type DraftRow = typeof drafts.$inferSelect;
