import type { Cell, Suppressed } from './aggregate.models.js';

/**
 * Complementary suppression for figures over several mailboxes. The page shows a total over the
 * mailboxes a reader may see beside each mailbox's own figures; subtracting the shown mailboxes
 * from the total gives back what the mailboxes reading "too few to show" hold (their SLA met
 * count, their mean, their histogram). So a cell of the total is withheld when the mailboxes
 * whose own cell is hidden hold part of it and, taken together, would be hidden as well (fewer
 * than 10 segments, or replies of fewer than five agents). Hidden mailboxes that together pass
 * the rules can only be told apart as that group, which is as large as any shown cell.
 */

export type CellPath = readonly string[];

type Node = Record<string, unknown>;

function cellAt(figures: object, path: CellPath): Cell<{ n: number }> {
  return path.reduce<Node>((node, key) => node[key] as Node, figures as Node) as Cell<{ n: number }>;
}

const hidden = (c: Cell<{ n: number }>): c is Suppressed => 'suppressed' in c;

/**
 * The total with its cells at `paths` withheld where needed. `parts` are the figures each
 * mailbox shows on its own (same order as `groupOf`'s indexes); `groupOf` computes the figures
 * of a set of mailboxes together, as the total is computed.
 */
export function withholdTotal<T extends object>(
  total: T,
  parts: readonly T[],
  groupOf: (mailboxes: readonly number[]) => T,
  paths: readonly CellPath[],
): T {
  const out = structuredClone(total);
  const groups = new Map<string, T>();
  for (const path of paths) {
    const cell = cellAt(out, path);
    if (hidden(cell)) continue;
    const small = parts.flatMap((p, i) => (hidden(cellAt(p, path)) ? [i] : []));
    if (small.length === 0) continue;
    const key = small.join(',');
    const group = groups.get(key) ?? groupOf(small);
    groups.set(key, group);
    const rest = cellAt(group, path);
    if (rest.n === 0 || !hidden(rest)) continue;
    const parent = cellAt(out, path.slice(0, -1)) as unknown as Node;
    parent[path.at(-1)!] = { n: cell.n, suppressed: 'withheld' } satisfies Suppressed;
  }
  return out;
}

/** The cells of MailboxFigures built from replies; the segment and waiting counts are shown anyway. */
export const figureCellPaths: readonly CellPath[] = [
  ...['firstReply', 'nextReply', 'lastReply'].flatMap((k) => [
    [k, 'elapsed'],
    [k, 'business'],
  ]),
  ['sla'],
  ['repliedOffHours'],
  ...['withDraft', 'withoutDraft'].flatMap((k) => [
    ['draftValue', k, 'elapsed'],
    ['draftValue', k, 'business'],
  ]),
  ['draftValue', 'acceptance'],
];

/** The cells of a trend point. */
export const trendCellPaths: readonly CellPath[] = [
  ['firstReply', 'elapsed'],
  ['firstReply', 'business'],
  ['sla'],
];
