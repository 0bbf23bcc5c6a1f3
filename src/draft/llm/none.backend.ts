import { AppError } from '../../shared/errors.js';
import { disabledError } from './llm.signals.js';
import type { LlmBackend } from './llm.types.js';

/** `none`: drafting is switched off on purpose; ingest and learning go on. */
export function createNoneBackend(): LlmBackend {
  const error = new AppError('llm.off', 'Drafting is off (VEILDRAFT_LLM_BACKEND=none).', { permanent: true });
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
