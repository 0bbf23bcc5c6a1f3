import { type AppError, createErrorFactory, type ErrorCodes } from '../../shared/errors.js';

/**
 * Errors of the language-model backends (`llm.*`). `llm.off` is the reason a backend reports
 * when the operator switched drafting off; `llm.disabled` is what generate() throws while no model
 * is usable, whatever the reason (the reason is its cause): two codes for two questions.
 * The summaries are what the Drafts page shows for a draft that failed or waits with the code.
 */
export const llmErrors = {
  off: createErrorFactory({
    code: 'llm.off',
    message: 'Drafting is off (VEILDRAFT_LLM_BACKEND=none).',
    permanent: true,
    summary: 'Drafting is off (backend "none").',
  }),
  /** generate() on a backend that reported a reason: no retry helps until the operator acts. */
  disabled: createErrorFactory({
    code: 'llm.disabled',
    message: (reason: AppError) => `Drafting is off: ${reason.message}`,
    permanent: true,
    summary: 'Drafting is off: no language model is available.',
  }),
  /** generate() before load() finished: a retry later finds it ready. */
  notReady: createErrorFactory({
    code: 'llm.disabled',
    message: (what: string) => `Drafting is not ready: ${what}.`,
  }),
  modelMissing: createErrorFactory({
    code: 'llm.model_missing',
    message: (p: { file: string; modelsDir: string }) =>
      `No language model at ${p.file}; drafting is off. Copy a GGUF file there (or set VEILDRAFT_LLM_MODEL to the file's name) and list it with its sha256 in ${p.modelsDir}/manifest.json (README, "Models").`,
    permanent: true,
    summary: 'The model file is missing.',
  }),
  modelUnlisted: createErrorFactory({
    code: 'llm.model_unlisted',
    message: (p: { model: string; file: string; modelsDir: string }) =>
      `The language model ${p.model} is not listed in ${p.modelsDir}/manifest.json; drafting is off. Add it with feature "llm" and its sha256 (sha256sum ${p.file}) (README, "Models").`,
    permanent: true,
    summary: 'The model file is not listed in the manifest.',
  }),
  modelCorrupt: createErrorFactory({
    code: 'llm.model_corrupt',
    message: (file: string) =>
      `The language model ${file} does not match its sha256 in the models manifest; drafting is off. Copy the file again (an interrupted copy is the usual cause) or update its sha256 (README, "Models").`,
    permanent: true,
    summary: 'The model file does not match the manifest.',
  }),
  modelUnloadable: createErrorFactory({
    code: 'llm.model_unloadable',
    message: (model: string) =>
      `The language model ${model} matches the manifest but node-llama-cpp cannot load it (unsupported architecture or not enough memory); drafting is off. Try a smaller or more common GGUF (README, "Models").`,
    permanent: true,
    summary: 'The model file could not be loaded.',
  }),
  promptTooLong: createErrorFactory({
    code: 'llm.prompt_too_long',
    message: (p: { promptTokens: number; replyTokens: number; contextTokens: number }) =>
      `The prompt (${p.promptTokens} tokens) plus the reply (${p.replyTokens}) does not fit the model context of ${p.contextTokens} tokens. Lower VEILDRAFT_PROMPT_TOKENS or VEILDRAFT_LLM_MAX_REPLY_TOKENS, or raise VEILDRAFT_LLM_CONTEXT_TOKENS.`,
    permanent: true,
    summary: "The prompt did not fit the model's context.",
  }),
  timeout: createErrorFactory({
    code: 'llm.timeout',
    message: (timeoutMs: number) =>
      `Generation took longer than ${Math.round(timeoutMs / 100) / 10} s (VEILDRAFT_LLM_TIMEOUT_SECONDS); a smaller model, fewer prompt tokens or \`veildraft bench-llm\` may help.`,
    summary: 'The model took longer than the time limit.',
  }),
  aborted: createErrorFactory({
    code: 'llm.aborted',
    message: 'Generation was stopped (the job was cancelled or the appliance is stopping).',
    summary: 'Generation was aborted (the appliance stopped).',
  }),
  /** The local model failed; the cause (node-llama-cpp's error) goes to the log. */
  localFailed: createErrorFactory({
    code: 'llm.failed',
    message: 'The local language model failed while generating; see the log.',
    summary: 'The model failed to generate.',
  }),
  endpointFailed: createErrorFactory({
    code: 'llm.failed',
    message: (status: number) =>
      `The server at VEILDRAFT_LLM_URL answered HTTP ${status} to a chat completion; see its log.`,
  }),
  streamBroken: createErrorFactory({
    code: 'llm.failed',
    message: (host: string) => `The chat completion from ${host} failed (connection or stream broken).`,
  }),
  endpointMissing: createErrorFactory({
    code: 'llm.endpoint_missing',
    message:
      'VEILDRAFT_LLM_BACKEND=openai needs VEILDRAFT_LLM_URL (e.g. http://10.0.0.5:8000/v1); drafting is off.',
    permanent: true,
    summary: 'No URL is configured for the on-prem LLM server.',
  }),
  endpointPublic: createErrorFactory({
    code: 'llm.endpoint_public',
    message: (p: { host: string; publicAddresses: readonly string[] }) =>
      `VEILDRAFT_LLM_URL points to ${p.host}, which is outside loopback and private networks (${p.publicAddresses.join(', ')}); drafting is off so that mail text does not leave your network. Use an on-prem server, or set VEILDRAFT_LLM_ALLOW_PUBLIC_HOST=true if you accept sending mail text there.`,
    permanent: true,
    summary: 'The LLM server is on a public address, which is not allowed.',
  }),
  endpointUnauthorized: createErrorFactory({
    code: 'llm.endpoint_unauthorized',
    message: (status: number) =>
      `The server at VEILDRAFT_LLM_URL refused the API key (HTTP ${status}); drafting is off. Check VEILDRAFT_LLM_API_KEY.`,
    summary: 'The LLM server refused the API key.',
  }),
  endpointUnreachable: createErrorFactory({
    code: 'llm.endpoint_unreachable',
    message: (host: string) =>
      `The server at VEILDRAFT_LLM_URL (${host}) does not answer GET /models; drafts wait until it does (it is asked again with every draft). Start the server or correct the URL.`,
    summary: 'The LLM server could not be reached.',
  }),
  endpointUnresolvable: createErrorFactory({
    code: 'llm.endpoint_unresolvable',
    message: (host: string) =>
      `The host ${host} of VEILDRAFT_LLM_URL cannot be resolved; drafting is off. Check the name or use the server's IP address.`,
    summary: "The LLM server's host name does not resolve.",
  }),
};

export type LlmErrorCode = ErrorCodes<typeof llmErrors>;
