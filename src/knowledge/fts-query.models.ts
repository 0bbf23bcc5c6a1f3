import { isStopword } from '../shared/language.js';

/**
 * A safe FTS5 MATCH expression from an anonymized customer text. Every term is a double-quoted
 * string, so FTS5 never sees an operator from the mail (NEAR, AND, *, column filters with `:`,
 * parentheses): a customer cannot change the query's shape, and no input can make MATCH throw.
 * Terms are OR-ed; bm25() then rewards conversations that share more and rarer terms.
 *
 * The cost of an OR query is the length of its terms' doclists: one word that is in half of
 * 100,000 conversations costs more than twenty rare ones and adds almost nothing to bm25 (its
 * idf is near zero). So when document frequencies are known, the rarest terms are kept within a
 * budget of postings; without them, length stands in for rarity.
 */
export interface FtsQueryOptions {
  /** Most terms kept. */
  maxTerms?: number;
  /** Shorter tokens carry little meaning and match too much. */
  minLength?: number;
  /** Estimated number of indexed conversations that contain a term (see term-stats.ts). */
  docFrequency?: (term: string) => number;
  /** Upper bound on the summed document frequencies of the kept terms (at least one is kept). */
  postingBudget?: number;
}

/** Anonymizer placeholders (`[PERSON_1]`, `[AGENT]`) and drafting gaps (`[[fill in: …]]`). */
const placeholderRe = /\[\[[^\]]*\]\]|\[[A-Z][A-Z_]*(?:_\d+)?\]/g;
/** Roughly the token characters of FTS5's unicode61 tokenizer: letters, digits, marks. */
const tokenRe = /[\p{L}\p{N}\p{M}]+/gu;
const marksRe = /\p{M}/gu;
const maxTokenLength = 40;

/**
 * Tokens as the index sees them: lowercase, diacritics removed (the table's tokenizer uses
 * `remove_diacritics 2`), so document frequencies can be looked up by the same key.
 */
export function indexTokens(text: string): string[] {
  return (text.normalize('NFD').replace(marksRe, '').toLowerCase().match(tokenRe) ?? []) as string[];
}

/** Candidate terms, most informative first (by length and repetition), without placeholders and stopwords. */
export function ftsTerms(text: string, options: Pick<FtsQueryOptions, 'minLength'> = {}): string[] {
  const minLength = options.minLength ?? 3;
  const counts = new Map<string, { n: number; first: number }>();
  let order = 0;
  for (const t of indexTokens(text.replace(placeholderRe, ' '))) {
    if (t.length < minLength || t.length > maxTokenLength) continue;
    // Numbers rarely carry over between customers (amounts, dates, what the anonymizer left).
    if (/^\p{N}+$/u.test(t) || isStopword(t)) continue;
    const seen = counts.get(t);
    if (seen) seen.n++;
    else counts.set(t, { n: 1, first: order++ });
  }
  // Long words are rarer (compound nouns, product names); a word the customer repeats is what
  // the mail is about.
  const weight = (t: string, c: { n: number }) => Math.min(t.length, 12) + Math.min(c.n - 1, 2);
  return [...counts.entries()]
    .sort((a, b) => weight(b[0], b[1]) - weight(a[0], a[1]) || a[1].first - b[1].first)
    .map(([t]) => t);
}

/** The terms to search for: the rarest within the posting budget when frequencies are known. */
export function pickTerms(candidates: readonly string[], options: FtsQueryOptions = {}): string[] {
  const maxTerms = options.maxTerms ?? 24;
  const df = options.docFrequency;
  if (!df) return candidates.slice(0, maxTerms);
  const budget = options.postingBudget ?? Number.POSITIVE_INFINITY;
  const ranked = candidates.map((t, i) => ({ t, i, n: df(t) })).sort((a, b) => a.n - b.n || a.i - b.i);
  const out: string[] = [];
  let spent = 0;
  for (const c of ranked) {
    if (out.length >= maxTerms) break;
    if (out.length > 0 && spent + c.n > budget) break;
    spent += c.n;
    out.push(c.t);
  }
  return out;
}

export function matchExpression(terms: readonly string[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ');
}

/** The MATCH expression, or null when the text has no usable term (then skip full-text search). */
export function ftsMatchExpression(text: string, options: FtsQueryOptions = {}): string | null {
  return matchExpression(pickTerms(ftsTerms(text, options), options));
}
