import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import type { DataKeys } from '../keys/subkeys.js';
import { mailboxErrors } from '../mailboxes/mailboxes.errors.js';
import { findMailboxById } from '../mailboxes/mailboxes.repository.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { enqueueRecompute } from './analytics.jobs.js';
import { type CalendarForm, type MailboxCalendarDef, parseCalendarForm } from './mailbox-calendar.models.js';
import { deleteMailboxCalendar, upsertMailboxCalendar } from './rollups.repository.js';
import { calendarOfMailbox } from './rollups.usecases.js';

export interface CalendarDeps {
  db: Db;
  keys: Pick<DataKeys, 'audit'>;
  clock: Clock;
}

export type CalendarResult =
  | { ok: true; calendar: MailboxCalendarDef }
  | { ok: false; errors: Record<string, string> };

function userId(actor: AuditActor): number | null {
  return actor.kind === 'user' ? actor.id : null;
}

function requireRow(db: Db, mailboxId: number) {
  const row = findMailboxById(db, mailboxId);
  if (!row) throw mailboxErrors.notFound(String(mailboxId));
  return row;
}

/** The mailbox's calendar as the console shows it, and whether it is its own or the default. */
export function mailboxCalendar(db: Db, mailboxId: number) {
  return calendarOfMailbox(db, mailboxId);
}

/**
 * Saves a mailbox's own calendar and SLA target, audited, and queues the rebuild of its rollups
 * with it in the same transaction (the next report would otherwise rebuild them itself).
 */
export function setMailboxCalendar(
  deps: CalendarDeps,
  mailboxId: number,
  form: CalendarForm,
  actor: AuditActor,
): CalendarResult {
  const row = requireRow(deps.db, mailboxId);
  const parsed = parseCalendarForm(form);
  if (!parsed.ok) return parsed;
  const c = parsed.value;
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    upsertMailboxCalendar(tx, {
      mailboxId: row.id,
      timeZone: c.timeZone,
      week: JSON.stringify(c.week),
      holidays: c.holidays,
      closures: JSON.stringify(c.closures),
      slaBusinessHours: c.slaBusinessHours,
      updatedAt: at,
    });
    enqueueRecompute(tx, row.id, userId(actor), at);
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'mailbox.calendar_set',
      target: row.id,
      metadata: {
        timeZone: c.timeZone,
        openDays: Object.keys(c.week).length,
        holidays: c.holidays,
        closures: c.closures.length,
        slaBusinessHours: c.slaBusinessHours,
      },
      at,
    });
  });
  return { ok: true, calendar: c };
}

/** Back to the console's Business hours and the default SLA target. */
export function resetMailboxCalendar(deps: CalendarDeps, mailboxId: number, actor: AuditActor): void {
  const row = requireRow(deps.db, mailboxId);
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    deleteMailboxCalendar(tx, row.id);
    enqueueRecompute(tx, row.id, userId(actor), at);
    emitAudit(tx, deps.keys.audit, { actor, action: 'mailbox.calendar_reset', target: row.id, at });
  });
}

/** "Recompute with the current calendar": a full rebuild of the mailbox's rollups, queued. */
export function recomputeAnalytics(deps: CalendarDeps, mailboxId: number, actor: AuditActor): void {
  const row = requireRow(deps.db, mailboxId);
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    enqueueRecompute(tx, row.id, userId(actor), at);
    emitAudit(tx, deps.keys.audit, { actor, action: 'analytics.recompute', target: row.id, at });
  });
}
