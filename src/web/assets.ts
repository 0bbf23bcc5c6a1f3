import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from 'hono';
import { projectRoot } from '../shared/paths.js';

const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Assets in web/ are read once at start into memory: a fixed allow-list of file names means no
 * path from a request ever reaches the file system.
 */
export function loadAssets(dir = path.join(projectRoot, 'web')): Map<string, { body: Buffer; type: string }> {
  const assets = new Map<string, { body: Buffer; type: string }>();
  for (const name of ['console.css', 'console.js', 'favicon.svg']) {
    const type = types[path.extname(name)] ?? 'application/octet-stream';
    assets.set(name, { body: readFileSync(path.join(dir, name)), type });
  }
  return assets;
}

export function serveAsset(assets: Map<string, { body: Buffer; type: string }>) {
  return (c: Context) => {
    const asset = assets.get(c.req.param('file') ?? '');
    if (!asset) return c.notFound();
    return c.body(new Uint8Array(asset.body), 200, {
      'Content-Type': asset.type,
      'Cache-Control': 'public, max-age=3600',
    });
  };
}
