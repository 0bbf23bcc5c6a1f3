import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLlmModel } from '../../src/draft/llm/llama.files.js';
import { createEmbedder } from '../../src/knowledge/embeddings.js';
import { checkModels, readManifest } from '../../src/model-files/model-files.manifest.js';
import { readPins, verifiedPin } from '../../src/model-files/model-pins.js';
import { runCli } from '../support/cli.js';
import { ensureTinyModels, tinyModelNames, tinyModelsDir } from '../support/tiny-models.js';
import { tempDir } from '../support/tmp.js';

/**
 * `veildraft models fetch` against a loopback server laid out like the public model hub
 * (`/<repo>/resolve/<revision>/<path>`, answered with a redirect to a "CDN" path that serves the
 * bytes with Range support), serving the project's own tiny GGUF and embedding model.
 */
const revision = '0123456789abcdef0123456789abcdef01234567';
const llmRepo = 'veildraft-test/tiny-llm-gguf';
const embeddingRepo = 'veildraft-test/tiny-embedding';

interface Seen {
  path: string;
  range?: string;
}

class FakeHub {
  readonly files = new Map<string, Buffer>();
  readonly seen: Seen[] = [];
  /** Files whose first full transfer is cut after half the body. */
  readonly dropOnce = new Set<string>();
  private server: Server;

