import { sql } from 'drizzle-orm';
import type { Tx } from '../store/store.js';
import type { CoverageRow } from './coverage.models.js';

const QUARTER = 15 * 60_000;

/**
 * Inbound mail of one mailbox that arrived in [from, to), counted by quarter hour of arrival
 * (every zone's offset is whole quarter hours, so each quarter falls in one local day), by skip
 * rule and by what the drafting job did with it: the stored draft if there is one, else the
 * latest attempt.
 */
export function coverageByQuarter(
  db: Tx,
  mailboxId: number,
  from: number,
  to: number,
): (CoverageRow & { quarterAt: number })[] {
  return db.all<CoverageRow & { quarterAt: number }>(sql`
    SELECT (m.received_at / ${QUARTER}) * ${QUARTER} AS quarterAt, m.skip_rule AS skipRule,
      d.status AS status, d.failure_code AS failureCode, count(*) AS n
    FROM messages m
    LEFT JOIN drafts d ON d.id = (
      SELECT x.id FROM drafts x WHERE x.message_row_id = m.id
      ORDER BY x.status = 'stored' DESC, x.id DESC LIMIT 1)
    WHERE m.mailbox_id = ${mailboxId} AND m.direction = 'inbound'
      AND m.received_at >= ${from} AND m.received_at < ${to}
    GROUP BY 1, 2, 3, 4`);
}

/** The same, for the whole window. */
export function coverageRows(db: Tx, mailboxId: number, from: number, to: number): CoverageRow[] {
  return coverageByQuarter(db, mailboxId, from, to).map(({ quarterAt: _q, ...row }) => row);
}
