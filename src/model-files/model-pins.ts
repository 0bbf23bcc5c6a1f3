import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../shared/paths.js';
import { modelFileErrors } from './model-files.errors.js';
import type { ModelFeature } from './model-files.manifest.js';

/**
 * models/pins.json: the models `veildraft models fetch` installs, each by repository, revision
 * (a full commit hash) and the sha256 of every file. Kept as data, not code, so a release can
 * change a pin without touching the fetcher. A null revision or sha256 marks a value nobody has
 * verified yet: that model is refused, never downloaded unverified.
 */
const relativePath = z
  .string()
  .regex(/^[A-Za-z0-9._\-/]+$/)
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'leaves the model folder');

const pinSchema = z.object({
  repository: z.string().regex(/^[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/),
  revision: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .nullable(),
  licence: z.string(),
  description: z.string(),
  files: z
    .array(
      z.object({
        path: relativePath,
        as: relativePath.optional(),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable(),
        size: z.number().int().positive().optional(),
      }),
    )
    .min(1),
});

const pinsSchema = z.object({
  models: z.object({ llm: pinSchema, embedding: pinSchema, ner: pinSchema.optional() }),
});

export type ModelPin = z.infer<typeof pinSchema>;
export type ModelPins = z.infer<typeof pinsSchema>;
/** A pin whose revision and every sha256 are filled in. */
export type VerifiedPin = Omit<ModelPin, 'revision' | 'files'> & {
  revision: string;
  files: (Omit<ModelPin['files'][number], 'sha256'> & { sha256: string })[];
};

export const defaultPinsFile = path.join(projectRoot, 'models', 'pins.json');

export function readPins(file: string = defaultPinsFile): ModelPins {
  try {
    return pinsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (cause) {
    throw modelFileErrors.pinsInvalid(file, { cause });
  }
}

/** The pin with every value verified, or `models.pin_unverified` naming what is missing. */
export function verifiedPin(feature: ModelFeature, pin: ModelPin, file: string): VerifiedPin {
  const missing = [
    ...(pin.revision ? [] : ['revision']),
    ...pin.files.filter((f) => !f.sha256).map((f) => `sha256 of ${f.path}`),
  ];
  if (pin.revision === null || missing.length > 0) {
    throw modelFileErrors.pinUnverified({ feature, repository: pin.repository, missing, file });
  }
  return { ...pin, revision: pin.revision, files: pin.files.map((f) => ({ ...f, sha256: f.sha256 ?? '' })) };
}
