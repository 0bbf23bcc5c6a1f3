import path from 'node:path';
import { modelFileErrors } from '../../model-files/model-files.errors.js';
import { verifyModelFolder } from '../../model-files/model-files.manifest.js';
import { projectRoot } from '../../shared/paths.js';
import type { DetectContext, EntityType, ModelRecognizer, ModelStatus, Span } from '../anonymize.types.js';
import { readModel } from '../tagger/tagger.file.js';
import { defaultGazetteer } from '../tagger/tagger.gazetteer.js';
import type { TaggerModel } from '../tagger/tagger.models.js';
import { type SequenceCache, tagText } from '../tagger/tagger.tag.models.js';

/**
 * The NER tagger the project trains itself (npm run train:ner) and ships in models/ner-tagger/:
 * persons, organisations and places in running text, in every supported language, on the CPU in
 * process. Like every model recognizer it checks its file against the models manifest and turns
 * itself off with a visible reason when the file is missing or corrupt.
 */
export const TAGGER_FOLDER = 'ner-tagger';
/**
 * The tagger ships with the product, like the lexicons: it is read from the package's own models
 * folder, not from VEILDRAFT_MODELS_DIR (where operators put the models they install), so pointing
 * that setting at a volume never loses it.
 */
export const shippedModelsDir = path.join(projectRoot, 'models');
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
    types: ['PERSON', 'ORG', 'LOCATION'],
    status: () => status,
    resetCache: () => cache.clear(),
    async load() {
      if (model) return;
      const problem = await verifyModelFolder(modelsDir, 'ner', TAGGER_FOLDER, {
        what: 'NER tagger',
        fallback: 'the anonymizer runs on its rules alone',
      });
      if (problem) {
        status = { state: 'disabled', error: problem };
        return;
      }
      try {
        model = readModel(path.join(modelsDir, TAGGER_FOLDER, TAGGER_FILE)).model;
        status = { state: 'ready' };
      } catch (cause) {
        status = {
          state: 'disabled',
          error: modelFileErrors.loadFailed(
            {
              feature: 'ner',
              what: `NER tagger in ${TAGGER_FOLDER}`,
              fallback: 'the anonymizer runs on its rules alone',
            },
            { cause },
          ),
        };
      }
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
  for (const e of tagText(model, defaultGazetteer, ctx.text, ctx.lang, cache)) {
    const type = types[e.type];
    if (type) out.push({ start: e.start, end: e.end, type, source: 'ner-tagger', score: 0.8 });
  }
  return out;
}
