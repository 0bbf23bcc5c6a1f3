import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/analytics/aggregate.models.js';
import { withholdTotal } from '../../src/analytics/withheld.models.js';

/** Figures reduced to one reply cell: a count of met SLAs that subtraction would reveal. */
type Figures = { sla: Cell<{ n: number; met: number }> };
const MIN = 10;
const cell = (n: number, met: number): Figures => ({
  sla: n < MIN ? { n, suppressed: 'too few to show' } : { n, met },
});
/** Mailboxes as (n, met); a group's figures are their sums, with the 10-segment rule. */
function total(mailboxes: [number, number][]) {
  const groupOf = (idx: readonly number[]) =>
    cell(
      idx.reduce((a, i) => a + mailboxes[i]![0], 0),
      idx.reduce((a, i) => a + mailboxes[i]![1], 0),
    );
  const all = groupOf(mailboxes.map((_, i) => i));
  const parts = mailboxes.map(([n, met]) => cell(n, met));
  return { all, result: withholdTotal(all, parts, groupOf, [['sla']]) };
}

describe('withholding a total beside per-mailbox figures', () => {
  it('withholds the total when one mailbox is hidden and the others are shown', () => {
    const { all, result } = total([
      [21, 20],
      [3, 3],
    ]);
    expect(result.sla).toEqual({ n: 24, suppressed: 'withheld' });
    // The total it was given is left as it was.
    expect(all.sla).toEqual({ n: 24, met: 23 });
  });

  it('shows the total when the hidden mailboxes together are enough to show', () => {
    expect(
      total([
        [21, 20],
        [6, 6],
        [5, 4],
      ]).result.sla,
    ).toEqual({ n: 32, met: 30 });
  });

  it('shows the total when the hidden mailbox holds nothing of it, or no mailbox is hidden', () => {
    expect(
      total([
        [21, 20],
        [0, 0],
      ]).result.sla,
    ).toEqual({ n: 21, met: 20 });
    expect(
      total([
        [21, 20],
        [12, 12],
      ]).result.sla,
    ).toEqual({ n: 33, met: 32 });
  });

  it('leaves a total that is itself too few as it is', () => {
    expect(
      total([
        [5, 5],
        [3, 3],
      ]).result.sla,
    ).toEqual({ n: 8, suppressed: 'too few to show' });
  });
});
