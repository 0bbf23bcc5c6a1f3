/**
 * Draft coverage: of the customer mail that arrived in the period, how much got a Veildraft draft
 * stored in Drafts, and why the rest did not (the drafting job's own status and reason code).
 * Mail that a skip rule marked (auto-replies, lists, own domains, the admin's patterns) is not
 * customer mail: it is counted apart, by rule, and is not in the share.
 */

export interface CoverageRow {
  skipRule: string | null;
  /** The draft's status (the stored one if any, else the latest attempt); null when none was made. */
  status: 'pending' | 'stored' | 'failed' | 'waiting' | null;
  failureCode: string | null;
  n: number;
}

export interface Coverage {
  /** Customer mail (no skip rule) in the period. */
  inbound: number;
  drafted: number;
  /** Share drafted in percent (one decimal); null without customer mail. */
  percent: number | null;
  /** Why customer mail has no stored draft, most frequent first. */
  reasons: { reason: string; n: number }[];
  /** Mail that is not customer mail, by skip rule. */
  skipped: { rule: string; n: number }[];
}

function reasonOf(r: CoverageRow): string {
  if (r.status === null)
    return 'no draft attempted (drafting off for the mailbox, or mail older than the drafting window)';
  if (r.status === 'pending') return 'draft under way';
  if (r.status === 'waiting') return `waiting for a language model (${r.failureCode ?? 'no model'})`;
  return `draft failed (${r.failureCode ?? 'no reason recorded'})`;
}

export function coverage(rows: readonly CoverageRow[]): Coverage {
  const count = (list: readonly CoverageRow[]) => list.reduce((sum, r) => sum + r.n, 0);
  const customer = rows.filter((r) => r.skipRule === null);
  const inbound = count(customer);
  const drafted = count(customer.filter((r) => r.status === 'stored'));
  const tally = (entries: [string, number][]) => {
    const m = new Map<string, number>();
    for (const [k, n] of entries) m.set(k, (m.get(k) ?? 0) + n);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  return {
    inbound,
    drafted,
    percent: inbound === 0 ? null : Math.round((drafted / inbound) * 1000) / 10,
    reasons: tally(customer.filter((r) => r.status !== 'stored').map((r) => [reasonOf(r), r.n])).map(
      ([reason, n]) => ({ reason, n }),
    ),
    skipped: tally(rows.filter((r) => r.skipRule !== null).map((r) => [r.skipRule as string, r.n])).map(
      ([rule, n]) => ({ rule, n }),
    ),
  };
}
