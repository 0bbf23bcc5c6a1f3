import { isStopword } from '../shared/language.js';
import type { Lang } from './anonymize.types.js';

/**
 * Residual risk of an anonymized text: what survived that still looks like it could identify
 * someone. Pure. Conversations above the threshold go to the privacy officer's review queue.
 *
 * Signals (each with a weight, capped per kind so one long list cannot dominate):
 * - unexplained capitalised tokens that are not at a sentence start, not function words, not
 *   placeholders and not allow-listed: a missed name, place or employer; runs of several such
 *   words weigh twice as much as a single word. German capitalises
 *   every noun, so there only runs of two or more such tokens count ("Klinik Sonnenhof");
 * - digit runs of 5+ digits (or 3+ groups) outside placeholders: missed phone, account, ID;
 * - unknown codes mixing letters and digits (AB-123456, X7K9P2Q): missed reference numbers;
 * - special-category mentions that were flagged instead of replaced.
 *
 * score = 1 − exp(−Σ weights): 0 for a clean text, ~0.5 for one strong signal, → 1 for many.
 * Reasons carry kinds, counts and offsets, never the text itself.
 */
export type RiskKind = 'capitalised' | 'digits' | 'code' | 'special_flag';

export interface RiskReason {
  kind: RiskKind;
  count: number;
  /** [start, end) offsets in the anonymized text. */
  at: [number, number][];
}

export interface Risk {
  score: number;
  reasons: RiskReason[];
}

export interface RiskOptions {
  lang?: Lang;
  allow?: readonly string[];
  /** Special-category mentions left in place (policy 'flag'). */
  flagged?: number;
}

const weights: Record<RiskKind, number> = { capitalised: 0.25, digits: 0.5, code: 0.5, special_flag: 0.7 };
/** A run of capitalised words ("Wetherby Grange Hotel") is a likelier name than one word. */
const runWeight = 0.5;
const perKindCap = 3;

const placeholderRe = /\[[A-Z_]+(?:_\d+)?\]/g;
const capitalisedRe = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}'’-]{1,}(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]{1,})*/gu;
const digitRunRe =
  /(?<![\p{L}\p{N}])(?:\d[\s./-]?){4,}\d(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{2,}(?:[\s./-]\d{2,}){2,}/gu;
const codeRe = /(?<![\p{L}\p{N}])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{4,}(?![\p{L}\p{N}])/gu;
const dateLike = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

function sentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[.!?\n:;"'(\]>-]/.test(text[i]!);
}

export function residualRisk(anonymized: string, options: RiskOptions = {}): Risk {
  // Placeholders are explained by definition; blank them (same length, offsets stay valid).
  const text = anonymized.replace(placeholderRe, (m) => ' '.repeat(m.length));
  const allowed = new Set((options.allow ?? []).map((a) => a.toLowerCase()));
  const found: Record<RiskKind, [number, number][]> = {
    capitalised: [],
    digits: [],
    code: [],
    special_flag: [],
  };

  let runs = 0;
  for (const m of text.matchAll(capitalisedRe)) {
    const words = m[0].split(/\s+/);
    // Drop a sentence-initial first word; what is left must still be unexplained.
    let start = m.index;
    if (sentenceStart(text, start)) {
      words.shift();
      start = m.index + m[0].length - words.join(' ').length;
    }
    const meaningful = words.filter((w) => !isStopword(w.toLowerCase()));
    if (!meaningful.length || allowed.has(words.join(' ').toLowerCase())) continue;
    if (options.lang === 'de' && meaningful.length < 2) continue;
    found.capitalised.push([start, m.index + m[0].length]);
    if (meaningful.length > 1) runs++;
  }
  for (const m of text.matchAll(digitRunRe)) {
    if (dateLike.test(m[0]) || /^(?:19|20)\d{2}$/.test(m[0])) continue;
    found.digits.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(codeRe)) found.code.push([m.index, m.index + m[0].length]);
  if (options.flagged) found.special_flag.push(...new Array(options.flagged).fill([0, 0]));

  let sum = 0;
  const reasons: RiskReason[] = [];
  for (const kind of Object.keys(found) as RiskKind[]) {
    const at = found[kind];
    if (!at.length) continue;
    const strong = kind === 'capitalised' ? Math.min(runs, perKindCap) : 0;
    sum += runWeight * strong + weights[kind] * Math.min(at.length - strong, perKindCap - strong);
    reasons.push({ kind, count: at.length, at: kind === 'special_flag' ? [] : at });
  }
  return { score: 1 - Math.exp(-sum), reasons };
}

/** A conversation is as risky as its riskiest message, a little more with each risky one. */
export function conversationRisk(messages: readonly Risk[]): Risk {
  const scores = messages.map((m) => m.score).sort((a, b) => b - a);
  const combined = 1 - scores.reduce((p, s) => p * (1 - s), 1);
  const reasons = new Map<RiskKind, RiskReason>();
  for (const m of messages) {
    for (const r of m.reasons) {
      const prev = reasons.get(r.kind);
      reasons.set(r.kind, { kind: r.kind, count: (prev?.count ?? 0) + r.count, at: [] });
    }
  }
  return { score: combined, reasons: [...reasons.values()] };
}

export const defaultReviewThreshold = 0.5;
