import { and, desc, eq, lte } from 'drizzle-orm';
import type { Db, Tx } from '../store/store.js';
import { auditErrors } from './audit.errors.js';
import {
  type AuditActor,
  type AuditFields,
  type AuditMetadata,
  actionSchema,
  auditHash,
  auditMetadataSchema,
  GENESIS_HASH,
  type VerifyResult,
  verifyRows,
} from './audit.models.js';
import { auditAnchor, auditLog } from './audit.table.js';

export interface AuditEvent {
  actor: AuditActor;
  action: string;
  target?: string | number | null;
  metadata?: AuditMetadata;
  at: number;
}

/**
 * The actor as the audit_log column holds it, the one place that knows the form: `user:<id>`, or
 * the kind (`cli`, `setup`, `anonymous`, `system`). Rows written before the typed actor hold the
 * same strings, so the view and the hash chain read old and new rows alike.
 */
export function storedActor(actor: AuditActor): string {
  return actor.kind === 'user' ? `user:${actor.id}` : actor.kind;
}

/**
 * Appends one audit row inside the caller's transaction. Fail-closed: invalid metadata or a
 * write error throws, which rolls back the change being audited.
 */
export function emitAudit(tx: Tx, key: Buffer, event: AuditEvent): void {
  const action = actionSchema.safeParse(event.action);
  const metadata = auditMetadataSchema.safeParse(event.metadata ?? {});
  if (!action.success || !metadata.success) {
    throw auditErrors.invalidEvent(event.action);
  }
  const last = tx
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  const anchor = tx.select().from(auditAnchor).where(eq(auditAnchor.id, 1)).get();
  const id = (last?.id ?? anchor?.throughId ?? 0) + 1;
  const prevHash = last?.hash ?? anchor?.hash ?? GENESIS_HASH;
  const fields = {
    id,
    at: event.at,
    actor: storedActor(event.actor),
    action: event.action,
    target: event.target == null ? null : String(event.target),
    metadata: JSON.stringify(metadata.data),
    prevHash,
  };
  tx.insert(auditLog)
    .values({ ...fields, hash: auditHash(key, fields) })
    .run();
}

/**
 * Verifies the chain from the retention anchor, or only the entries after `after` (an entry
 * already verified: its id and hash) when given.
 */
export function verifyAuditChain(
  db: Db,
  key: Buffer,
  after?: { throughId: number; hash: string },
): VerifyResult {
  const anchor = after ?? db.select().from(auditAnchor).where(eq(auditAnchor.id, 1)).get();
  // Iterate with the raw statement so a long log is verified without loading it whole.
  const rows = db.$client
    .prepare(
      'SELECT id, at, actor, action, target, metadata, prev_hash AS prevHash, hash FROM audit_log WHERE id > ? ORDER BY id',
    )
    .iterate(anchor?.throughId ?? 0) as Iterable<AuditFields & { hash: string }>;
  return verifyRows(key, anchor, rows);
}

/** The id of the last entry removed by retention (0 before any prune). */
export function auditAnchorId(db: Db): number {
  return db.select().from(auditAnchor).where(eq(auditAnchor.id, 1)).get()?.throughId ?? 0;
}

export function auditRowHash(db: Db, id: number): string | undefined {
  return db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, id)).get()?.hash;
}

/**
 * One step of retention inside the caller's transaction: deletes the oldest rows at or before
 * `before`, at most `maxRows` of them (ids after the anchor are contiguous). The last deleted
 * row's id and hash become the anchor first (the delete trigger allows only rows below it), so
 * the remaining chain still verifies. Not audited here: the caller records what it removed.
 */
export function pruneAuditBatch(
  tx: Tx,
  opts: { before: number; now: number; maxRows?: number },
): { deleted: number; throughId: number } {
  const anchorId = tx.select().from(auditAnchor).where(eq(auditAnchor.id, 1)).get()?.throughId ?? 0;
  const upTo = opts.maxRows === undefined ? undefined : lte(auditLog.id, anchorId + opts.maxRows);
  const cut = tx
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .where(and(lte(auditLog.at, opts.before), upTo))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  if (!cut) return { deleted: 0, throughId: anchorId };
  tx.insert(auditAnchor)
    .values({ id: 1, throughId: cut.id, hash: cut.hash, prunedAt: opts.now })
    .onConflictDoUpdate({
      target: auditAnchor.id,
      set: { throughId: cut.id, hash: cut.hash, prunedAt: opts.now },
    })
    .run();
  const deleted = tx.delete(auditLog).where(lte(auditLog.id, cut.id)).run().changes;
  return { deleted, throughId: cut.id };
}

/** Deletes every row older than the retention cut in one transaction, and audits the prune. */
export function pruneAudit(
  db: Db,
  key: Buffer,
  opts: { before: number; now: number; actor: AuditActor },
): number {
  return db.transaction((tx) => {
    const { deleted, throughId } = pruneAuditBatch(tx, opts);
    if (deleted === 0) return 0;
    emitAudit(tx, key, {
      actor: opts.actor,
      action: 'audit.prune',
      metadata: { deleted, throughId },
      at: opts.now,
    });
    return deleted;
  });
}
