import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordManifestFiles, sha256File } from '../../src/model-files/model-files.manifest.js';
import { makeTinyEmbedding } from './make-tiny-embedding.js';
import { makeTinyGguf } from './make-tiny-gguf.js';
import { makeTinyNer } from './make-tiny-ner.js';

/**
 * `npm run models:tiny [-- <dir>]`: writes the three tiny models (NER, embedding, LLM) into a
 * models folder and records them in its manifest.json with their sha256, keeping entries for
 * other files. The test setup calls the same function for a git-ignored folder, so `npm test`
 * on a clean clone works offline. Default folder: models/ (local development).
 */
export const tinyModelNames = { ner: 'tiny-ner', embedding: 'tiny-embedding', llm: 'tiny-llm.gguf' } as const;

type Feature = keyof typeof tinyModelNames;
export interface TinyModelsReport {
  dir: string;
  generateMs: Record<Feature, number>;
}

export async function makeTinyModels(dir: string): Promise<TinyModelsReport> {
  const written: { feature: Feature; path: string }[] = [];
  const generateMs = {} as Record<Feature, number>;
  const timed = (feature: Feature, make: () => string[]) => {
    const started = performance.now();
    for (const file of make()) written.push({ feature, path: file });
    generateMs[feature] = Math.round((performance.now() - started) * 10) / 10;
  };
  const inFolder = (name: string, files: string[]) => files.map((f) => `${name}/${f}`);
  timed('ner', () => inFolder(tinyModelNames.ner, makeTinyNer(path.join(dir, tinyModelNames.ner))));
  timed('embedding', () =>
    inFolder(tinyModelNames.embedding, makeTinyEmbedding(path.join(dir, tinyModelNames.embedding))),
  );
  timed('llm', () => {
    makeTinyGguf(path.join(dir, tinyModelNames.llm));
    return [tinyModelNames.llm];
  });
  await writeManifest(dir, written);
  return { dir, generateMs };
}

async function writeManifest(dir: string, written: { feature: Feature; path: string }[]): Promise<void> {
  const added = await Promise.all(
    written.map(async (w) => ({ ...w, sha256: await sha256File(path.join(dir, w.path)) })),
  );
  recordManifestFiles(dir, added);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await makeTinyModels(path.resolve(process.argv[2] ?? 'models'));
  console.log(JSON.stringify(report));
}
