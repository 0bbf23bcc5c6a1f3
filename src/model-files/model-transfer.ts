import { createHash, type Hash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { isAppError } from '../shared/errors.js';
import { modelFileErrors } from './model-files.errors.js';

/**
 * Moves one model file into place with its sha256 checked on the way: the bytes go to
 * `<dest>.partial`, hashed while they are written, and only a file whose sha256 matches is renamed
 * to `dest` (a reader never sees a half-written or unverified model). An interrupted transfer
 * keeps the partial file and continues from its end (HTTP Range), in this run or the next.
 */
export interface TransferTarget {
  /** Shown in progress lines ("llm qwen…gguf"). */
  label: string;
  dest: string;
  sha256: string;
  /** Known size in bytes, else the source's Content-Length, for the percentage. */
  size?: number;
}

export interface TransferProgress {
  label: string;
  bytes: number;
  total?: number;
  done: boolean;
}

/** The bytes from `offset` on; `resumed` false when the source starts again from byte 0. */
export type TransferSource = (offset: number) => Promise<{
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  resumed: boolean;
  /** Bytes still to come, when the source knows. */
  remaining?: number;
}>;

/** The public model hub's layout (`<base>/<repo>/resolve/<revision>/<path>`), redirects followed. */
export function hubFileUrl(baseUrl: string, repository: string, revision: string, file: string): string {
  const enc = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  return `${baseUrl.replace(/\/+$/, '')}/${enc(repository)}/resolve/${revision}/${enc(file)}`;
}

export function httpSource(url: string): TransferSource {
  return async (offset) => {
    // fetch follows the hub's redirect to its CDN and keeps the Range header on the way.
    const res = await fetch(url, {
      headers: offset > 0 ? { range: `bytes=${offset}-` } : {},
      redirect: 'follow',
    });
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    const remaining = Number.isFinite(length) ? length : undefined;
    if (res.status === 206 && res.body && res.headers.get('content-range')?.startsWith(`bytes ${offset}-`)) {
      return { body: res.body, resumed: true, remaining };
    }
    if (res.status === 200 && res.body) return { body: res.body, resumed: false, remaining };
    // The partial file already holds every byte: its hash decides.
    if (res.status === 416 && offset > 0) return { body: [], resumed: true, remaining: 0 };
    await res.body?.cancel();
    throw modelFileErrors.transferFailed({ what: url, reason: `the server answered HTTP ${res.status}` });
  };
}

export function fileSource(file: string, dir: string): TransferSource {
  return async (offset) => {
    if (!existsSync(file)) throw modelFileErrors.sourceMissing({ file: path.relative(dir, file), dir });
    return {
      body: createReadStream(file, { start: offset }),
      resumed: true,
      remaining: statSync(file).size - offset,
    };
  };
}

export async function transferFile(
  source: TransferSource,
  target: TransferTarget,
  onProgress: (p: TransferProgress) => void,
  options: { attempts?: number; retryDelayMs?: number } = {},
): Promise<void> {
  const attempts = options.attempts ?? 4;
  const partial = `${target.dest}.partial`;
  mkdirSync(path.dirname(target.dest), { recursive: true });
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await new Promise((r) => setTimeout(r, (options.retryDelayMs ?? 1000) * (attempt - 1)));
    let offset = existsSync(partial) ? statSync(partial).size : 0;
    if (target.size !== undefined && offset > target.size) offset = 0;
    let opened: Awaited<ReturnType<TransferSource>>;
    try {
      opened = await source(offset);
    } catch (e) {
      // An answer (404, a missing source file) does not change on retry; a network error may.
      if (isAppError(e)) throw e;
      lastError = e;
      continue;
    }
    if (!opened.resumed) offset = 0;
    const hash = createHash('sha256');
    if (offset > 0) await hashFile(hash, partial);
    const total = target.size ?? (opened.remaining !== undefined ? offset + opened.remaining : undefined);
    try {
      await receive(opened.body, partial, offset, hash, (bytes, done) =>
        onProgress({ label: target.label, bytes, total, done }),
      );
    } catch (e) {
      lastError = e;
      continue;
    }
    const actual = hash.digest('hex');
    if (actual !== target.sha256) {
      rmSync(partial, { force: true });
      throw modelFileErrors.checksumMismatch({ file: target.dest, expected: target.sha256, actual });
    }
    renameSync(partial, target.dest);
    return;
  }
  throw modelFileErrors.transferFailed(
    { what: target.label, reason: `${attempts} attempts were interrupted (${errorText(lastError)})` },
    { cause: lastError },
  );
}

/**
 * Appends the body to the partial file chunk by chunk, each write awaited: whatever arrived
 * before a dropped connection is on disk, so the next attempt asks for exactly the rest.
 */
async function receive(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  partial: string,
  offset: number,
  hash: Hash,
  progress: (bytes: number, done: boolean) => void,
): Promise<void> {
  const out = await open(partial, offset > 0 ? 'a' : 'w');
  let bytes = offset;
  try {
    for await (const chunk of body) {
      hash.update(chunk);
      await out.write(chunk);
      bytes += chunk.length;
      progress(bytes, false);
    }
  } finally {
    await out.close();
  }
  progress(bytes, true);
}

function hashFile(hash: Hash, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    createReadStream(file)
      .on('data', (d) => hash.update(d))
      .on('end', () => resolve())
      .on('error', reject);
  });
}

function errorText(e: unknown): string {
  const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
  return e instanceof Error ? `${e.message}${cause}` : String(e);
}
