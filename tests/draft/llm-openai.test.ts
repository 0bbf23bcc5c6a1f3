import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import type { GenerateRequest } from '../../src/draft/llm/llm.types.js';
import { createOpenAiBackend } from '../../src/draft/llm/openai.backend.js';
import { freePort } from '../support/cli.js';
import { failure } from '../support/failure.js';
import { captureLogs } from '../support/logs.js';

/**
 * A real HTTP server on loopback speaking the OpenAI chat-completions protocol with canned SSE
 * chunks (split mid-line, as TCP may deliver them). The thing under test is the client.
 */
interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: Record<string, unknown> | null;
}

interface FakeServer {
  url: string;
  port: number;
  seen: Seen[];
  close(): Promise<void>;
}

type Mode = 'ok' | 'error' | 'slow' | 'no-usage';
const servers: FakeServer[] = [];
const pieces = ['Dear [PERSON_1],', ' thank you', ' for your message.'];

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

async function startServer(mode: Mode, port = 0): Promise<FakeServer> {
  const seen: Seen[] = [];
  const server: Server = createServer(async (req, res) => {
    const text = await readBody(req);
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      body: text ? JSON.parse(text) : null,
    });
    if (req.url === '/v1/models') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'served-model', object: 'model' }] }));
      return;
    }
    if (req.url !== '/v1/chat/completions' || mode === 'error') {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'model crashed' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    if (mode === 'slow') await new Promise((r) => setTimeout(r, 3000));
    const events = [
      ...pieces.map((content) => ({ model: 'served-model', choices: [{ delta: { content } }] })),
      { model: 'served-model', choices: [{ delta: {}, finish_reason: 'stop' }] },
      ...(mode === 'no-usage'
        ? []
        : [{ model: 'served-model', choices: [], usage: { prompt_tokens: 57, completion_tokens: 9 } }]),
    ];
    res.write(': keep-alive comment\n\n');
    for (const event of events) {
      const line = `data: ${JSON.stringify(event)}\n\n`;
      res.write(line.slice(0, 10));
      await new Promise((r) => setTimeout(r, 5));
      res.write(line.slice(10));
    }
    res.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  const fake = {
    url: `http://127.0.0.1:${actual}/v1`,
    port: actual,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(fake);
  return fake;
}

afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

type OpenAiConfig = Parameters<typeof createOpenAiBackend>[0]['config'];
const configFor = (url: string | undefined, extra: Partial<Config> = {}): OpenAiConfig => ({
  llmUrl: url,
  llmApiModel: 'house-model',
  llmApiKey: undefined,
  llmAllowPublicHost: false,
  llmTimeoutSeconds: 30,
  ...extra,
});

const request: GenerateRequest = {
  messages: [
    { role: 'system', content: 'Write replies.' },
    { role: 'user', content: 'Where is my parcel?' },
  ],
  maxTokens: 64,
  temperature: 0,
  seed: 7,
};

describe('openai backend', () => {
  it('streams a chat completion, separating time to first token from the rest, with the server usage', async () => {
    const server = await startServer('ok');
    const llm = createOpenAiBackend({ config: configFor(server.url), logger: captureLogs().logger });
    await llm.load();
    expect(llm.status()).toEqual({ state: 'ready', model: 'house-model' });
    const result = await llm.generate(request);
    expect(result).toMatchObject({
      text: 'Dear [PERSON_1], thank you for your message.',
      promptTokens: 57,
      completionTokens: 9,
      model: 'served-model',
    });
    expect(result.prefillMs).toBeGreaterThan(0);
    expect(result.generateMs).toBeGreaterThan(5); // the later chunks arrive after the first
    const post = server.seen.find((s) => s.method === 'POST');
    expect(post?.body).toMatchObject({
      model: 'house-model',
      messages: request.messages,
      max_tokens: 64,
      temperature: 0,
      seed: 7,
      stream: true,
    });
    expect(post?.authorization).toBeUndefined();
  });

  it('counts chunks and estimates prompt tokens when the server sends no usage', async () => {
    const server = await startServer('no-usage');
    const llm = createOpenAiBackend({ config: configFor(server.url), logger: captureLogs().logger });
    await llm.load();
    const result = await llm.generate(request);
    expect(result.completionTokens).toBe(3);
    expect(result.promptTokens).toBe(Math.ceil('Write replies.\nWhere is my parcel?'.length / 4));
  });

  it('sends the API key as a bearer token and never logs it', async () => {
    const server = await startServer('ok');
    const logs = captureLogs();
    const llm = createOpenAiBackend({
      config: configFor(server.url, { llmApiKey: 'sk-local-secret-123' }),
      logger: logs.logger,
    });
    await llm.load();
    await llm.generate(request);
    expect(server.seen.map((s) => s.authorization)).toEqual([
      'Bearer sk-local-secret-123',
      'Bearer sk-local-secret-123',
    ]);
    expect(logs.output()).not.toContain('sk-local-secret');
    expect(logs.output()).not.toContain('parcel');
  });

  it('accepts a host name that resolves to loopback', async () => {
    const server = await startServer('ok');
    const llm = createOpenAiBackend({
      config: configFor(`http://localhost:${server.port}/v1`),
      logger: captureLogs().logger,
    });
    await llm.load();
    expect(llm.status().state).toBe('ready');
  });

  it('refuses a public host without contacting it, and generate() throws llm.disabled', async () => {
    const llm = createOpenAiBackend({
      config: configFor('http://203.0.113.5:8000/v1'),
      logger: captureLogs().logger,
    });
    await llm.load();
    const status = llm.status();
    expect(status.state === 'disabled' && status.error.code).toBe('llm.endpoint_public');
    expect(status.state === 'disabled' && status.error.message).toContain('VEILDRAFT_LLM_ALLOW_PUBLIC_HOST');
    expect((await failure(llm.generate(request))).code).toBe('llm.disabled');
  });

  it('with the allow flag, a public host passes the policy and the start logs a warning', async () => {
    const logs = captureLogs();
    const llm = createOpenAiBackend({
      config: configFor('http://203.0.113.5:8000/v1', { llmAllowPublicHost: true, llmTimeoutSeconds: 0.3 }),
      logger: logs.logger,
    });
    await llm.load();
    // No public server is reachable from a test: the policy let it through to the probe.
    const status = llm.status();
    expect(status.state === 'disabled' && status.error.code).toBe('llm.endpoint_unreachable');
    expect(logs.output()).toContain('public host, allowed by VEILDRAFT_LLM_ALLOW_PUBLIC_HOST');
  });

  it('is disabled with a reason when no URL is configured', async () => {
    const llm = createOpenAiBackend({ config: configFor(undefined), logger: captureLogs().logger });
    await llm.load();
    const status = llm.status();
    expect(status.state === 'disabled' && status.error.code).toBe('llm.endpoint_missing');
  });

  it('an unreachable server disables drafting at load, and a server that comes up later is used', async () => {
    const port = await freePort();
    const llm = createOpenAiBackend({
      config: configFor(`http://127.0.0.1:${port}/v1`),
      logger: captureLogs().logger,
    });
    await llm.load();
    const status = llm.status();
    expect(status.state === 'disabled' && status.error.code).toBe('llm.endpoint_unreachable');
    expect((await failure(llm.generate(request))).code).toBe('llm.disabled');

    await startServer('ok', port);
    const result = await llm.generate(request);
    expect(result.text).toContain('[PERSON_1]');
    expect(llm.status().state).toBe('ready');
  });

  it('a server error fails the request with llm.failed and the HTTP status, not the body', async () => {
    const server = await startServer('error');
    const llm = createOpenAiBackend({ config: configFor(server.url), logger: captureLogs().logger });
    await llm.load();
    const error = await failure(llm.generate(request));
    expect(error.code).toBe('llm.failed');
    expect(error.message).toContain('HTTP 500');
    expect(error.message).not.toContain('crashed');
  });

  it('a server slower than the timeout fails with llm.timeout; an abort gives llm.aborted', async () => {
    const server = await startServer('slow');
    const slow = createOpenAiBackend({
      config: configFor(server.url, { llmTimeoutSeconds: 0.5 }),
      logger: captureLogs().logger,
    });
    await slow.load();
    const started = Date.now();
    expect((await failure(slow.generate(request))).code).toBe('llm.timeout');
    expect(Date.now() - started).toBeLessThan(2500);

    const llm = createOpenAiBackend({ config: configFor(server.url), logger: captureLogs().logger });
    await llm.load();
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 200);
    expect((await failure(llm.generate({ ...request, signal: stop.signal }))).code).toBe('llm.aborted');
  });
});
