import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * models/manifest.json lists every model file with its sha256 (see the README, "Models"): the
 * files are copied onto the appliance by the operator. Nothing is downloaded at run time: a file
 * that is missing or does not match disables only the feature that needs it.
 */
const manifestSchema = z.object({
  files: z.array(
    z.object({
      feature: z.enum(['ner', 'embedding', 'llm']),
      path: z.string().regex(/^[A-Za-z0-9._\-/]+$/),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

export type ModelFileStatus = { feature: string; path: string; status: 'ok' | 'missing' | 'corrupt' };

export function readManifest(modelsDir: string): z.infer<typeof manifestSchema> {
  const file = path.join(modelsDir, 'manifest.json');
  if (!existsSync(file)) return { files: [] };
  return manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
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
