import type { LookupAddress } from 'node:dns';
import { readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResolveHost } from '../../src/draft/llm/endpoint.request.js';
import type { GenerateRequest } from '../../src/draft/llm/llm.types.js';
import { createOpenAiBackend } from '../../src/draft/llm/openai.backend.js';
import { makeCertificate } from '../support/dovecot-setup.js';
import { failure } from '../support/failure.js';
import { captureLogs } from '../support/logs.js';
import { tempDir } from '../support/tmp.js';

/**
 * The `openai` backend against a name that rebinds. The resolver is the test's, so it can answer
 * differently on each call; the servers are real HTTP servers on loopback addresses that record
 * every request, so a connection to an address that was not checked shows up. The name is under
 * `.test`, which the system resolver never answers: a client that looked the name up itself
 * would fail instead of reaching a server.
 */
const name = 'inference.veildraft.test';
const publicAddress = '93.184.216.34';

interface Recorder {
  port: number;
  seen: { line: string; host: string | undefined; peer: string | undefined }[];
}

const servers: Server[] = [];

const answer: RequestListener = (req, res) => {
  if (req.url === '/v1/models') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"object":"list","data":[]}');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.write(
    `data: ${JSON.stringify({ model: 'served-model', choices: [{ delta: { content: 'Hello' } }] })}\n\n`,
  );
  res.end('data: [DONE]\n\n');
};

async function listen(server: Server, address: string, port: number): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, address, resolve));
  return (server.address() as AddressInfo).port;
}

/** An OpenAI-compatible server on `address` that records each request line, Host and peer. */
async function recorder(address: string, port = 0): Promise<Recorder> {
  const seen: Recorder['seen'] = [];
  const server = createServer((req, res) => {
    seen.push({ line: `${req.method} ${req.url}`, host: req.headers.host, peer: req.socket.remoteAddress });
    req.resume();
    req.on('end', () => answer(req, res));
  });
  return { port: await listen(server, address, port), seen };
}

/** A resolver answering the given lists in turn (the last one from then on), counting calls. */
function rebinding(...answers: string[][]): ResolveHost & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    calls.push(hostname);
    const list = answers[Math.min(calls.length, answers.length) - 1] ?? [];
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

function backend(url: string, resolve: ResolveHost) {
  return createOpenAiBackend({
    config: {
      llmUrl: url,
      llmApiModel: 'house-model',
      llmApiKey: undefined,
      llmAllowPublicHost: false,
      llmTimeoutSeconds: 5,
    },
    logger: captureLogs().logger,
    resolve,
  });
}

