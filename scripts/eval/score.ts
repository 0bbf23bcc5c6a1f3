/**
 * Pure scoring for the anonymizer evaluation. Everything is counted in characters (by overlap), not
 * in whole spans: a name found as "Anna" when the gold says "Anna Berg" leaks "Berg", and that is
 * what a privacy officer cares about. Whitespace never counts (boundaries differ between tools only
 * by a space), and characters inside `ignore` ranges count neither way (honorific titles, the
 * timestamps of quote headers).
 *
 * Recall of a type T is measured on the characters the gold set labels T, covered by a prediction of
 * ANY type (a phone number redacted as "ACCOUNT_NO" is still removed). Precision of T is measured on
 * the characters a system labels T: the share that is personal data of any gold type.
 */
import { categoryOf, type EntityType } from '../../src/anonymize/anonymize.types.js';

export interface Range {
  start: number;
  end: number;
}
export interface TypedRange extends Range {
  type: string;
}
export interface ScoreDoc {
  text: string;
  gold: TypedRange[];
  pred: TypedRange[];
  ignore?: Range[];
  traps?: (Range & { label: string })[];
}

/** Counts behind one precision/recall pair (recall and precision sides are counted separately). */
export interface Counts {
  /** Gold characters covered by a prediction / not covered. */
  covered: number;
  missed: number;
  /** Predicted characters inside gold / outside gold. */
  correct: number;
  spurious: number;
}
export interface Metric extends Counts {
  precision: number | null;
  recall: number | null;
  f2: number | null;
}
export interface CorpusScore {
  docs: number;
  binary: Metric;
  byType: Record<string, Metric>;
  byCategory: Record<string, Metric>;
  /** Checksum/library-backed identifiers: EMAIL, PHONE, IBAN, CARD, NATIONAL_ID. */
  structured: Metric;
  spans: { total: number; touched: number; complete: number };
  /**
   * Binary scores over word tokens (a token is personal data if any of its characters is), the
   * unit of Presidio-research's published figures, so they can be compared.
   */
  tokens: Metric;
  traps: { total: number; hit: number; byLabel: Record<string, { total: number; hit: number }> };
}

export const structuredTypes = ['EMAIL', 'PHONE', 'IBAN', 'CARD', 'NATIONAL_ID'];

export function fBeta(precision: number | null, recall: number | null, beta = 2): number | null {
  if (precision === null || recall === null) return null;
  const b2 = beta * beta;
  const d = b2 * precision + recall;
  return d === 0 ? 0 : ((1 + b2) * precision * recall) / d;
}

export function metric(c: Counts): Metric {
  const precision = c.correct + c.spurious === 0 ? null : c.correct / (c.correct + c.spurious);
  const recall = c.covered + c.missed === 0 ? null : c.covered / (c.covered + c.missed);
  return { ...c, precision, recall, f2: fBeta(precision, recall) };
}

const zero = (): Counts => ({ covered: 0, missed: 0, correct: 0, spurious: 0 });
const bump = (m: Record<string, Counts>, k: string): Counts => {
  m[k] ??= zero();
  return m[k];
};
const categoryName = (type: string): string => (type === 'OTHER' ? 'other' : categoryOf(type as EntityType));

/** One label per character (first listed wins for gold; predictions keep every type). */
function paint(len: number, ranges: TypedRange[]): (string | undefined)[] {
  const out: (string | undefined)[] = new Array(len);
  for (const r of ranges) for (let i = Math.max(0, r.start); i < Math.min(len, r.end); i++) out[i] ??= r.type;
  return out;
}

export function scoreCorpus(docs: ScoreDoc[]): CorpusScore {
  const binary = zero();
  const tokens = zero();
  const structured = zero();
  const byType: Record<string, Counts> = {};
  const byCat: Record<string, Counts> = {};
  const spans = { total: 0, touched: 0, complete: 0 };
  const traps: CorpusScore['traps'] = { total: 0, hit: 0, byLabel: {} };
  for (const d of docs) {
    const n = d.text.length;
    const gold = paint(n, d.gold);
    const predAny = new Array<boolean>(n).fill(false);
    const predTypes: Set<string>[] = Array.from({ length: n }, () => new Set<string>());
    for (const r of d.pred)
      for (let i = Math.max(0, r.start); i < Math.min(n, r.end); i++) {
        predAny[i] = true;
        predTypes[i]!.add(r.type);
      }
    const skip = new Array<boolean>(n).fill(false);
    for (let i = 0; i < n; i++) if (/\s/.test(d.text[i]!)) skip[i] = true;
    for (const r of d.ignore ?? []) for (let i = r.start; i < r.end && i < n; i++) skip[i] = true;
    for (let i = 0; i < n; i++) {
      if (skip[i]) continue;
      const g = gold[i];
      if (g) {
        const hit = predAny[i]!;
        for (const c of [binary, bump(byType, g), bump(byCat, categoryName(g))])
          hit ? c.covered++ : c.missed++;
        if (structuredTypes.includes(g)) hit ? structured.covered++ : structured.missed++;
      }
      const cats = new Set<string>();
      for (const t of predTypes[i]!) {
        g ? bump(byType, t).correct++ : bump(byType, t).spurious++;
        cats.add(categoryName(t));
        if (structuredTypes.includes(t)) g ? structured.correct++ : structured.spurious++;
      }
      for (const c of cats) g ? bump(byCat, c).correct++ : bump(byCat, c).spurious++;
      if (predAny[i]) g ? binary.correct++ : binary.spurious++;
    }
    for (const m of d.text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
      let g = false;
      let p = false;
      let counted = false;
      for (let i = m.index; i < m.index + m[0].length; i++) {
        if (skip[i]) continue;
        counted = true;
        g ||= gold[i] !== undefined;
        p ||= predAny[i]!;
      }
      if (!counted) continue;
      if (g) p ? tokens.covered++ : tokens.missed++;
      if (p) g ? tokens.correct++ : tokens.spurious++;
    }
    for (const r of d.gold) {
      spans.total++;
      let covered = 0;
      let counted = 0;
      for (let i = r.start; i < r.end; i++) {
        if (skip[i]) continue;
        counted++;
        if (predAny[i]) covered++;
      }
      if (covered > 0) spans.touched++;
      if (covered === counted) spans.complete++;
    }
    for (const t of d.traps ?? []) {
      traps.total++;
      traps.byLabel[t.label] ??= { total: 0, hit: 0 };
      const l = traps.byLabel[t.label]!;
      l.total++;
      let hit = false;
      for (let i = t.start; i < t.end && !hit; i++) hit = predAny[i]! && !skip[i];
      if (hit) {
        traps.hit++;
        l.hit++;
      }
    }
  }
  const map = (m: Record<string, Counts>) =>
    Object.fromEntries(
      Object.entries(m)
        .sort()
        .map(([k, v]) => [k, metric(v)]),
    );
  return {
    docs: docs.length,
    binary: metric(binary),
    byType: map(byType),
    byCategory: map(byCat),
    structured: metric(structured),
    spans,
    tokens: metric(tokens),
    traps,
  };
}
