/**
 * Server-sent events as OpenAI-compatible servers stream chat completions: `data: {json}` lines,
 * blank lines between events, `data: [DONE]` at the end. Pure and incremental: network chunks can
 * split a line anywhere.
 */
export interface CompletionChunk {
  choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: {
    prompt_tokens?: number;
    completion_tokens?: number;
    /** What the server took from its prompt cache (vLLM, llama.cpp server with cache_prompt). */
    prompt_tokens_details?: { cached_tokens?: number } | null;
  } | null;
  model?: string;
}

export interface SseParser {
  /** Feeds text; returns the chunks completed by it. */
  push(text: string): CompletionChunk[];
  /** True once `data: [DONE]` was seen. */
  done(): boolean;
}

export function createSseParser(): SseParser {
  let buffer = '';
  let finished = false;
  return {
    push(text) {
      buffer += text;
      const out: CompletionChunk[] = [];
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline).replace(/\r$/, '');
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
        if (!line.startsWith('data:')) continue; // comments (": ping"), event names, blank lines
        const data = line.slice(5).trim();
        if (data === '[DONE]') {
          finished = true;
          continue;
        }
        if (data) out.push(JSON.parse(data) as CompletionChunk);
      }
      return out;
    },
    done: () => finished,
  };
}

/** A server that sends no `usage` still gets a count: about four characters per token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
