import {
  type DetectContext,
  type EntityType,
  type ModelRecognizer,
  type ModelStatus,
  nameTypes,
  type Span,
} from '../anonymize.types.js';
import { withWordClasses } from '../tagger/tagger.features.models.js';
import { defaultGazetteer } from '../tagger/tagger.gazetteer.js';
import type { TaggerModel } from '../tagger/tagger.models.js';
import { nerFeatures, type SequenceCache, tagText } from '../tagger/tagger.tag.models.js';
import { loadShippedTagger, shippedModelsDir } from './tagger-load.js';

export { shippedModelsDir };

/**
 * The NER tagger the project trains itself (npm run train:ner) and ships in models/ner-tagger/:
 * persons, organisations and places in running text, in every supported language, on the CPU in
 * process. Like every model recognizer it checks its file against the models manifest and turns
 * itself off with a visible reason when the file is missing or corrupt.
 */
export const TAGGER_FOLDER = 'ner-tagger';
export const TAGGER_FILE = 'tagger.bin.gz';

export interface TaggerRecognizer extends ModelRecognizer {
  status(): ModelStatus;
  /** Forgets the decoded sequences (the benchmark times each pass from an empty cache). */
  resetCache(): void;
}

const types: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' };

export function createTaggerRecognizer(options: { modelsDir?: string } = {}): TaggerRecognizer {
  const modelsDir = options.modelsDir ?? shippedModelsDir;
  let status: ModelStatus = { state: 'unloaded' };
  let model: TaggerModel | null = null;
  const cache: SequenceCache = new Map();

  return {
    name: 'ner-tagger',
    types: [...nameTypes],
    status: () => status,
    resetCache: () => cache.clear(),
    async load() {
      if (model) return;
      const loaded = await loadShippedTagger(modelsDir, {
        feature: 'ner',
        folder: TAGGER_FOLDER,
        file: TAGGER_FILE,
        what: 'NER tagger',
        fallback: 'the anonymizer runs on its rules alone',
      });
      model = loaded.model;
      status = loaded.status;
    },
    async detectBatch(contexts: DetectContext[]): Promise<Span[][]> {
      const m = model;
      if (!m) return contexts.map(() => []);
      return contexts.map((ctx) => tagSpansOf(m, ctx, cache));
    },
    async dispose() {
      model = null;
      cache.clear();
      status = { state: 'unloaded' };
    },
  };
}

function tagSpansOf(model: TaggerModel, ctx: DetectContext, cache: SequenceCache): Span[] {
  const out: Span[] = [];
  for (const e of tagText(
    model,
    nerFeatures(withWordClasses(defaultGazetteer, model.wordClasses)),
    ctx.text,
    ctx.lang,
    { cache },
  )) {
    const type = types[e.type];
    if (type) out.push({ start: e.start, end: e.end, type, source: 'ner-tagger', score: 0.8 });
  }
  return out;
}