const request: GenerateRequest = {
  messages: [{ role: 'user', content: 'Where is my parcel?' }],
  maxTokens: 16,
  temperature: 0,
};

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('openai backend: one resolution per request, connected to the checked address', () => {
  it('each request resolves the name once and goes to the address that answer gave, with the name as Host', async () => {
    const first = await recorder('127.0.0.1');
    // Same port on another loopback address: where a second lookup would have sent the request.
    const second = await recorder('127.0.0.2', first.port);
    const resolve = rebinding(['127.0.0.1'], ['127.0.0.2']);
    const llm = backend(`http://${name}:${first.port}/v1`, resolve);

    await llm.load();
    expect(llm.status().state).toBe('ready');
    expect(resolve.calls).toEqual([name]);
    expect(first.seen).toEqual([
      { line: 'GET /v1/models', host: `${name}:${first.port}`, peer: '127.0.0.1' },
    ]);
    expect(second.seen).toEqual([]);

    // The next request resolves again (127.0.0.2 is private, so allowed) and goes only there.
    expect((await llm.generate(request)).text).toBe('Hello');
    expect(resolve.calls).toEqual([name, name]);
    expect(first.seen).toHaveLength(1);
    expect(second.seen.map((s) => s.line)).toEqual(['POST /v1/chat/completions']);
  });

  it.each([
    ['a public address', [publicAddress]],
    ['a private and a public address', ['127.0.0.1', publicAddress]],
    ['an IPv4-mapped public address', [`::ffff:${publicAddress}`]],
  ])(
    'a name that rebinds to %s is refused with llm.endpoint_public before any connection',
    async (_, rebound) => {
      const server = await recorder('127.0.0.1');
      const resolve = rebinding(['127.0.0.1'], rebound);
      const llm = backend(`http://${name}:${server.port}/v1`, resolve);
      await llm.load();
      expect(llm.status().state).toBe('ready');

      const error = await failure(llm.generate(request));
      expect(error.code).toBe('llm.endpoint_public');
      expect(error.message).toContain(publicAddress);
      expect(error.message).toContain('VEILDRAFT_LLM_ALLOW_PUBLIC_HOST');
      expect(resolve.calls).toHaveLength(2);
      // The earlier private answer was not reused either: no mail text went anywhere.
      expect(server.seen.map((s) => s.line)).toEqual(['GET /v1/models']);
    },
  );

  it('an IP literal is connected to as written, without asking the resolver', async () => {
    const server = await recorder('127.0.0.1');
    const resolve = rebinding([publicAddress]);
    const llm = backend(`http://127.0.0.1:${server.port}/v1`, resolve);
    await llm.load();
    expect((await llm.generate(request)).text).toBe('Hello');
    expect(resolve.calls).toEqual([]);
    expect(server.seen.map((s) => s.line)).toEqual(['GET /v1/models', 'POST /v1/chat/completions']);
  });

  it('IPv6 loopback works as a literal and as a name', async () => {
    const server = await recorder('::1');
    const literal = backend(`http://[::1]:${server.port}/v1`, rebinding([]));
    await literal.load();
    expect((await literal.generate(request)).text).toBe('Hello');
    expect(server.seen[0]?.host).toBe(`[::1]:${server.port}`);

    const named = backend(`http://${name}:${server.port}/v1`, rebinding(['::1']));
    await named.load();
    expect((await named.generate(request)).text).toBe('Hello');
    expect(server.seen.map((s) => s.peer)).toEqual(['::1', '::1', '::1', '::1']);
  });

  it('a name with addresses of both families reaches the server on whichever checked address answers', async () => {
    const server = await recorder('127.0.0.1');
    const llm = backend(`http://${name}:${server.port}/v1`, rebinding(['::1', '127.0.0.1']));
    await llm.load();
    expect(llm.status().state).toBe('ready');
    expect(server.seen).toHaveLength(1);
  });

  it('a redirect is not followed to a host nobody checked', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(302, { location: `http://${publicAddress}/v1/models` });
      res.end();
    });
    const port = await listen(server, '127.0.0.1', 0);
    const llm = backend(`http://127.0.0.1:${port}/v1`, rebinding([]));
    await llm.load();
    const status = llm.status();
    expect(status.state === 'disabled' && status.error.code).toBe('llm.endpoint_unreachable');
    expect(status.state === 'disabled' && String((status.error.cause as Error).message)).toBe('HTTP 302');
  });

  it('over https the name stays the TLS server name and the certificate is still verified', async () => {
    const dir = tempDir();
    makeCertificate(dir, { cn: name, san: `DNS:${name}` });
    const serverNames: string[] = [];
    const server = createTlsServer(
      {
        key: readFileSync(join(dir, 'key.pem')),
        cert: readFileSync(join(dir, 'cert.pem')),
        SNICallback: (servername, done) => {
          serverNames.push(servername);
          done(null);
        },
      },
      answer,
    );
    const port = await listen(server, '127.0.0.1', 0);
    const llm = backend(`https://${name}:${port}/v1`, rebinding(['127.0.0.1']));
    await llm.load();
    // Reached over the pinned address with SNI set to the name; the self-signed certificate is
    // not trusted by the appliance, so verification (against the name) refused it.
    expect(serverNames).toEqual([name]);
    const status = llm.status();
    expect(status.state === 'disabled' && status.error.code).toBe('llm.endpoint_unreachable');
    expect(status.state === 'disabled' && (status.error.cause as NodeJS.ErrnoException).code).toBe(
      'DEPTH_ZERO_SELF_SIGNED_CERT',
    );
  });
});
