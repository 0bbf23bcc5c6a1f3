import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { listMailboxes } from '../mailboxes/mailboxes.usecases.js';
import { listAssignedMailboxIds, replaceAssignedMailboxes } from './user-mailboxes.repository.js';
import { findUser } from './users.repository.js';

export type AssignResult = { ok: true; mailboxIds: number[] } | { ok: false; message: string };

/** The mailboxes a reviewer sees; null (all) for roles that are not limited to assignments. */
export function visibleMailboxIds(
  deps: Pick<ConsoleDeps, 'db'>,
  user: { id: number; role: string },
): number[] | null {
  return user.role === 'reviewer' ? listAssignedMailboxIds(deps.db, user.id) : null;
}

export function assignedMailboxIds(deps: Pick<ConsoleDeps, 'db'>, userId: number): number[] {
  return listAssignedMailboxIds(deps.db, userId);
}

/**
 * Replaces a reviewer's mailbox assignments. Ids are checked against the mailboxes table (the
 * join table has no foreign key to it); the audit row holds the ids only.
 */
export function assignMailboxes(
  deps: ConsoleDeps,
  actorId: number,
  userId: number,
  requested: readonly string[],
): AssignResult {
  const known = new Set(listMailboxes(deps.db).map((m) => m.id));
  const ids = [...new Set(requested.filter((r) => /^\d{1,9}$/.test(r)).map(Number))].sort((a, b) => a - b);
  if (ids.length !== new Set(requested).size || ids.some((id) => !known.has(id)))
    return { ok: false, message: 'Choose mailboxes from the list.' };
  const user = findUser(deps.db, userId);
  if (!user) return { ok: false, message: 'No such user.' };
  if (user.role !== 'reviewer')
    return { ok: false, message: 'Only reviewers are limited to assigned mailboxes.' };
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    replaceAssignedMailboxes(tx, userId, ids);
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: actorId },
      action: 'user.mailboxes_assign',
      target: `user:${userId}`,
      metadata: { mailboxIds: ids },
      at,
    });
  });
  return { ok: true, mailboxIds: ids };
}