  constructor() {
    this.server = createServer((req, res) => {
      const url = decodeURIComponent(req.url ?? '');
      this.seen.push({ path: url, ...(req.headers.range ? { range: req.headers.range } : {}) });
      const resolve = /^\/([^/]+\/[^/]+)\/resolve\/([0-9a-f]{40})\/(.+)$/.exec(url);
      if (resolve) {
        const [, repo, rev, file] = resolve;
        if (rev !== revision || !this.files.has(`${repo}/${file}`)) return void res.writeHead(404).end();
        return void res.writeHead(302, { location: `/cdn/${repo}/${file}` }).end();
      }
      const key = url.replace(/^\/cdn\//, '');
      const bytes = this.files.get(key);
      if (!url.startsWith('/cdn/') || !bytes) return void res.writeHead(404).end();
      const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        res.writeHead(206, {
          'content-length': bytes.length - start,
          'content-range': `bytes ${start}-${bytes.length - 1}/${bytes.length}`,
        });
        return void res.end(bytes.subarray(start));
      }
      res.writeHead(200, { 'content-length': bytes.length });
      if (this.dropOnce.delete(key)) {
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        setTimeout(() => res.socket?.destroy(), 100);
        return;
      }
      res.end(bytes);
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Requests that carried file bytes (the CDN), not the redirects. */
  transfers(): Seen[] {
    return this.seen.filter((s) => s.path.startsWith('/cdn/'));
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}

/** The tiny models as pins: the GGUF, and the embedding's ONNX served as the hub's quantized export. */
function tinyPins() {
  const embedding = readManifest(tinyModelsDir).files.filter((f) => f.feature === 'embedding');
  const llm = readManifest(tinyModelsDir).files.find((f) => f.path === tinyModelNames.llm)!;
  const repoPath = (p: string) => {
    const inFolder = p.slice(tinyModelNames.embedding.length + 1);
    return inFolder === 'onnx/model.onnx' ? 'onnx/model_quantized.onnx' : inFolder;
  };
  const served = new Map<string, Buffer>([
    [`${llmRepo}/tiny-llm.gguf`, readFileSync(path.join(tinyModelsDir, llm.path))],
    ...embedding.map(
      (f) =>
        [`${embeddingRepo}/${repoPath(f.path)}`, readFileSync(path.join(tinyModelsDir, f.path))] as const,
    ),
  ]);
  const pins = {
    models: {
      llm: {
        repository: llmRepo,
        revision,
        licence: 'test',
        description: 'tiny GGUF',
        files: [
          { path: 'tiny-llm.gguf', sha256: llm.sha256, size: served.get(`${llmRepo}/tiny-llm.gguf`)!.length },
        ],
      },
      embedding: {
        repository: embeddingRepo,
        revision,
        licence: 'test',
        description: 'tiny embedding',
        files: embedding.map((f) => ({
          path: repoPath(f.path),
          ...(repoPath(f.path).startsWith('onnx/') ? { as: 'onnx/model.onnx' } : {}),
          sha256: f.sha256,
        })),
      },
    },
  };
  return { pins, served };
}

function writePins(dir: string, pins: unknown): string {
  const file = path.join(dir, 'pins.json');
  writeFileSync(file, JSON.stringify(pins));
  return file;
}

describe('veildraft models fetch', () => {
  const hub = new FakeHub();
  let hubUrl: string;
  let pins: ReturnType<typeof tinyPins>['pins'];

  beforeAll(async () => {
    await ensureTinyModels();
    const tiny = tinyPins();
    pins = tiny.pins;
    for (const [k, v] of tiny.served) hub.files.set(k, v);
    hubUrl = await hub.start();
  });
  afterAll(() => hub.close());

  const fetchArgs = (modelsDir: string, pinsFile: string, ...more: string[]) => [
    'models',
    'fetch',
    '--hub-url',
    hubUrl,
    '--pins',
    pinsFile,
    '--models-dir',
    modelsDir,
    ...more,
  ];

  it('downloads through the redirect, resumes a dropped transfer with Range, and the appliance accepts the models', async () => {
    const work = tempDir();
    const modelsDir = path.join(work, 'models');
    const pinsFile = writePins(work, pins);
    hub.seen.length = 0;
    hub.dropOnce.add(`${llmRepo}/tiny-llm.gguf`);

    const result = await runCli(fetchArgs(modelsDir, pinsFile), { env: {}, timeoutMs: 60_000 });
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);

    const gguf = hub.transfers().filter((s) => s.path.endsWith('tiny-llm.gguf'));
    expect(gguf).toHaveLength(2);
    expect(gguf[0]?.range).toBeUndefined();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(gguf[1]?.range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(hub.seen.some((s) => s.path.includes('/resolve/'))).toBe(true);
    expect(result.stderr).toMatch(/llm llm\.gguf: [\d.]+ MB of [\d.]+ MB \(100%\), [\d.]+ MB\/s, done/);
    expect(readdirSync(modelsDir).filter((f) => f.endsWith('.partial'))).toEqual([]);

    // The appliance's own checks: the GGUF for drafting, the folder for embeddings, the manifest.
    expect(await verifyLlmModel(modelsDir, 'llm.gguf')).toEqual({ file: path.join(modelsDir, 'llm.gguf') });
    const embedder = createEmbedder({ modelsDir, model: 'embedding' });
    await embedder.load();
    expect(embedder.status()).toMatchObject({ state: 'ready' });
    await embedder.dispose();
    const status = await checkModels(modelsDir);
    expect(status.map((s) => s.status)).toEqual(status.map(() => 'ok'));
    expect(status.map((s) => s.path)).toContain('embedding/onnx/model.onnx');

    // A second run finds every file in place and transfers nothing.
    hub.seen.length = 0;
    const again = await runCli(fetchArgs(modelsDir, pinsFile), { env: {} });
    expect(again.code).toBe(0);
    expect(hub.seen).toEqual([]);
    expect(again.stdout).toContain('already present  llm');
    expect(again.stdout).not.toMatch(/^installed/m);
  });

  it('refuses and removes a file whose sha256 differs from its pin', async () => {
    const work = tempDir();
    const modelsDir = path.join(work, 'models');
    const wrong = structuredClone(pins);
    wrong.models.llm.files[0]!.sha256 = 'f'.repeat(64);
    const result = await runCli(fetchArgs(modelsDir, writePins(work, wrong), '--only', 'llm'), { env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error [models.checksum_mismatch]');
    expect(readdirSync(modelsDir)).toEqual([]);
    expect(readManifest(modelsDir).files).toEqual([]);
  });

  it('installs the same files from a folder copied onto an air-gapped machine', async () => {
    const work = tempDir();
    const modelsDir = path.join(work, 'models');
    const source = path.join(work, 'copied');
    for (const [key, bytes] of hub.files) {
      mkdirSync(path.dirname(path.join(source, key)), { recursive: true });
      writeFileSync(path.join(source, key), bytes);
    }
    hub.seen.length = 0;
    const pinsFile = writePins(work, pins);
    const result = await runCli(fetchArgs(modelsDir, pinsFile, '--from-dir', source), { env: {} });
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    expect(hub.seen).toEqual([]);
    expect(await verifyLlmModel(modelsDir, 'llm.gguf')).toEqual({ file: path.join(modelsDir, 'llm.gguf') });
    expect((await checkModels(modelsDir)).every((s) => s.status === 'ok')).toBe(true);

    // A damaged copy is refused like a damaged download.
    const damaged = path.join(work, 'damaged');
    cpSync(source, damaged, { recursive: true });
    const onnx = path.join(damaged, embeddingRepo, 'onnx/model_quantized.onnx');
    writeFileSync(onnx, Buffer.concat([readFileSync(onnx), Buffer.from([0])]));
    const other = path.join(work, 'models-2');
    const refused = await runCli(fetchArgs(other, pinsFile, '--from-dir', damaged, '--only', 'embedding'), {
      env: {},
    });
    expect(refused.stderr).toContain('error [models.checksum_mismatch]');
    expect(existsSync(path.join(other, 'embedding/onnx/model.onnx'))).toBe(false);
    expect(existsSync(path.join(other, 'embedding/onnx/model.onnx.partial'))).toBe(false);
  });

  it("refuses the release's unverified NER pin before fetching anything, while its LLM and embedding pins are complete", async () => {
    const released = readPins();
    expect(() => verifiedPin('llm', released.models.llm, 'pins.json')).not.toThrow();
    expect(() => verifiedPin('embedding', released.models.embedding, 'pins.json')).not.toThrow();

    const modelsDir = path.join(tempDir(), 'models');
    hub.seen.length = 0;
    const result = await runCli(
      ['models', 'fetch', '--only', 'ner', '--hub-url', hubUrl, '--models-dir', modelsDir],
      {
        env: {},
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error [models.pin_unverified]');
    expect(result.stderr).toContain('sha256 of onnx/model_quantized.onnx');
    expect(hub.seen).toEqual([]);
    expect(existsSync(modelsDir)).toBe(false);
  });
});
