import { existsSync } from 'node:fs';
import path from 'node:path';
import { modelFileErrors } from './model-files.errors.js';
import { type ModelFeature, recordManifestFiles, sha256File } from './model-files.manifest.js';

/** What `models fetch` installs; the special-category tagger ships in the repository, never fetched. */
export type FetchableFeature = Exclude<ModelFeature, 'special'>;

import { type ModelPins, type VerifiedPin, verifiedPin } from './model-pins.js';
import {
  fileSource,
  httpSource,
  hubFileUrl,
  type TransferProgress,
  type TransferSource,
  transferFile,
} from './model-transfer.js';

/**
 * `veildraft models fetch`: installs the pinned models into the models folder and lists them in
 * its manifest.json, where the appliance's own checks (llama.files.ts, verifyModelFolder) find
 * them. Every pin is checked before the first byte moves, so an unverified pin fails the run
 * instead of leaving half a model set. A file already in place with the pinned sha256 is kept.
 * This is the only code in the appliance that downloads anything, and only the operator runs it.
 */
export interface FetchModelsInput {
  pins: ModelPins;
  /** Where the pins came from, for messages. */
  pinsFile: string;
  features: FetchableFeature[];
  modelsDir: string;
  /** Where each feature is installed: the configured GGUF file name and model folder names. */
  names: Record<FetchableFeature, string>;
  from: { hub: string } | { dir: string };
  onProgress: (p: TransferProgress) => void;
  retryDelayMs?: number;
}

export interface FetchedFile {
  feature: ModelFeature;
  path: string;
  outcome: 'installed' | 'present';
}

export async function fetchModels(input: FetchModelsInput): Promise<FetchedFile[]> {
  const plans = input.features.map((feature) => {
    const pin = input.pins.models[feature];
    if (!pin) {
      throw modelFileErrors.pinUnverified({
        feature,
        repository: '(none)',
        missing: ['model'],
        file: input.pinsFile,
      });
    }
    const verified = verifiedPin(feature, pin, input.pinsFile);
    // The llm feature is one GGUF file, installed under the configured file name.
    if (feature === 'llm' && verified.files.length !== 1) throw modelFileErrors.pinsInvalid(input.pinsFile);
    return { feature, pin: verified };
  });
  const results: FetchedFile[] = [];
  for (const { feature, pin } of plans) {
    const installed = await fetchModel(input, feature, pin);
    recordManifestFiles(
      input.modelsDir,
      installed.map((f) => ({ feature, path: f.path, sha256: f.sha256 })),
    );
    results.push(...installed.map((f) => ({ feature, path: f.path, outcome: f.outcome })));
  }
  return results;
}

async function fetchModel(input: FetchModelsInput, feature: FetchableFeature, pin: VerifiedPin) {
  const out: { path: string; sha256: string; outcome: FetchedFile['outcome'] }[] = [];
  for (const file of pin.files) {
    const local = feature === 'llm' ? input.names.llm : `${input.names[feature]}/${file.as ?? file.path}`;
    const dest = path.join(input.modelsDir, local);
    if (existsSync(dest) && (await sha256File(dest)) === file.sha256) {
      out.push({ path: local, sha256: file.sha256, outcome: 'present' });
      continue;
    }
    await transferFile(
      sourceOf(input.from, pin, file.path),
      { label: `${feature} ${local}`, dest, sha256: file.sha256, ...(file.size ? { size: file.size } : {}) },
      input.onProgress,
      input.retryDelayMs === undefined ? {} : { retryDelayMs: input.retryDelayMs },
    );
    out.push({ path: local, sha256: file.sha256, outcome: 'installed' });
  }
  return out;
}

/** From the hub by revision, or from `<dir>/<repository>/<path>` as copied onto an air-gapped machine. */
function sourceOf(from: FetchModelsInput['from'], pin: VerifiedPin, file: string): TransferSource {
  if ('dir' in from) return fileSource(path.join(from.dir, pin.repository, file), from.dir);
  return httpSource(hubFileUrl(from.hub, pin.repository, pin.revision, file));
}
