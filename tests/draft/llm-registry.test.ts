import { describe, expect, it } from 'vitest';
import { createLlmBackend } from '../../src/draft/llm/llm.registry.js';
import type { AppError } from '../../src/shared/errors.js';
import { testConfig } from '../support/appliance.js';
import { captureLogs } from '../support/logs.js';
import { tempDir } from '../support/tmp.js';

describe('LLM backend registry', () => {
  it.each(['llama', 'openai', 'none'] as const)('VEILDRAFT_LLM_BACKEND=%s picks that backend', (name) => {
    const config = testConfig(tempDir(), { VEILDRAFT_LLM_BACKEND: name });
    expect(createLlmBackend({ config, logger: captureLogs().logger }).name).toBe(name);
  });

  it('none: drafting is off with the reason, and generating throws llm.disabled without crashing', async () => {
    const config = testConfig(tempDir(), { VEILDRAFT_LLM_BACKEND: 'none' });
    const llm = createLlmBackend({ config, logger: captureLogs().logger });
    await llm.load();
    const status = llm.status();
    expect(status.state === 'disabled' && status.error.code).toBe('llm.off');
    expect(status.state === 'disabled' && status.error.message).toBe(
      'Drafting is off (VEILDRAFT_LLM_BACKEND=none).',
    );
    const error = await llm.generate({ messages: [], maxTokens: 10, temperature: 0 }).then(
      () => null,
      (e: AppError) => e,
    );
    expect(error?.code).toBe('llm.disabled');
    await llm.dispose();
  });
});
