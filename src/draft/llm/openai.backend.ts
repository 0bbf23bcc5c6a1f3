import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import type { Config } from '../../config/config.js';
import { type AppError, isAppError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { judgeEndpoint, literalAddress } from './endpoint.models.js';
import { type ResolveHost, requestPinned, resolveHost } from './endpoint.request.js';
import { llmErrors } from './llm.errors.js';
import { disabledError, requestDeadline } from './llm.signals.js';
import type { GenerateRequest, GenerateResult, LlmBackend, LlmStatus } from './llm.types.js';
import { type CompletionChunk, createSseParser, estimateTokens } from './openai-stream.models.js';

/**
 * The `openai` backend: an OpenAI-compatible chat-completions server the operator runs on-prem
 * (llama.cpp server, vLLM, Ollama). Mail text goes to it, so its host must resolve only to
 * loopback or private addresses unless VEILDRAFT_LLM_ALLOW_PUBLIC_HOST is set; that exception is
 * logged at every start and shown in the status. The reply is streamed (SSE) so the time to the
 * first token (prefill on the server) and the rest (generation) are measured apart.
 *
 * Reachability: load() asks `GET {url}/models` once. A server that is down then does not stop the
 * appliance: the status says "unreachable", and the next generate() asks again, so a server that
 * comes up later (a common start order on one host) is used without a restart.
 *
 * Every request resolves the host once, checks every address against the policy and connects to
 * those addresses only (endpoint.request.ts): a name that rebinds to a public address between
 * the check and the connection cannot take mail text with it.
 */
export interface OpenAiBackendDeps {
  config: Pick<Config, 'llmUrl' | 'llmApiModel' | 'llmApiKey' | 'llmAllowPublicHost' | 'llmTimeoutSeconds'>;
  logger: Logger;
  /** The name resolver; tests pass one they control to make a name rebind. */
  resolve?: ResolveHost;
}

const probeTimeoutMs = 5000;

export function createOpenAiBackend({
  config,
  logger,
  resolve = resolveHost,
}: OpenAiBackendDeps): LlmBackend {
  let status: LlmStatus = { state: 'unloaded' };
  const base = config.llmUrl?.replace(/\/+$/, '');
  const host = base ? new URL(base).hostname : '';
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.llmApiKey) headers.authorization = `Bearer ${config.llmApiKey}`;
  const publicDetail = `Public host allowed (VEILDRAFT_LLM_ALLOW_PUBLIC_HOST): mail text leaves this network for ${host}.`;

  /**
   * Resolves the host once and applies the policy to every address; the request then connects
   * to these addresses only. Also says whether they are public (and allowed).
   */
  async function checkHost(): Promise<{ addresses: LookupAddress[]; public: boolean }> {
    let addresses: LookupAddress[];
    const literal = literalAddress(host);
    try {
      addresses = literal ? [{ address: literal, family: isIP(literal) }] : await resolve(host);
    } catch (cause) {
      throw llmErrors.endpointUnresolvable(host, { cause });
    }
    const verdict = judgeEndpoint(
      addresses.map((a) => a.address),
      config.llmAllowPublicHost,
    );
    if (!verdict.allowed) {
      throw llmErrors.endpointPublic({ host, publicAddresses: verdict.publicAddresses });
    }
    return { addresses, public: verdict.publicAddresses.length > 0 };
  }

  async function probe(addresses: LookupAddress[]): Promise<void> {
    let httpStatus: number;
    try {
      const res = await requestPinned(new URL(`${base}/models`), addresses, {
        method: 'GET',
        headers,
        signal: AbortSignal.timeout(Math.min(probeTimeoutMs, config.llmTimeoutSeconds * 1000)),
      });
      httpStatus = res.statusCode ?? 0;
      res.destroy();
    } catch (cause) {
      throw unreachable(cause);
    }
    if (httpStatus === 401 || httpStatus === 403) {
      throw llmErrors.endpointUnauthorized(httpStatus);
    }
    if (httpStatus < 200 || httpStatus > 299) throw unreachable(new Error(`HTTP ${httpStatus}`));
  }

  function unreachable(cause: unknown): AppError {
    return llmErrors.endpointUnreachable(host, { cause });
  }

  /** Checks the host and the server; sets the status; never throws. */
  async function connect(): Promise<void> {
    if (!base) {
      status = {
        state: 'disabled',
        error: llmErrors.endpointMissing(),
      };
      return;
    }
    try {
      const checked = await checkHost();
      if (checked.public)
        logger.warn({ host }, 'LLM endpoint is a public host, allowed by VEILDRAFT_LLM_ALLOW_PUBLIC_HOST');
      await probe(checked.addresses);
      status = {
        state: 'ready',
        model: config.llmApiModel,
        ...(checked.public ? { detail: publicDetail } : {}),
      };
      logger.info({ host, model: config.llmApiModel }, 'LLM endpoint ready');
    } catch (e) {
      const error = isAppError(e) ? e : unreachable(e);
      // Reported once, by the drafting wiring that reads this status.
      status = { state: 'disabled', error };
    }
  }

  async function complete(request: GenerateRequest): Promise<GenerateResult> {
    const deadline = requestDeadline(request.signal, config.llmTimeoutSeconds * 1000);
    const started = performance.now();
    try {
      if (deadline.failure()) throw deadline.failure();
      const { addresses } = await checkHost();
      const res = await requestPinned(new URL(`${base}/chat/completions`), addresses, {
        method: 'POST',
        headers,
        signal: deadline.signal,
        body: JSON.stringify({
          model: config.llmApiModel,
          messages: request.messages,
          max_tokens: request.maxTokens,
          temperature: request.temperature,
          ...(request.seed === undefined ? {} : { seed: request.seed }),
          stream: true,
          stream_options: { include_usage: true },
        }),
      });
      const httpStatus = res.statusCode ?? 0;
      if (httpStatus < 200 || httpStatus > 299) {
        res.destroy();
        throw llmErrors.endpointFailed(httpStatus);
      }
      const parser = createSseParser();
      const decoder = new TextDecoder();
      let text = '';
      let firstToken = 0;
      let chunks = 0;
      let usage: CompletionChunk['usage'] = null;
      let model = config.llmApiModel;
      for await (const bytes of res as AsyncIterable<Buffer>) {
        for (const chunk of parser.push(decoder.decode(bytes, { stream: true }))) {
          const piece = chunk.choices?.[0]?.delta?.content;
          if (piece) {
            if (firstToken === 0) firstToken = performance.now();
            text += piece;
            chunks++;
          }
          if (chunk.usage) usage = chunk.usage;
          if (chunk.model) model = chunk.model;
        }
        if (parser.done()) break;
      }
      const ended = performance.now();
      const prefillEnd = firstToken || ended;
      const promptTokens =
        usage?.prompt_tokens ?? estimateTokens(request.messages.map((m) => m.content).join('\n'));
      return {
        text,
        promptTokens,
        prefillTokens: promptTokens - (usage?.prompt_tokens_details?.cached_tokens ?? 0),
        completionTokens: usage?.completion_tokens ?? chunks,
        prefillMs: Math.round((prefillEnd - started) * 10) / 10,
        generateMs: Math.round((ended - prefillEnd) * 10) / 10,
        model,
      };
    } catch (e) {
      const failure = deadline.failure();
      if (failure) throw failure;
      if (isAppError(e)) throw e;
      throw llmErrors.streamBroken(host, { cause: e });
    } finally {
      deadline.dispose();
    }
  }

  return {
    name: 'openai',
    load: connect,
    status: () => status,
    async generate(request) {
      if (status.state === 'disabled' && status.error.code === 'llm.endpoint_unreachable') await connect();
      const current = status;
      if (current.state === 'disabled') throw disabledError(current.error);
      if (current.state !== 'ready') {
        throw llmErrors.notReady('the LLM endpoint was not checked yet');
      }
      return complete(request);
    },
    async dispose() {
      status = { state: 'unloaded' };
    },
  };
}
