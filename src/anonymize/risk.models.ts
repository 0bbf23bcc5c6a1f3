import { isStopword } from '../shared/language.js';
import type { Lang } from './anonymize.types.js';
import { digitsOf, termsRegex } from './text.models.js';

/**
 * Residual risk of an anonymized text: what survived that still looks like it could identify
 * someone. Pure. Conversations above the threshold go to the privacy officer's review queue.
 *
 * Signals (each with a weight, capped per kind so one long list cannot dominate):
 * - unexplained capitalised tokens that are not at a sentence start, not function words, not
 *   placeholders, not allow-listed, and not written in lower case elsewhere in the thread
 *   ("Cliente" when "cliente" occurs): a missed name, place or employer; runs of several such
 *   words weigh twice as much as a single word. German capitalises
 *   every noun, so there only runs of two or more such tokens count ("Klinik Sonnenhof");
 * - digit runs of 6+ digits outside placeholders, amounts and dates: missed phone, account, ID;
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
  /** Lower-case words of the thread: their capitalised forms are common words, not names. */
  vocabulary?: ReadonlySet<string>;
}

const weights: Record<RiskKind, number> = { capitalised: 0.25, digits: 0.5, code: 0.5, special_flag: 0.7 };
/** A run of capitalised words ("Wetherby Grange Hotel") is a likelier name than one word. */
const runWeight = 0.5;
const perKindCap = 3;

const placeholderRe = /\[[A-Z_]+(?:_\d+)?\]/g;
// A capitalised word has a lower-case second letter ("R-", "IBAN" are not); a run stays on one line.
const capitalisedRe =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)*/gu;
const lowerWordRe = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]+/gu;
// Prices and amounts: 112.80, 1.250,00, 32 500, 18.402 (thousands).
const amountLike = /^\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d{1,2})?$/;
const digitRunRe =
  /(?<![\p{L}\p{N}])(?:\d[\s./-]?){4,}\d(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{2,}(?:[\s./-]\d{2,}){2,}/gu;
const codeRe = /(?<![\p{L}\p{N}])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{4,}(?![\p{L}\p{N}])/gu;
const dateLike = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

function sentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[.!?\n:;"'(\]>-]/.test(text[i]!);
}

/** Capitalised in English or German by convention, not because they name someone. */
const conventional = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'januar februar märz juni juli oktober dezember mr mrs ms dr sir madam herr frau mme madame monsieur ' +
    'dhr mevr sr sra srta señor señora fru hr'
  ).split(' '),
);

/** Compiled once per allow-list (the detector keeps one list object for its lifetime). */
const allowRegexes = new WeakMap<readonly string[], RegExp | undefined>();

/** Blanks what is explained (placeholders, allow-listed terms); offsets stay valid. */
function blankExplained(text: string, allow: readonly string[]): string {
  const out = text.replace(placeholderRe, (m) => ' '.repeat(m.length));
  let re = allowRegexes.get(allow);
  if (re === undefined && !allowRegexes.has(allow)) {
    re = termsRegex(allow);
    allowRegexes.set(allow, re);
  }
  return re ? out.replace(re, (m) => m.replace(/\S/g, ' ')) : out;
}

/** Lower-case words of a text: a capitalised word that also appears in lower case is a common word. */
export function lowercaseVocabulary(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(lowerWordRe)) out.add(m[0]);
  return out;
}

export function residualRisk(anonymized: string, options: RiskOptions = {}): Risk {
  const text = blankExplained(anonymized, options.allow ?? []);
  const allowWords = new Set((options.allow ?? []).flatMap((a) => a.toLowerCase().split(/\s+/)));
  const vocabulary = options.vocabulary ?? lowercaseVocabulary([anonymized]);
  const explained = (w: string) => {
    const lw = w.toLowerCase();
    return isStopword(lw) || conventional.has(lw) || allowWords.has(lw) || vocabulary.has(lw);
  };
  const found: Record<RiskKind, [number, number][]> = {
    capitalised: [],
    digits: [],
    code: [],
    special_flag: [],
  };

  let runs = 0;
  for (const m of text.matchAll(capitalisedRe)) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ start: m.index + w.index, value: w[0] }));
    // Drop a sentence-initial first word; what is left must still be unexplained.
    if (sentenceStart(text, m.index)) words.shift();
    const unexplained = words.filter((w) => !explained(w.value));
    if (!unexplained.length) continue;
    if (options.lang === 'de' && unexplained.length < 2) continue;
    found.capitalised.push([unexplained[0]!.start, m.index + m[0].length]);
    if (unexplained.length > 1) runs++;
  }
  for (const m of text.matchAll(digitRunRe)) {
    if (dateLike.test(m[0]) || amountLike.test(m[0]) || digitsOf(m[0]).length < 6) continue;
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

/**
 * A conversation is as risky as its riskiest message, plus a quarter of the remaining headroom
 * times the second riskiest: long threads should not reach review on small signals summed up.
 */
export function conversationRisk(messages: readonly Risk[]): Risk {
  const scores = messages.map((m) => m.score).sort((a, b) => b - a);
  const [first = 0, second = 0] = scores;
  const combined = first + (1 - first) * 0.25 * second;
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
