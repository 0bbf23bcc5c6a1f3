import type { Config } from '../../config/config.schema.js';
import type { ModelRecognizer } from '../anonymize.types.js';
import { createNerRecognizer } from './ner.js';
import { createTaggerRecognizer } from './tagger-ner.js';
import { createSpecialTaggerRecognizer } from './tagger-special.js';

/**
 * The model-backed recognizers, built from config and handed to createDetector({ models }): the
 * project's own NER tagger by default, or a transformer NER the operator installed instead, and
 * always the project's special-category tagger (it does not depend on the NER choice). Each
 * one checks its files against the models manifest in load() and turns itself off with a visible
 * reason (status()) when they are missing or corrupt, so building them never fails.
 */
export function modelRecognizers(
  config: Pick<Config, 'modelsDir' | 'nerModel' | 'nerEngine'>,
): ModelRecognizer[] {
  const special = createSpecialTaggerRecognizer();
  if (config.nerEngine === 'tagger') return [createTaggerRecognizer(), special];
  if (config.nerEngine === 'transformer' && config.nerModel)
    return [createNerRecognizer({ modelsDir: config.modelsDir, model: config.nerModel }), special];
  return [special];
}
