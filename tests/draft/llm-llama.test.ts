import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyLlmReply } from '../../scripts/models/make-tiny-gguf.js';
import type { Config } from '../../src/config/config.js';
import { createLlamaBackend } from '../../src/draft/llm/llama.backend.js';
import type { GenerateRequest, LlmBackend } from '../../src/draft/llm/llm.types.js';
import { sha256File } from '../../src/model-files/model-files.manifest.js';
import { failure } from '../support/failure.js';
import { captureLogs } from '../support/logs.js';
import { ensureTinyModels, tinyModelNames, tinyModelsDir } from '../support/tiny-models.js';
import { tempDir } from '../support/tmp.js';

type LlamaConfig = Parameters<typeof createLlamaBackend>[0]['config'];

function llamaConfig(extra: Partial<Config> = {}): LlamaConfig {
  return {
    modelsDir: tinyModelsDir,
    llmModel: tinyModelNames.llm,
    llmThreads: 1,
    llmContextTokens: 2048,
    llmTimeoutSeconds: 60,
    llmPrefixSlots: 1,
    ...extra,
  };
}

const ask = (question: string, extra: Partial<GenerateRequest> = {}): GenerateRequest => ({
  messages: [
    { role: 'system', content: 'You write replies to customer mail.' },
    { role: 'user', content: question },
  ],
  maxTokens: 100,
  temperature: 0,
  ...extra,
});

describe('llama backend with the tiny model', () => {
  const logs = captureLogs('debug');
  let llm: LlmBackend;

  beforeAll(async () => {
    await ensureTinyModels();
    llm = createLlamaBackend({ config: llamaConfig(), logger: logs.logger });
    await llm.load();
  });
  afterAll(async () => {
    await llm.dispose();
  });

  it('is ready with the model file name and its thread count', () => {
    expect(llm.status()).toEqual({
      state: 'ready',
      model: tinyModelNames.llm,
      detail: 'threads 1, context 2048 tokens, template ChatML, prefix slots 1',
    });
  });

  it('writes the fixed reply through the chat template, with token counts and timings', async () => {
    const started = performance.now();
    const result = await llm.generate(ask('Where is my order?'));
    const wallMs = performance.now() - started;
    expect(result.text).toBe(tinyLlmReply);
    expect(result.text).toContain('[PERSON_1]');
    expect(result.completionTokens).toBe(23);
    // BOS + ChatML around the messages, one token per character for this vocabulary.
    expect(result.promptTokens).toBeGreaterThan(
      'You write replies to customer mail.Where is my order?'.length,
    );
    expect(result.prefillMs).toBeGreaterThan(0);
    expect(result.generateMs).toBeGreaterThan(0);
    expect(result.prefillMs + result.generateMs).toBeLessThanOrEqual(wallMs);
    expect(result.model).toBe(tinyModelNames.llm);
  });

  it('writes the same reply when sampling with a temperature (the retry path)', async () => {
    const result = await llm.generate(ask('Where is my order?', { temperature: 0.7, seed: 3 }));
    expect(result.text).toBe(tinyLlmReply);
  });

  it('refuses a prompt that does not fit the context instead of silently dropping messages', async () => {
    const error = await failure(llm.generate(ask('x'.repeat(2000))));
    expect(error.code).toBe('llm.prompt_too_long');
    expect(error.message).toContain('context of 2048 tokens');
    expect((await llm.generate(ask('Hi'))).text).toBe(tinyLlmReply);
  });

  it('stops at maxTokens', async () => {
    const result = await llm.generate(ask('Hello', { maxTokens: 3 }));
    expect(result.text).toBe('Dear [PERSON_1],\n\nThank');
    expect(result.completionTokens).toBe(3);
  });

  it('treats each request on its own: the prompt count does not include earlier requests', async () => {
    const first = await llm.generate(ask('A long first question about an invoice and a delivery.'));
    const second = await llm.generate(ask('Hi'));
    const again = await llm.generate(ask('A long first question about an invoice and a delivery.'));
    expect(second.promptTokens).toBe(
      first.promptTokens - 'A long first question about an invoice and a delivery.'.length + 2,
    );
    expect(again).toMatchObject({ text: first.text, promptTokens: first.promptTokens });
  });

  it('runs concurrent requests one after the other', async () => {
    const before = logs.lines.length;
    const results = await Promise.all([llm.generate(ask('One')), llm.generate(ask('Two'))]);
    expect(results.map((r) => r.text)).toEqual([tinyLlmReply, tinyLlmReply]);
    const events = logs.lines
      .slice(before)
      .map((l) => JSON.parse(l) as { msg: string; request: number })
      .filter((l) => l.msg.startsWith('llm generation'))
      .map((l) => `${l.msg.replace('llm generation ', '')} ${l.request}`);
    const [a, b] = [events[0]?.split(' ')[1], events[2]?.split(' ')[1]];
    expect(events).toEqual([`started ${a}`, `finished ${a}`, `started ${b}`, `finished ${b}`]);
    expect(a).not.toBe(b);
  });

  it('an aborted request fails with llm.aborted, before or while waiting its turn, and the other goes on', async () => {
    const gone = new AbortController();
    gone.abort();
    expect((await failure(llm.generate(ask('Hi', { signal: gone.signal })))).code).toBe('llm.aborted');

    const waiting = new AbortController();
    const first = llm.generate(ask('x'.repeat(1500)));
    const second = llm.generate(ask('Hi', { signal: waiting.signal }));
    waiting.abort();
    expect((await failure(second)).code).toBe('llm.aborted');
    expect((await first).text).toBe(tinyLlmReply);
  });

  it('a generation longer than the timeout fails with llm.timeout', async () => {
    const slow = createLlamaBackend({
      config: llamaConfig({ llmTimeoutSeconds: 0.001 }),
      logger: logs.logger,
    });
    await slow.load();
    try {
      const error = await failure(slow.generate(ask('x'.repeat(1800))));
      expect(error.code).toBe('llm.timeout');
      expect(error.message).toContain('VEILDRAFT_LLM_TIMEOUT_SECONDS');
    } finally {
      await slow.dispose();
    }
  });

  it('never logs the prompt or the reply', () => {
    const all = logs.output();
    expect(all).not.toContain('Where is my order');
    expect(all).not.toContain('Kind regards');
  });
});

