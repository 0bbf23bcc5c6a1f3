import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';
import type { ModelFeature } from './model-files.manifest.js';

/**
 * A model file that cannot be used (`models.*`): the feature that needs it is off, the rest of
 * the appliance runs. `fallback` says what happens without it ("drafting is off").
 */
export const modelFileErrors = {
  manifestInvalid: createErrorFactory({
    code: 'models.manifest_invalid',
    message: (p: { modelsDir: string; fallback: string }) =>
      `${p.modelsDir}/manifest.json cannot be read; ${p.fallback}.`,
    permanent: true,
  }),
  folderMissing: createErrorFactory({
    code: (p: { feature: ModelFeature; what: string; where: string; fallback: string }) =>
      `models.${p.feature}_missing` as const,
    message: (p) =>
      `No ${p.what} model at ${p.where} listed in the models manifest; ${p.fallback}. Copy the model there and list its files with their sha256 in manifest.json (README, "Models").`,
  }),
  fileCorrupt: createErrorFactory({
    code: (p: { feature: ModelFeature; what: string; file: string; fallback: string }) =>
      `models.${p.feature}_corrupt` as const,
    message: (p) =>
      `The ${p.what} model file ${p.file} does not match its sha256 in the models manifest; ${p.fallback}. Fetch the model again.`,
  }),
  /** Present and verified, but the runtime could not load it; the cause says why (for the log). */
  loadFailed: createErrorFactory({
    code: (p: { feature: 'ner' | 'special' | 'embedding'; what: string; fallback: string }) =>
      `models.${p.feature}_load_failed` as const,
    message: (p) => `The ${p.what} could not be loaded; ${p.fallback}.`,
  }),
  embeddingOff: createErrorFactory({
    code: 'models.embedding_off',
    message:
      'No embedding model is configured (VEILDRAFT_EMBEDDING_MODEL is empty); retrieval uses full-text search alone.',
  }),
  embeddingNotLoaded: createErrorFactory({
    code: 'models.embedding_not_loaded',
    message: 'The embedding model is not loaded.',
  }),
};

export type ModelFileErrorCode = ErrorCodes<typeof modelFileErrors>;
