import type { ConsoleDeps } from '../auth/auth.deps.js';
import { listUsers } from '../users/users.repository.js';
import type { VerifyResult } from './audit.models.js';
import { auditAnchorId, auditRowHash, storedActor, verifyAuditChain } from './audit.repository.js';
import type { AuditRow } from './audit.table.js';
import type { Person } from './audit-labels.models.js';
import { type AuditFilter, searchAudit } from './audit-search.repository.js';

export const AUDIT_PAGE_SIZE = 100;

export interface AuditQuery {
  action: string;
  actor: string;
  target: string;
  from: string;
  to: string;
  before: string;
}

export interface AuditPage {
  rows: AuditRow[];
  /** Every console user by id, to show actors and targets by name (users are few). */
  people: Map<number, Person>;
  errors: Record<string, string>;
  nextBefore: number | null;
}

const day = /^\d{4}-\d{2}-\d{2}$/;
const code = /^[A-Za-z0-9_.:@\-/]{0,80}$/;

/** Parses the filter form (all optional); a bad field is reported and ignored, never fatal. */
export function listAudit(deps: Pick<ConsoleDeps, 'db'>, q: AuditQuery): AuditPage {
  const errors: Record<string, string> = {};
  const filter: AuditFilter = { limit: AUDIT_PAGE_SIZE };
  const users = listUsers(deps.db as ConsoleDeps['db']);
  const people = new Map(users.map((u) => [u.id, { username: u.username, role: u.role }]));
  // People filter by the names they see; the stored code (`user:3`) works as well.
  const byName = new Map(users.map((u) => [u.username, storedActor({ kind: 'user', id: u.id })]));
  for (const k of ['action', 'actor', 'target'] as const) {
    const v = q[k].trim();
    if (!v) continue;
    if (k !== 'action' && byName.has(v.toLowerCase())) filter[k] = byName.get(v.toLowerCase());
    else if (code.test(v)) filter[k] = v;
    else errors[k] = 'Use the codes shown in the list (letters, digits, . _ : @ - /).';
  }
  const date = (k: 'from' | 'to', endOfDay: boolean) => {
    const v = q[k].trim();
    if (!v) return undefined;
    const t = day.test(v) ? Date.parse(`${v}T00:00:00Z`) : Number.NaN;
    if (Number.isNaN(t)) {
      errors[k] = 'Use a date like 2026-01-31.';
      return undefined;
    }
    return endOfDay ? t + 86_400_000 - 1 : t;
  };
  filter.from = date('from', false);
  filter.to = date('to', true);
  if (/^\d{1,15}$/.test(q.before)) filter.beforeId = Number(q.before);
  const rows = searchAudit(deps.db as ConsoleDeps['db'], filter);
  const last = rows.at(-1);
  return { rows, people, errors, nextBefore: rows.length === AUDIT_PAGE_SIZE && last ? last.id : null };
}

export type ChainStatus = VerifyResult & {
  /** When every entry was last re-verified from the start (or the retention anchor). */
  fullCheckAt: number;
};

/**
 * The chain status as of this request. A full walk costs 10–25 µs per entry (0.2–0.5 s for
 * 20,000 on a 2-core machine), too much for every dashboard view, so each view verifies only the
 * entries written since the last view (0.2 ms for one new entry), linked onto the last verified one. A full walk runs on
 * request ("verify now"), after a retention prune moved the anchor, when the last verified
 * entry is not as it was, and at least every `fullEveryMs`: those catch an old entry altered
 * since its first check, which the incremental step does not re-read.
 */
export function chainVerifier(deps: Pick<ConsoleDeps, 'db' | 'keys' | 'clock'>, fullEveryMs = 600_000) {
  let good: { anchorId: number; lastId: number; lastHash: string; rows: number; fromId: number } | undefined;
  let fullCheckAt = Number.NEGATIVE_INFINITY;
  return (full = false): ChainStatus => {
    const now = deps.clock.now();
    const anchorId = auditAnchorId(deps.db);
    const incremental =
      !full &&
      good !== undefined &&
      good.anchorId === anchorId &&
      now - fullCheckAt <= fullEveryMs &&
      now >= fullCheckAt &&
      (good.lastId === anchorId || auditRowHash(deps.db, good.lastId) === good.lastHash);
    const base = incremental ? good : undefined;
    const r = verifyAuditChain(
      deps.db,
      deps.keys.audit,
      base ? { throughId: base.lastId, hash: base.lastHash } : undefined,
    );
    if (!base) fullCheckAt = now;
    const before = base?.rows ?? 0;
    if (!r.ok) return { ...r, rows: before + r.rows, fullCheckAt };
    good = {
      anchorId,
      lastId: r.fromId + r.rows - 1,
      lastHash: r.lastHash,
      rows: before + r.rows,
      fromId: base?.fromId ?? r.fromId,
    };
    return { ok: true, rows: good.rows, fromId: good.fromId, lastHash: r.lastHash, fullCheckAt };
  };
}
