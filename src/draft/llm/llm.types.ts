import type { AppError } from '../../shared/errors.js';

/**
 * The contract every language-model backend implements (one file each, listed in
 * llm.registry.ts): `llama` (node-llama-cpp, local GGUF), `openai` (an on-prem
 * OpenAI-compatible server), `none` (drafting off).
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface GenerateRequest {
  messages: ChatMessage[];
  maxTokens: number;
  /** 0 = greedy. The retry after a failed output check uses a lower temperature. */
  temperature: number;
  seed?: number;
  /** Aborts generation (job shutdown); the backend's own timeout applies too. */
  signal?: AbortSignal;
}

export interface GenerateResult {
  text: string;
  /** Tokens of the whole templated prompt, as the model counted them. */
  promptTokens: number;
  /**
   * Prompt tokens evaluated for this request: all of them, less what the backend reused from an
   * earlier evaluation (the `llama` backend's prefix slots).
   */
  prefillTokens: number;
  completionTokens: number;
  /** Time to evaluate the prompt (first token), and to generate the rest. */
  prefillMs: number;
  generateMs: number;
  /** Which model wrote it (file name or the server's model name), for the draft record. */
  model: string;
}

export type LlmStatus =
  | { state: 'unloaded' }
  | { state: 'ready'; model: string; detail?: string }
  | { state: 'disabled'; error: AppError };

export interface LlmBackend {
  readonly name: 'llama' | 'openai' | 'none';
  /** Checks files or the endpoint; never throws: a problem becomes status() 'disabled'. */
  load(): Promise<void>;
  status(): LlmStatus;
  /** Throws AppError `llm.disabled` when not ready, `llm.timeout`, `llm.aborted`, `llm.failed`. */
  generate(request: GenerateRequest): Promise<GenerateResult>;
  dispose(): Promise<void>;
}
