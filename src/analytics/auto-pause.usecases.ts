import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import type { DataKeys } from '../keys/subkeys.js';
import { mailboxErrors } from '../mailboxes/mailboxes.errors.js';
import {
  findMailboxById,
  listMailboxRows,
  updateMailboxDrafting,
} from '../mailboxes/mailboxes.repository.js';
import type { MailboxRow } from '../mailboxes/mailboxes.table.js';
import { draftMailboxBacklog, type MailboxDeps } from '../mailboxes/mailboxes.usecases.js';
import type { Clock } from '../shared/clock.js';
import type { Db, Tx } from '../store/store.js';
import { DRAFT_MIN_AGE_MS, shouldAutoPause } from './auto-pause.models.js';
import { findAutoPause, listAutoPaused, newestStoredDrafts, saveAutoPause } from './auto-pause.repository.js';

export interface AutoPauseDeps {
  db: Db;
  keys: Pick<DataKeys, 'audit'>;
  clock: Clock;
}

function setDrafting(tx: Tx, row: MailboxRow, enabled: boolean, at: number): void {
  updateMailboxDrafting(
    tx,
    row.id,
    {
      draftingEnabled: enabled,
      signature: row.signature,
      fromAddress: row.fromAddress,
      fromName: row.fromName,
    },
    at,
  );
}

/**
 * Pauses drafting of every mailbox whose last `n` drafts went unused (auto-pause.models.ts),
 * audited as the system. Only drafts made since the last pause or resume count, so a resumed
 * mailbox gets `n` new drafts before it can pause again. Returns the ids paused.
 */
export function autoPauseUnusedDrafting(deps: AutoPauseDeps, n: number): number[] {
  if (n <= 0) return [];
  const now = deps.clock.now();
  const paused: number[] = [];
  for (const row of listMailboxRows(deps.db)) {
    if (!row.draftingEnabled) continue;
    const prior = findAutoPause(deps.db, row.id);
    const after = Math.max(prior?.resumedAt ?? 0, prior?.pausedAt ?? 0);
    const drafts = newestStoredDrafts(deps.db, row.id, { after, before: now - DRAFT_MIN_AGE_MS }, n);
    if (!shouldAutoPause(drafts, n)) continue;
    deps.db.transaction((tx) => {
      setDrafting(tx, row, false, now);
      saveAutoPause(tx, {
        mailboxId: row.id,
        pausedAt: now,
        considered: n,
        unused: n,
        resumedAt: prior?.resumedAt ?? null,
      });
      emitAudit(tx, deps.keys.audit, {
        actor: { kind: 'system' },
        action: 'mailbox.drafting_auto_paused',
        target: row.id,
        metadata: { considered: n, unused: n },
        at: now,
      });
    });
    paused.push(row.id);
  }
  return paused;
}

export interface AutoPausedMailbox {
  mailboxId: number;
  name: string;
  pausedAt: number;
  considered: number;
  unused: number;
}

/** Mailboxes whose drafting is off because the appliance paused it (not an operator). */
export function autoPausedMailboxes(db: Db): AutoPausedMailbox[] {
  return listAutoPaused(db).flatMap((p) => {
    const row = findMailboxById(db, p.mailboxId);
    if (!row || row.draftingEnabled || p.pausedAt === null) return [];
    return [
      { mailboxId: row.id, name: row.name, pausedAt: p.pausedAt, considered: p.considered, unused: p.unused },
    ];
  });
}

/** The one-click resume: drafting on again (and what waited drafted), audited with the user. */
export function resumeAutoPausedDrafting(deps: MailboxDeps, mailboxId: number, actor: AuditActor): void {
  const row = findMailboxById(deps.db, mailboxId);
  if (!row) throw mailboxErrors.notFound(String(mailboxId));
  const prior = findAutoPause(deps.db, mailboxId);
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    setDrafting(tx, row, true, at);
    const draftsQueued = row.draftingEnabled ? 0 : draftMailboxBacklog(deps, tx, row.id, at);
    saveAutoPause(tx, {
      mailboxId,
      pausedAt: null,
      considered: prior?.considered ?? 0,
      unused: prior?.unused ?? 0,
      resumedAt: at,
    });
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'mailbox.drafting_resumed',
      target: row.id,
      metadata: { wasAutoPaused: Boolean(prior?.pausedAt), ...(draftsQueued ? { draftsQueued } : {}) },
      at,
    });
  });
}
