import { existsSync } from 'node:fs';
import path from 'node:path';
import { modelFileErrors } from '../../model-files/model-files.errors.js';
import { readManifest, sha256File } from '../../model-files/model-files.manifest.js';
import type { AppError } from '../../shared/errors.js';
import { llmErrors } from './llm.errors.js';

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
    return modelFileErrors.manifestInvalid(
      { modelsDir, fallback: 'drafting is off. Fix the file (README, "Models")' },
      { cause },
    );
  }
  if (!existsSync(file)) {
    return llmErrors.modelMissing({ file, modelsDir });
  }
  if (!entry) {
    return llmErrors.modelUnlisted({ model, file, modelsDir });
  }
  if ((await sha256File(file)) !== entry.sha256) {
    return llmErrors.modelCorrupt(file);
  }
  return { file };
}
