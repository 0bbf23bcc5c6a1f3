import type {
  ChatHistoryItem,
  ChatWrapper,
  Llama,
  LlamaContext,
  LlamaModel,
  TokenMeter,
  TokenMeterState,
} from 'node-llama-cpp';
import type { Config } from '../../config/config.js';
import { isAppError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { verifyLlmModel } from './llama.files.js';
import { PrefixSlots } from './llama-prefix.js';
import { llmErrors } from './llm.errors.js';
import { disabledError, OneAtATime, requestDeadline } from './llm.signals.js';
import type { ChatMessage, GenerateRequest, GenerateResult, LlmBackend, LlmStatus } from './llm.types.js';

/**
 * The `llama` backend: a local GGUF through node-llama-cpp on CPU, with the prebuilt binary only
 * (`build: 'never'`: an appliance never compiles at run time). The model is checked against the
 * models manifest before the native loader sees it. One context is kept for the process, with a
 * sequence per prefix slot (VEILDRAFT_LLM_PREFIX_SLOTS): a request reuses the evaluated prefix it
 * shares with an earlier prompt, so the rules and house style are not prefilled again for every
 * mail (llama-prefix.ts). Requests run one at a time (a second generation would only halve the
 * speed of both).
 */
export interface LlamaBackendDeps {
  config: Pick<
    Config,
    'modelsDir' | 'llmModel' | 'llmThreads' | 'llmContextTokens' | 'llmTimeoutSeconds' | 'llmPrefixSlots'
  >;
  logger: Logger;
}

interface Loaded {
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
  slots: PrefixSlots;
  /** Resolved once from the GGUF's template: resolving per request costs ~0.5 s of CPU. */
  chatWrapper: ChatWrapper;
  LlamaChat: typeof import('node-llama-cpp').LlamaChat;
}

/**
 * node-llama-cpp, imported on first use: importing it costs 1-2 s, which every CLI command and an
 * appliance with VEILDRAFT_LLM_BACKEND=openai or none would otherwise pay at start.
 */
export function nodeLlamaCpp(): Promise<typeof import('node-llama-cpp')> {
  return import('node-llama-cpp');
}

/** The node-llama-cpp runtime as the appliance uses it: CPU, prebuilt binary, quiet. */
export async function getCpuLlama(): Promise<Llama> {
  const { getLlama, LlamaLogLevel } = await nodeLlamaCpp();
  // maxThreads 0: the `threads` we give a context is used as is, not capped by a library default.
  return getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error, maxThreads: 0 });
}

/** VEILDRAFT_LLM_THREADS = 0 means one thread per core that is useful for math (physical cores). */
export function threadsFor(configured: number, llama: Llama): number {
  return configured > 0 ? configured : Math.max(1, llama.cpuMathCores);
}

export function toChatHistory(messages: ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((m) =>
    m.role === 'assistant'
      ? { type: 'model', response: [m.content] }
      : m.role === 'system'
        ? { type: 'system', text: m.content }
        : { type: 'user', text: m.content },
  );
  // The empty model turn is where the answer goes (what LlamaChatSession does internally).
  history.push({ type: 'model', response: [] });
  return history;
}

