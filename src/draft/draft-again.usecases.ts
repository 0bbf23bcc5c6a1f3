import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import type { DataKeys } from '../keys/subkeys.js';
import { draftErrors } from './draft.errors.js';
import { countDraftableBacklog, draftWhatWaits, requeueDraft } from './draft-waiting.usecases.js';
import { findDraftById } from './drafts.repository.js';

/**
 * The console's "Draft again": per draft record, and per mailbox for its backlog ("Draft N
 * waiting"), each audited in the transaction that queues the work.
 *
 * Exactly once: only a draft that was not written (failed, waiting, or pending with its job
 * dead) can be drafted again. A stored draft is refused with `draft.already_stored` rather than
 * queued: its job would find the stored record and do nothing, and an agent who deleted the
 * draft chose not to have it. The job runs under the same draft key, so even a race with the
 * first attempt finds the draft's key header in the Drafts folder before any APPEND
 * (draft-append.ts).
 */
type Deps = Pick<ConsoleDeps, 'db' | 'clock'> & { keys: Pick<DataKeys, 'audit'> };

/** `mailboxIds` null = every mailbox (admins); a draft in another mailbox is not found. */
export function draftAgain(
  deps: Deps,
  args: { draftId: number; mailboxIds: readonly number[] | null; actor: AuditActor },
): { mailboxId: number } {
  const at = deps.clock.now();
  return deps.db.transaction((tx) => {
    const row = findDraftById(tx, args.draftId);
    if (!row || (args.mailboxIds !== null && !args.mailboxIds.includes(row.mailboxId)))
      throw draftErrors.notFound();
    if (row.status === 'stored') throw draftErrors.alreadyStored();
    // Only a finished job runs again: a queued or running one is refused, while a pending draft
    // whose job died after its last retry can be drafted again.
    if (!requeueDraft(tx, row, at)) throw draftErrors.alreadyQueued();
    emitAudit(tx, deps.keys.audit, {
      actor: args.actor,
      action: 'draft.again',
      target: row.id,
      metadata: { mailboxId: row.mailboxId, was: row.status },
      at,
    });
    return { mailboxId: row.mailboxId };
  });
}

/** The mailbox's recent mail that could not be drafted (see draft-waiting.usecases.ts), queued now. */
export function draftBacklogAgain(
  deps: Deps,
  args: { mailboxId: number; backlogHours: number; actor: AuditActor },
): { queued: number } {
  const at = deps.clock.now();
  return deps.db.transaction((tx) => {
    const { queued, expired } = draftWhatWaits(tx, {
      now: at,
      windowMs: args.backlogHours * 3_600_000,
      mailboxId: args.mailboxId,
    });
    emitAudit(tx, deps.keys.audit, {
      actor: args.actor,
      action: 'draft.backlog_again',
      target: args.mailboxId,
      metadata: { queued, expired },
      at,
    });
    return { queued };
  });
}

/** What the Drafts page's "Draft N waiting" button would queue for a mailbox. */
export function draftableBacklog(deps: Pick<Deps, 'db' | 'clock'>, mailboxId: number, backlogHours: number) {
  return countDraftableBacklog(deps.db, {
    now: deps.clock.now(),
    windowMs: backlogHours * 3_600_000,
    mailboxId,
  });
}
