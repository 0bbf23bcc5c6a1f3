import path from 'node:path';
import { env } from '@huggingface/transformers';

/**
 * transformers.js keeps its settings in one global `env`, read while a pipeline loads. NER and
 * the embedder both load from the models folder: loads run one at a time through this function,
 * each with local files only (nothing is ever fetched) and `localModelPath` set to its own folder,
 * so two loads can never see each other's path.
 */
let queue: Promise<unknown> = Promise.resolve();

export function loadLocalModel<T>(modelsDir: string, load: () => Promise<T>): Promise<T> {
  const run = queue.then(() => {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = `${path.resolve(modelsDir)}${path.sep}`;
    return load();
  });
  queue = run.catch(() => undefined);
  return run;
}
