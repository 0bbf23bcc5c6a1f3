import type { DetectContext, ModelRecognizer, ModelStatus, Span, SpecialType } from '../anonymize.types.js';
import { specialTypes } from '../anonymize.types.js';
import type { TaggerModel } from '../tagger/tagger.models.js';
import { specialEmissions } from '../tagger/tagger.special-emissions.models.js';
import {
  markTokens,
  SPECIAL_FEATURE_VERSION,
  specialFeatures,
  specialTags,
} from '../tagger/tagger.special-features.models.js';
import { type EvidenceCache, specialGate } from '../tagger/tagger.special-gate.models.js';
import { type SequenceCache, tagText } from '../tagger/tagger.tag.models.js';
import { growSpecialSpan, specialCategorySpans } from './special-categories.js';
import { loadShippedTagger, shippedModelsDir } from './tagger-load.js';

/**
 * The special-category tagger the project trains itself (npm run train:special) and ships in
 * models/special-tagger/: GDPR Art. 9 phrases no word list names ("we keep Shabbat", "since my
 * chemo", "I'm on the works council for the union"), in every supported language. It reads the
 * rule recognizers' special-category hits as features and adds its own spans; merging decides
 * overlaps by the usual priority. Missing or corrupt file: off, with a visible reason.
 */
export const SPECIAL_TAGGER_FOLDER = 'special-tagger';
export const SPECIAL_TAGGER_FILE = 'special.bin.gz';

export interface SpecialTaggerRecognizer extends ModelRecognizer {
  status(): ModelStatus;
  resetCache(): void;
}

const specialSet = new Set<string>(specialTypes);

/** The features as training computes them, and the same scores computed faster for inference. */
const specialFeaturize = Object.assign(
  (words: readonly string[], lang: string, marks?: Uint8Array) => specialFeatures(words, lang, marks),
  { emissions: specialEmissions },
);

/** A phrase needs a word of three letters or more: "my" or "(" alone is never the fact. */
const substantial = /\p{L}{3}/u;
/**
 * Capitals alone ("REAL PERSON", a shouted line) look like the union and party acronyms of the
 * training text; an acronym is what the lexicons know, so such a span counts only with a rule hit.
 */
const capitalsOnly = /^[^\p{Ll}]*$/u;

export function createSpecialTaggerRecognizer(
  options: { modelsDir?: string /** Off only to measure what the gate saves. */; gate?: boolean } = {},
): SpecialTaggerRecognizer {
  const modelsDir = options.modelsDir ?? shippedModelsDir;
  let status: ModelStatus = { state: 'unloaded' };
  let model: TaggerModel | null = null;
  const cache: SequenceCache = new Map();
  const evidence: EvidenceCache = new Map();

  return {
    name: 'special-tagger',
    types: specialTypes,
    status: () => status,
    // The gate's word evidence stays: like the features' word hashes it depends on the model only.
    resetCache: () => cache.clear(),
    async load() {
      if (model) return;
      const loaded = await loadShippedTagger(modelsDir, {
        feature: 'special',
        folder: SPECIAL_TAGGER_FOLDER,
        file: SPECIAL_TAGGER_FILE,
        what: 'special-category tagger',
        fallback: 'special categories are found by the lexicons and patterns alone',
        tags: specialTags,
        featureVersion: SPECIAL_FEATURE_VERSION,
      });
      model = loaded.model;
      status = loaded.status;
    },
    async detectBatch(contexts: DetectContext[]): Promise<Span[][]> {
      const m = model;
      if (!m) return contexts.map(() => []);
      return contexts.map((ctx) =>
        specialTaggerSpans(m, ctx, { cache, gate: options.gate === false ? false : { evidence } }),
      );
    },
    async dispose() {
      model = null;
      cache.clear();
      evidence.clear();
      status = { state: 'unloaded' };
    },
  };
}

/**
 * The gate (see tagger.special-gate.models.ts): on by default; `false` decodes every sequence.
 * `evidence` keeps the words' evidence across calls (one map per model).
 */
export type SpecialGateOptions = false | { threshold?: number; evidence?: EvidenceCache };

/** The tagger's spans for one text; the rules' hits come from the context or are computed here. */
export function specialTaggerSpans(
  model: TaggerModel,
  ctx: DetectContext,
  options: { cache?: SequenceCache; gate?: SpecialGateOptions } = {},
): Span[] {
  const rules = (ctx.ruleSpans ?? specialCategorySpans(ctx.text, ctx.lang, ctx.participants)).filter((s) =>
    specialSet.has(s.type),
  );
  const out: Span[] = [];
  const g = options.gate;
  for (const e of tagText(model, specialFeaturize, ctx.text, ctx.lang, {
    cache: options.cache,
    marksOf: (tokens) => markTokens(tokens, rules),
    gate: g === false ? undefined : specialGate(model, ctx.lang, g?.threshold, g?.evidence),
  }))
    if (
      substantial.test(ctx.text.slice(e.start, e.end)) &&
      (!capitalsOnly.test(ctx.text.slice(e.start, e.end)) ||
        rules.some((r) => r.start < e.end && r.end > e.start))
    ) {
      const span: Span = {
        start: e.start,
        end: e.end,
        type: e.type as SpecialType,
        source: 'special-tagger',
        score: 0.75,
      };
      growSpecialSpan(ctx.text, span, ctx.lang);
      out.push(span);
    }
  return out;
}
