import { detectLanguage } from '../shared/language.js';
import {
  type DetectContext,
  type DetectInput,
  directTypes,
  type EntityType,
  type ModelRecognizer,
  quasiTypes,
  type Recognizer,
  type Span,
  specialTypes,
  type TermLists,
} from './anonymize.types.js';
import { mergeSpans } from './merge.models.js';
import { growOrgSpans } from './org-growth.models.js';
import { withoutHolidayNames } from './recognizers/holidays.js';
import { loadRecognizers, recognizers as registered } from './recognizers/registry.js';
import { termsRegex } from './text.models.js';

/**
 * The detector: built once (term lists compiled, models loaded), then used for many texts.
 *
 * detect(input) runs every registered rule recognizer on the resolved context, adds the
 * deny-list matches (always a span), drops spans that lie inside an allow-listed term (the
 * organisation's own name, products, public addresses), then merges overlaps by the priority in
 * merge.models.ts. detectMany() does the same and adds the model recognizers, batched.
 *
 * Deny-list terms may carry a type prefix, "ORG:Sunrise Clinic"; without one they are PERSON,
 * because the review queue adds deny terms mostly for names the recognizers missed.
 */
export interface DetectorOptions {
  lists?: Partial<TermLists>;
  /** Defaults to the registry; tests pass a subset. */
  recognizers?: readonly Recognizer[];
  models?: readonly ModelRecognizer[];
  /** Texts per model call. */
  batchSize?: number;
}

export interface Detector {
  readonly lists: TermLists;
  context(input: DetectInput): DetectContext;
  detect(input: DetectInput): Span[];
  /** With the model recognizers; results in input order. */
  detectMany(inputs: readonly DetectInput[]): Promise<Span[][]>;
  load(): Promise<void>;
  dispose(): Promise<void>;
}

/** Types an allow-listed term removes on any overlap, not only when it contains the span. */
const looseTypes = new Set<EntityType>(['ORG', 'LOCATION', 'ADDRESS']);
const allTypes = new Set<string>([...directTypes, ...quasiTypes, ...specialTypes]);

interface TermMatcher {
  re: RegExp;
  types: Map<string, EntityType>;
}

/** Normalised for comparing terms: lower case, collapsed whitespace. */
function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One case-insensitive alternation of all terms, longest first, on word boundaries. */
function compileTerms(terms: readonly string[], typed: boolean): TermMatcher | undefined {
  const types = new Map<string, EntityType>();
  for (const raw of terms) {
    let term = raw.trim();
    let type: EntityType = 'PERSON';
    const prefix = /^([A-Z_]+):\s*(.+)$/.exec(term);
    if (typed && prefix && allTypes.has(prefix[1]!)) {
      type = prefix[1] as EntityType;
      term = prefix[2]!;
    }
    if (term.length >= 2) types.set(norm(term), type);
  }
  const re = termsRegex(types.keys());
  return re ? { re, types } : undefined;
}

export function createDetector(options: DetectorOptions = {}): Detector {
  const lists: TermLists = {
    allow: [...(options.lists?.allow ?? [])],
    deny: [...(options.lists?.deny ?? [])],
  };
  const rules = options.recognizers ?? registered;
  const models = options.models ?? [];
  const batchSize = options.batchSize ?? 16;
  const allow = compileTerms(lists.allow, false);
  const deny = compileTerms(lists.deny, true);

  function context(input: DetectInput): DetectContext {
    const lang =
      input.lang ??
      detectLanguage(input.text) ??
      (input.thread?.length ? detectLanguage(input.thread.join('\n')) : undefined) ??
      'en';
    return {
      text: input.text,
      lang,
      participants: input.participants ?? [],
      thread: input.thread ?? [],
      lists,
    };
  }

  function denySpans(text: string): Span[] {
    if (!deny) return [];
    const out: Span[] = [];
    for (const m of text.matchAll(deny.re)) {
      const type = deny.types.get(norm(m[0])) ?? 'PERSON';
      out.push({ start: m.index, end: m.index + m[0].length, type, source: 'deny-list', score: 1 });
    }
    return out;
  }

  /**
   * Drops spans inside an allow-listed term, and organisation/place/address spans that touch one
   * ("Acme Insurance AG" when "Acme Insurance" is allowed). Deny-list spans always stay.
   */
  function applyAllow(text: string, spans: Span[]): Span[] {
    if (!allow) return spans;
    const allowed: [number, number][] = [];
    for (const m of text.matchAll(allow.re)) allowed.push([m.index, m.index + m[0].length]);
    if (!allowed.length) return spans;
    return spans.filter(
      (s) =>
        s.source === 'deny-list' ||
        !allowed.some(([a, b]) =>
          looseTypes.has(s.type) ? s.start < b && s.end > a : s.start >= a && s.end <= b,
        ),
    );
  }

  function finish(ctx: DetectContext, found: Span[]): Span[] {
    const grown = withoutHolidayNames(ctx.text, ctx.lang, growOrgSpans(ctx.text, found, ctx.lang));
    grown.push(...denySpans(ctx.text));
    return mergeSpans(applyAllow(ctx.text, grown), ctx.text);
  }

  function ruleSpans(ctx: DetectContext): Span[] {
    const out: Span[] = [];
    for (const r of rules) for (const s of r.detect(ctx)) out.push(s);
    return out;
  }

  return {
    lists,
    context,
    detect(input) {
      const ctx = context(input);
      return finish(ctx, ruleSpans(ctx));
    },
    async detectMany(inputs) {
      const contexts = inputs.map(context);
      const found = contexts.map(ruleSpans);
      const withRules = contexts.map((ctx, i) => ({ ...ctx, ruleSpans: found[i]!.slice() }));
      // Batch by batch, every model in turn: the taggers share a text's tokens while it is recent.
      for (let i = 0; i < contexts.length; i += batchSize) {
        const texts = withRules.slice(i, i + batchSize);
        for (const model of models) {
          const batch = await model.detectBatch(texts);
          for (const [j, spans] of batch.entries()) found[i + j]!.push(...spans);
        }
      }
      return contexts.map((ctx, i) => finish(ctx, found[i]!));
    },
    async load() {
      loadRecognizers(rules);
      for (const m of models) await m.load();
    },
    async dispose() {
      for (const m of models) await m.dispose();
    },
  };
}
