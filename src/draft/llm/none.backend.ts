import { llmErrors } from './llm.errors.js';
import { disabledError } from './llm.signals.js';
import type { LlmBackend } from './llm.types.js';

/** `none`: drafting is switched off on purpose; ingest and learning go on. */
export function createNoneBackend(): LlmBackend {
  const error = llmErrors.off();
  return {
    name: 'none',
    async load() {},
    status: () => ({ state: 'disabled', error }),
    async generate() {
      throw disabledError(error);
    },
    async dispose() {},
  };
}
