import { readLlmBench } from '../draft/llm/llm-bench-report.usecases.js';
import type { Tx } from '../store/store.js';
import type { ModelFileStatus } from './model-files.manifest.js';
import { type ModelConfig, type ModelsOverview, modelsOverview } from './models-overview.models.js';

/**
 * The Models overview of the wizard and Settings: the manifest check (cached by the console, as
 * hashing a GGUF takes seconds), the configuration and the last stored `bench-llm` report. The
 * bench is never run here: it takes minutes and must not compete with drafting.
 */
export async function modelsOverviewView(deps: {
  db: Tx;
  models: () => Promise<ModelFileStatus[]>;
  modelConfig: ModelConfig;
}): Promise<ModelsOverview> {
  return modelsOverview(await deps.models(), deps.modelConfig, readLlmBench(deps.db));
}
