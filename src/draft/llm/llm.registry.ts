import type { Config } from '../../config/config.js';
import type { Logger } from '../../shared/logger.js';
import { createLlamaBackend } from './llama.backend.js';
import type { LlmBackend } from './llm.types.js';
import { createNoneBackend } from './none.backend.js';
import { createOpenAiBackend } from './openai.backend.js';

/** VEILDRAFT_LLM_BACKEND → backend. A new backend is one file plus one line here. */
export interface LlmBackendDeps {
  config: Config;
  logger: Logger;
}

const backends: Record<Config['llmBackend'], (deps: LlmBackendDeps) => LlmBackend> = {
  llama: createLlamaBackend,
  openai: createOpenAiBackend,
  none: () => createNoneBackend(),
};

export function createLlmBackend(deps: LlmBackendDeps): LlmBackend {
  return backends[deps.config.llmBackend](deps);
}
