import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParseLimits, ParseOutcome } from '../../src/ingest/message.parse.js';
import { projectRoot } from '../../src/shared/paths.js';
import { mail } from '../sync/sync-fixtures.js';

const limits: ParseLimits = {
  maxBytes: 1024 * 1024,
  maxHeaderBytes: 64 * 1024,
  maxHeaderFields: 500,
  maxDepth: 10,
  maxParts: 100,
  timeoutMs: 10_000,
};

describe('the parse thread as built', () => {
  // Inside the project, so the compiled code finds node_modules as dist/ does.
  mkdirSync(path.join(projectRoot, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(projectRoot, '.tmp', 'parse-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts from compiled JavaScript, without a TypeScript loader, and parses', async () => {
    // The build's own settings, for the parse modules and what they import.
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: path.join(projectRoot, 'tsconfig.build.json'),
        compilerOptions: { outDir: path.join(dir, 'out'), rootDir: path.join(projectRoot, 'src') },
        include: [path.join(projectRoot, 'src', 'ingest', 'message.parse.worker.ts')],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const built = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(built.stdout + built.stderr).toBe('');

    // A plain node process (no tsx): the same path `npm start` takes.
    const parse = pathToFileURL(path.join(dir, 'out', 'ingest', 'message.parse.js')).href;
    const script = `const { parseMessage } = await import(${JSON.stringify(parse)});
const out = await parseMessage(Buffer.from(${JSON.stringify(mail({ subject: 'Built' }).raw)}), ${JSON.stringify(limits)});
process.stdout.write(JSON.stringify(out));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as ParseOutcome;
    expect(out.ok && out.message.headers.subject).toBe('Built');
  }, 120_000);
});
