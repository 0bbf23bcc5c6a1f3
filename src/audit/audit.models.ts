import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * Audit metadata carries ids, counts, codes and flags, never mail content or secrets.
 * Strings are limited to identifier-like values so free text cannot slip in.
 */
const idLike = z.string().regex(/^[A-Za-z0-9_.:@\-/]{0,80}$/, 'metadata strings must be ids or codes');
export const auditMetadataSchema = z.record(
  z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,40}$/),
  z.union([z.number(), z.boolean(), z.null(), idLike, z.array(z.union([z.number(), idLike])).max(100)]),
);
export type AuditMetadata = z.infer<typeof auditMetadataSchema>;

/**
 * Who did an audited thing: a console user, the operator at the appliance's shell, the first-run
 * setup wizard, someone not signed in (failed sign-in attempts), or Veildraft itself (a job).
 * Stored as one text column (see storedActor in audit.repository.ts).
 */
export type AuditActor =
  | { kind: 'user'; id: number }
  | { kind: 'cli' }
  | { kind: 'setup' }
  | { kind: 'anonymous' }
  | { kind: 'system' };

export const actionSchema = z.string().regex(/^[a-z][a-z_]*\.[a-z][a-z_]*$/, 'action must be entity.verb');

export interface AuditFields {
  id: number;
  at: number;
  actor: string;
  action: string;
  target: string | null;
  metadata: string;
  prevHash: string;
}

/** The chain link: HMAC-SHA256 (audit key) over the row's fields and the previous hash. */
export function auditHash(key: Buffer, row: AuditFields): string {
  const canonical = JSON.stringify([
    row.id,
    row.at,
    row.actor,
    row.action,
    row.target,
    row.metadata,
    row.prevHash,
  ]);
  return createHmac('sha256', key).update(canonical).digest('hex');
}

export const GENESIS_HASH = '0'.repeat(64);

export type VerifyResult =
  | { ok: true; rows: number; fromId: number; lastHash: string }
  | { ok: false; rows: number; badId: number; reason: 'hash_mismatch' | 'broken_link' | 'gap' };

/** Walks rows in id order from the anchor; reports the first row that does not fit the chain. */
export function verifyRows(
  key: Buffer,
  anchor: { throughId: number; hash: string } | undefined,
  rows: Iterable<AuditFields & { hash: string }>,
): VerifyResult {
  let prev = anchor?.hash ?? GENESIS_HASH;
  let expectedId = (anchor?.throughId ?? 0) + 1;
  let count = 0;
  for (const row of rows) {
    if (row.id !== expectedId) return { ok: false, rows: count, badId: row.id, reason: 'gap' };
    if (row.prevHash !== prev) return { ok: false, rows: count, badId: row.id, reason: 'broken_link' };
    if (auditHash(key, row) !== row.hash)
      return { ok: false, rows: count, badId: row.id, reason: 'hash_mismatch' };
    prev = row.hash;
    expectedId++;
    count++;
  }
  return { ok: true, rows: count, fromId: (anchor?.throughId ?? 0) + 1, lastHash: prev };
}
