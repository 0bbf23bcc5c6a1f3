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
  pinsInvalid: createErrorFactory({
    code: 'models.pins_invalid',
    message: (file: string) => `The model pin file ${file} cannot be read; fix it (README, "Models").`,
    permanent: true,
  }),
  pinUnverified: createErrorFactory({
    code: 'models.pin_unverified',
    message: (p: { feature: ModelFeature; repository: string; missing: string[]; file: string }) =>
      `The ${p.feature} pin (${p.repository}) has no verified ${p.missing.join(', ')} in ${p.file}; nothing is downloaded unverified. Fill in the full commit hash and each file's sha256 from the hub's file pages, or choose another model with --only.`,
    status: 400,
  }),
  checksumMismatch: createErrorFactory({
    code: 'models.checksum_mismatch',
    message: (p: { file: string; expected: string; actual: string }) =>
      `${p.file} does not match its pinned sha256 (expected ${p.expected}, got ${p.actual}); the file was removed. Fetch it again; if it fails again, the source does not serve the pinned file.`,
    permanent: true,
  }),
  transferFailed: createErrorFactory({
    code: 'models.transfer_failed',
    message: (p: { what: string; reason: string }) =>
      `Fetching ${p.what} failed: ${p.reason}. Run the command again: it resumes where it stopped.`,
  }),
  sourceMissing: createErrorFactory({
    code: 'models.source_missing',
    message: (p: { file: string; dir: string }) =>
      `${p.file} is not in ${p.dir}. Copy the model's files there as <repository>/<path> (README, "Models").`,
    status: 400,
  }),
  embeddingNotLoaded: createErrorFactory({
    code: 'models.embedding_not_loaded',
    message: 'The embedding model is not loaded.',
  }),
};

export type ModelFileErrorCode = ErrorCodes<typeof modelFileErrors>;
