import { desc, eq, lte } from 'drizzle-orm';
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
 * Deletes rows older than the retention cut. The last deleted row's id and hash become the
 * anchor, so the remaining chain still verifies. The prune is itself audited.
 */
export function pruneAudit(
  db: Db,
  key: Buffer,
  opts: { before: number; now: number; actor: AuditActor },
): number {
  return db.transaction((tx) => {
    const cut = tx
      .select({ id: auditLog.id, hash: auditLog.hash })
      .from(auditLog)
      .where(lte(auditLog.at, opts.before))
      .orderBy(desc(auditLog.id))
      .limit(1)
      .get();
    if (!cut) return 0;
    tx.insert(auditAnchor)
      .values({ id: 1, throughId: cut.id, hash: cut.hash, prunedAt: opts.now })
      .onConflictDoUpdate({
        target: auditAnchor.id,
        set: { throughId: cut.id, hash: cut.hash, prunedAt: opts.now },
      })
      .run();
    const deleted = tx.delete(auditLog).where(lte(auditLog.id, cut.id)).run().changes;
    emitAudit(tx, key, {
      actor: opts.actor,
      action: 'audit.prune',
      metadata: { deleted, throughId: cut.id },
      at: opts.now,
    });
    return deleted;
  });
}