describe('llama backend with an unusable model file', () => {
  async function statusFor(setup: (dir: string) => Promise<void>) {
    await ensureTinyModels();
    const dir = tempDir();
    await setup(dir);
    const llm = createLlamaBackend({ config: llamaConfig({ modelsDir: dir }), logger: captureLogs().logger });
    await llm.load();
    const status = llm.status();
    const refused = await failure(llm.generate(ask('Hi')));
    await llm.dispose();
    return { status, refused };
  }
  const copyModel = (dir: string) =>
    copyFileSync(path.join(tinyModelsDir, tinyModelNames.llm), path.join(dir, tinyModelNames.llm));
  const manifest = async (dir: string, sha256?: string) =>
    writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        files: [
          {
            feature: 'llm',
            path: tinyModelNames.llm,
            sha256: sha256 ?? (await sha256File(path.join(tinyModelsDir, tinyModelNames.llm))),
          },
        ],
      }),
    );

  it.each([
    ['missing', 'llm.model_missing', async (dir: string) => manifest(dir)],
    [
      'corrupt',
      'llm.model_corrupt',
      async (dir: string) => {
        copyModel(dir);
        await manifest(dir, 'a'.repeat(64));
      },
    ],
    ['not in the manifest', 'llm.model_unlisted', async (dir: string) => copyModel(dir)],
    [
      'listed but not a GGUF',
      'llm.model_unloadable',
      async (dir: string) => {
        writeFileSync(path.join(dir, tinyModelNames.llm), 'GGUF but not really a model file');
        await manifest(dir, await sha256File(path.join(dir, tinyModelNames.llm)));
      },
    ],
  ])('a %s file disables drafting with %s and generate() throws llm.disabled', async (_what, code, setup) => {
    const { status, refused } = await statusFor(setup);
    expect(status.state).toBe('disabled');
    if (status.state !== 'disabled') return;
    expect(status.error.code).toBe(code);
    expect(status.error.message).toMatch(/drafting is off/);
    expect(status.error.message).toContain('README');
    expect(refused.code).toBe('llm.disabled');
    expect(refused.message).toContain(status.error.message);
  });
});
