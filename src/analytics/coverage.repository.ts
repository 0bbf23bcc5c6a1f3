import { sql } from 'drizzle-orm';
import type { Tx } from '../store/store.js';
import type { CoverageRow } from './coverage.models.js';

/**
 * Inbound mail of one mailbox that arrived in [from, to), counted by skip rule and by what the
 * drafting job did with it: the stored draft if there is one, else the latest attempt.
 */
export function coverageRows(db: Tx, mailboxId: number, from: number, to: number): CoverageRow[] {
  return db.all<CoverageRow>(sql`
    SELECT m.skip_rule AS skipRule, d.status AS status, d.failure_code AS failureCode, count(*) AS n
    FROM messages m
    LEFT JOIN drafts d ON d.id = (
      SELECT x.id FROM drafts x WHERE x.message_row_id = m.id
      ORDER BY x.status = 'stored' DESC, x.id DESC LIMIT 1)
    WHERE m.mailbox_id = ${mailboxId} AND m.direction = 'inbound'
      AND m.received_at >= ${from} AND m.received_at < ${to}
    GROUP BY 1, 2, 3`);
}
