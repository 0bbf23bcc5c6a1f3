import { and, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../store/store.js';
import { type AuditRow, auditLog } from './audit.table.js';

export interface AuditFilter {
  action?: string;
  actor?: string;
  target?: string;
  from?: number;
  to?: number;
  beforeId?: number;
  limit: number;
}

/** Newest first; `beforeId` pages backwards. Actions match by prefix ("user." finds every user action). */
export function searchAudit(db: Db, f: AuditFilter): AuditRow[] {
  const where: SQL[] = [];
  if (f.action) {
    const pattern = `${f.action.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(sql`${auditLog.action} LIKE ${pattern} ESCAPE '\\'`);
  }
  if (f.actor) where.push(eq(auditLog.actor, f.actor));
  if (f.target) where.push(eq(auditLog.target, f.target));
  if (f.from !== undefined) where.push(gte(auditLog.at, f.from));
  if (f.to !== undefined) where.push(lte(auditLog.at, f.to));
  if (f.beforeId !== undefined) where.push(lt(auditLog.id, f.beforeId));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(f.limit)
    .all();
}
