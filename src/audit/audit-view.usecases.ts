import type { ConsoleDeps } from '../auth/auth.deps.js';
import type { VerifyResult } from './audit.models.js';
import { verifyAuditChain } from './audit.repository.js';
import { type AuditFilter, type AuditRow, searchAudit } from './audit-search.repository.js';

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
  errors: Record<string, string>;
  nextBefore: number | null;
}

const day = /^\d{4}-\d{2}-\d{2}$/;
const code = /^[A-Za-z0-9_.:@\-/]{0,80}$/;

/** Parses the filter form (all optional); a bad field is reported and ignored, never fatal. */
export function listAudit(deps: Pick<ConsoleDeps, 'db'>, q: AuditQuery): AuditPage {
  const errors: Record<string, string> = {};
  const filter: AuditFilter = { limit: AUDIT_PAGE_SIZE };
  for (const k of ['action', 'actor', 'target'] as const) {
    const v = q[k].trim();
    if (!v) continue;
    if (code.test(v)) filter[k] = v;
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
  return { rows, errors, nextBefore: rows.length === AUDIT_PAGE_SIZE && last ? last.id : null };
}

/**
 * Verifying walks the whole chain; cache the answer briefly so a busy dashboard does not walk
 * it on every request. Writes made since are covered at the next refresh.
 */
export function chainVerifier(deps: Pick<ConsoleDeps, 'db' | 'keys' | 'clock'>, ttlMs = 30_000) {
  let cached: { at: number; result: VerifyResult } | undefined;
  return (fresh = false): VerifyResult => {
    const now = deps.clock.now();
    if (fresh || !cached || now - cached.at > ttlMs || now < cached.at)
      cached = { at: now, result: verifyAuditChain(deps.db, deps.keys.audit) };
    return cached.result;
  };
}
