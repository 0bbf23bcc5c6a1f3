import type { Config } from '../../config/config.schema.js';
import type { ModelRecognizer } from '../anonymize.types.js';
import { createNerRecognizer } from './ner.js';

/**
 * The model-backed recognizers, built from config and handed to createDetector({ models }).
 * Each one checks its files against the models manifest in load() and turns itself off with a
 * visible reason (status()) when they are missing or corrupt, so building them never fails.
 */
export function modelRecognizers(config: Pick<Config, 'modelsDir' | 'nerModel'>): ModelRecognizer[] {
  const out: ModelRecognizer[] = [];
  if (config.nerModel) out.push(createNerRecognizer({ modelsDir: config.modelsDir, model: config.nerModel }));
  return out;
}
