import { existsSync } from 'node:fs';
import path from 'node:path';
import { readManifest, sha256File } from '../../model-files/model-files.manifest.js';
import { AppError } from '../../shared/errors.js';

/**
 * The GGUF named by VEILDRAFT_LLM_MODEL must be in the models folder and listed in its
 * manifest.json (feature `llm`) with a matching sha256 before node-llama-cpp reads it: a
 * truncated copy or a file nobody vetted never reaches the native loader. Only this file is
 * hashed (a few seconds per GB, once per start). Returns the full path, or the reason drafting is off.
 */
export async function verifyLlmModel(modelsDir: string, model: string): Promise<{ file: string } | AppError> {
  const file = path.join(modelsDir, model);
  let entry: { sha256: string } | undefined;
  try {
    entry = readManifest(modelsDir).files.find((f) => f.feature === 'llm' && f.path === model);
  } catch (cause) {
    return new AppError(
      'models.manifest_invalid',
      `${modelsDir}/manifest.json cannot be read; drafting is off. Fix the file (README, "Models").`,
      { cause, permanent: true },
    );
  }
  if (!existsSync(file)) {
    return new AppError(
      'llm.model_missing',
      `No language model at ${file}; drafting is off. Copy a GGUF file there (or set VEILDRAFT_LLM_MODEL to the file's name) and list it with its sha256 in ${modelsDir}/manifest.json (README, "Models").`,
      { permanent: true },
    );
  }
  if (!entry) {
    return new AppError(
      'llm.model_unlisted',
      `The language model ${model} is not listed in ${modelsDir}/manifest.json; drafting is off. Add it with feature "llm" and its sha256 (sha256sum ${file}) (README, "Models").`,
      { permanent: true },
    );
  }
  if ((await sha256File(file)) !== entry.sha256) {
    return new AppError(
      'llm.model_corrupt',
      `The language model ${file} does not match its sha256 in the models manifest; drafting is off. Copy the file again (an interrupted copy is the usual cause) or update its sha256 (README, "Models").`,
      { permanent: true },
    );
  }
  return { file };
}
