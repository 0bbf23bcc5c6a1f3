/**
 * Entity-level scores as conlleval counts them: an entity is right only with its exact token span
 * and type. Pure; tags are IOB2 strings.
 */
export interface EntityCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface EntityScore extends EntityCounts {
  precision: number;
  recall: number;
  f1: number;
}

export function entities(tags: readonly string[]): string[] {
  const out: string[] = [];
  let open: { start: number; type: string } | null = null;
  const close = (end: number) => {
    if (open) out.push(`${open.start}:${end}:${open.type}`);
    open = null;
  };
  tags.forEach((tag, i) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m) close(i);
    else if (m[1] === 'B' || !open || open.type !== m[2]) {
      close(i);
      open = { start: i, type: m[2]! };
    }
  });
  close(tags.length);
  return out;
}

/** Adds one sentence's counts per type (and under "ALL") to `into`. */
export function countSentence(
  gold: readonly string[],
  pred: readonly string[],
  into: Map<string, EntityCounts>,
  types?: ReadonlySet<string>,
): void {
  const keep = (e: string) => !types || types.has(e.split(':')[2]!);
  const g = entities(gold).filter(keep);
  const p = entities(pred).filter(keep);
  const gs = new Set(g);
  const add = (type: string, key: keyof EntityCounts) => {
    for (const k of [type, 'ALL']) {
      const c = into.get(k) ?? { gold: 0, predicted: 0, correct: 0 };
      c[key]++;
      into.set(k, c);
    }
  };
  for (const e of g) add(e.split(':')[2]!, 'gold');
  for (const e of p) {
    add(e.split(':')[2]!, 'predicted');
    if (gs.has(e)) add(e.split(':')[2]!, 'correct');
  }
}

export function score(c: EntityCounts): EntityScore {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}