export function createLlamaBackend({ config, logger }: LlamaBackendDeps): LlmBackend {
  let status: LlmStatus = { state: 'unloaded' };
  let loaded: Loaded | null = null;
  const queue = new OneAtATime();
  let requests = 0;

  async function load(): Promise<void> {
    if (loaded) return;
    const checked = await verifyLlmModel(config.modelsDir, config.llmModel);
    if (isAppError(checked)) {
      // Reported once, by the drafting wiring that reads this status.
      status = { state: 'disabled', error: checked };
      return;
    }
    let llama: Llama | undefined;
    try {
      llama = await getCpuLlama();
      const model = await llama.loadModel({ modelPath: checked.file });
      const threads = threadsFor(config.llmThreads, llama);
      const context = await model.createContext({
        contextSize: Math.min(config.llmContextTokens, model.trainContextSize),
        threads,
        sequences: PrefixSlots.sequencesFor(config.llmPrefixSlots),
      });
      const { resolveChatWrapper, LlamaChat } = await nodeLlamaCpp();
      const chatWrapper = resolveChatWrapper(model);
      const sequences = Array.from({ length: context.totalSequences }, () => context.getSequence());
      const slots = new PrefixSlots(sequences, config.llmPrefixSlots > 0);
      loaded = { llama, model, context, slots, chatWrapper, LlamaChat };
      const detail = `threads ${threads}, context ${context.contextSize} tokens, template ${chatWrapper.wrapperName}, prefix slots ${config.llmPrefixSlots}`;
      status = { state: 'ready', model: config.llmModel, detail };
      logger.info(
        {
          model: config.llmModel,
          threads,
          contextTokens: context.contextSize,
          prefixSlots: config.llmPrefixSlots,
        },
        'language model loaded',
      );
    } catch (cause) {
      await llama?.dispose().catch(() => undefined);
      status = { state: 'disabled', error: llmErrors.modelUnloadable(config.llmModel, { cause }) };
    }
  }

  async function generateNow(l: Loaded, request: GenerateRequest, id: number): Promise<GenerateResult> {
    const deadline = requestDeadline(request.signal, config.llmTimeoutSeconds * 1000);
    let chat: InstanceType<Loaded['LlamaChat']> | undefined;
    let done = false;
    logger.debug({ request: id }, 'llm generation started');
    try {
      if (deadline.failure()) throw deadline.failure();
      const history = toChatHistory(request.messages);
      // The prompt as LlamaChat will evaluate it, for the length check.
      const tokens = l.chatWrapper
        .generateContextState({ chatHistory: history })
        .contextText.tokenize(l.model.tokenizer);
      // Too long for the context: node-llama-cpp would silently drop the oldest messages (the
      // rules or the examples); the prompt builder must stay within VEILDRAFT_PROMPT_TOKENS instead.
      if (tokens.length + request.maxTokens > l.context.contextSize) {
        throw llmErrors.promptTooLong({
          promptTokens: tokens.length,
          replyTokens: request.maxTokens,
          contextTokens: l.context.contextSize,
        });
      }
      // The system message (rules, house style) is the part that repeats from mail to mail.
      const sequence = await l.slots.take(request.messages.find((m) => m.role === 'system')?.content ?? '');
      chat = new l.LlamaChat({
        contextSequence: sequence,
        chatWrapper: l.chatWrapper,
        autoDisposeSequence: false,
      });
      const meter = sequence.tokenMeter.getState();
      const started = performance.now();
      let firstToken = 0;
      let completionTokens = 0;
      const response = await chat.generateResponse(history, {
        maxTokens: request.maxTokens,
        temperature: request.temperature,
        ...(request.seed === undefined ? {} : { seed: request.seed }),
        signal: deadline.signal,
        stopOnAbortSignal: false,
        onToken: (t) => {
          if (t.length > 0 && firstToken === 0) firstToken = performance.now();
          completionTokens += t.length;
        },
      });
      const failure = deadline.failure();
      if (failure) throw failure;
      const ended = performance.now();
      const prefillEnd = firstToken || ended;
      done = true;
      return {
        text: response.response,
        promptTokens: tokens.length,
        prefillTokens: prefillTokensSince(sequence.tokenMeter, meter),
        completionTokens,
        prefillMs: Math.round((prefillEnd - started) * 10) / 10,
        generateMs: Math.round((ended - prefillEnd) * 10) / 10,
        model: config.llmModel,
      };
    } catch (e) {
      const failure = deadline.failure();
      if (failure) throw failure;
      if (isAppError(e)) throw e;
      throw llmErrors.localFailed({ cause: e });
    } finally {
      deadline.dispose();
      const sequence = chat?.sequence;
      chat?.dispose({ disposeSequence: false });
      // An aborted or failed evaluation leaves a state nobody checked: the next prompt starts empty.
      if (sequence && !done) await l.slots.forget(sequence).catch(() => undefined);
      logger.debug({ request: id }, 'llm generation finished');
    }
  }

  return {
    name: 'llama',
    load,
    status: () => status,
    async generate(request) {
      const current = status;
      if (current.state === 'disabled') throw disabledError(current.error);
      if (current.state !== 'ready' || !loaded) {
        throw llmErrors.notReady('the language model is not loaded');
      }
      const l = loaded;
      const id = ++requests;
      // The timeout starts when the request's turn comes (waiting is bounded by the caller's signal).
      return queue.run(request.signal, () => generateNow(l, request, id));
    },
    async dispose() {
      const l = loaded;
      loaded = null;
      status = { state: 'unloaded' };
      if (!l) return;
      // Let a running generation finish (its job's signal stops it on shutdown), then free memory.
      await queue.run(undefined, async () => undefined);
      await l.context.dispose();
      await l.model.dispose();
      await l.llama.dispose();
    },
  };
}

/**
 * Prompt tokens evaluated since `before`, by the sequence's own meter. The meter counts a token
 * whose logits are read as output: the prompt's last token is one (its logits give the first
 * reply token), so it is added back; reused tokens are not evaluated and not counted.
 */
function prefillTokensSince(meter: TokenMeter, before: TokenMeterState): number {
  return meter.diff(before).usedInputTokens + 1;
}
