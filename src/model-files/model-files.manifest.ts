import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AppError } from '../shared/errors.js';
import { modelFileErrors } from './model-files.errors.js';

/**
 * models/manifest.json lists every model file with its sha256 (see the README, "Models"): the
 * files are copied onto the appliance by the operator. Nothing is downloaded at run time: a file
 * that is missing or does not match disables only the feature that needs it.
 */
const manifestSchema = z.object({
  files: z.array(
    z.object({
      feature: z.enum(['ner', 'special', 'embedding', 'llm']),
      path: z.string().regex(/^[A-Za-z0-9._\-/]+$/),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

export type ModelFileStatus = { feature: string; path: string; status: 'ok' | 'missing' | 'corrupt' };

/** How the console names a model file's feature and check result. */
export const modelFeatureLabels: Record<string, string> = {
  ner: 'Name recognition (anonymizer)',
  special: 'Special-category phrases (anonymizer)',
  embedding: 'Embeddings (finding similar replies)',
  llm: 'Language model (drafting)',
};
export const modelStatusLabels: Record<ModelFileStatus['status'], string> = {
  ok: 'present, verified',
  missing: 'missing',
  corrupt: 'does not match the manifest (damaged or replaced)',
};

export function readManifest(modelsDir: string): z.infer<typeof manifestSchema> {
  const file = path.join(modelsDir, 'manifest.json');
  if (!existsSync(file)) return { files: [] };
  return manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Adds `files` to the manifest, replacing entries of the same path and keeping the others; the
 * new manifest is swapped in by rename, so a starting appliance never reads half of it.
 */
export function recordManifestFiles(
  modelsDir: string,
  files: { feature: ModelFeature; path: string; sha256: string }[],
): void {
  const ours = new Set(files.map((f) => f.path));
  let previous: z.infer<typeof manifestSchema>;
  try {
    previous = readManifest(modelsDir);
  } catch (cause) {
    throw modelFileErrors.manifestInvalid({ modelsDir, fallback: 'nothing was recorded' }, { cause });
  }
  const kept = previous.files.filter((f) => !ours.has(f.path));
  const file = path.join(modelsDir, 'manifest.json');
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ files: [...kept, ...files] }, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

export async function checkModels(modelsDir: string): Promise<ModelFileStatus[]> {
  const manifest = readManifest(modelsDir);
  return Promise.all(
    manifest.files.map(async (f) => {
      const full = path.join(modelsDir, f.path);
      if (!existsSync(full)) return { feature: f.feature, path: f.path, status: 'missing' as const };
      const hash = await sha256File(full);
      return {
        feature: f.feature,
        path: f.path,
        status: hash === f.sha256 ? ('ok' as const) : ('corrupt' as const),
      };
    }),
  );
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (d) => h.update(d))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

export type ModelFeature = z.infer<typeof manifestSchema>['files'][number]['feature'];

/**
 * Checks the files of one model folder (transformers.js layout) against the manifest: only this
 * folder's entries, because hashing the whole manifest would read a multi-GB GGUF too. Returns
 * null when every listed file is present and matches, else the reason as an AppError with code
 * `models.<feature>_missing`, `models.<feature>_corrupt` or `models.manifest_invalid`.
 * `what` names the feature for the operator ("transformer NER"), `fallback` what happens without it.
 */
export async function verifyModelFolder(
  modelsDir: string,
  feature: ModelFeature,
  folder: string,
  text: { what: string; fallback: string },
): Promise<AppError | null> {
  const where = path.join(modelsDir, folder);
  let entries: { path: string; sha256: string }[];
  try {
    entries = readManifest(modelsDir).files.filter(
      (f) => f.feature === feature && f.path.startsWith(`${folder}/`),
    );
  } catch (cause) {
    return modelFileErrors.manifestInvalid({ modelsDir, fallback: text.fallback }, { cause });
  }
  if (entries.length === 0 || entries.some((f) => !existsSync(path.join(modelsDir, f.path)))) {
    return modelFileErrors.folderMissing({ feature, what: text.what, where, fallback: text.fallback });
  }
  for (const f of entries) {
    if ((await sha256File(path.join(modelsDir, f.path))) !== f.sha256) {
      return modelFileErrors.fileCorrupt({ feature, what: text.what, file: f.path, fallback: text.fallback });
    }
  }
  return null;
}
