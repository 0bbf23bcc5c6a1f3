import path from 'node:path';
import { modelFileErrors } from '../../model-files/model-files.errors.js';
import { type ModelFeature, verifyModelFolder } from '../../model-files/model-files.manifest.js';
import { projectRoot } from '../../shared/paths.js';
import type { ModelStatus } from '../anonymize.types.js';
import { readModel } from '../tagger/tagger.file.js';
import type { TaggerModel } from '../tagger/tagger.models.js';

/**
 * The trained taggers ship with the product, like the lexicons: they are read from the package's
 * own models folder, not from VEILDRAFT_MODELS_DIR (where operators put the models they install),
 * so pointing that setting at a volume never loses them.
 */
export const shippedModelsDir = path.join(projectRoot, 'models');

export interface ShippedTagger {
  feature: Extract<ModelFeature, 'ner' | 'special'>;
  folder: string;
  file: string;
  /** For the operator: "NER tagger". */
  what: string;
  /** What runs without it: "the anonymizer runs on its rules alone". */
  fallback: string;
  tags?: readonly string[];
  /** The layout of the features its model was trained with (the NER tagger's when absent). */
  featureVersion?: number;
}

/**
 * Loads one of the project's own tagger models after checking its file against the models
 * manifest: the model, or the visible reason it is off (missing, corrupt or unreadable file).
 */
export async function loadShippedTagger(
  modelsDir: string,
  t: ShippedTagger,
): Promise<{ model: TaggerModel; status: ModelStatus } | { model: null; status: ModelStatus }> {
  const problem = await verifyModelFolder(modelsDir, t.feature, t.folder, {
    what: t.what,
    fallback: t.fallback,
  });
  if (problem) return { model: null, status: { state: 'disabled', error: problem } };
  try {
    const { model } = readModel(path.join(modelsDir, t.folder, t.file), t.tags, t.featureVersion);
    return { model, status: { state: 'ready' } };
  } catch (cause) {
    const error = modelFileErrors.loadFailed(
      { feature: t.feature, what: `${t.what} in ${t.folder}`, fallback: t.fallback },
      { cause },
    );
    return { model: null, status: { state: 'disabled', error } };
  }
}
