import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listenError } from '../../src/web/listen-check.js';
import { collect, freePort, runCliProcess, spawnCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

/** What a first start writes: a key file beside a data folder, both absent before. */
function firstStartEnv(dir: string, vars: Record<string, string> = {}): Record<string, string> {
  return {
    VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
    VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
    ...vars,
  };
}

let holder: Server | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (holder ? holder.close(() => r()) : r()));
  holder = undefined;
});

/** Starts the real CLI, reads stdout until `until` matches, then stops it with SIGTERM. */
async function startUntil(env: Record<string, string>, until: RegExp): Promise<string> {
  const child = spawnCli(['start'], { env });
  const done = collect(child, undefined, 90_000);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += d;
      if (until.test(out)) resolve();
    });
    child.once('exit', () => reject(new Error(`exited before ${until}: ${out}`)));
  });
  child.kill('SIGTERM');
  const r = await done;
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

// Each test starts the real CLI from source: slow on a loaded 2-core machine.
describe('the first start', { timeout: 120_000 }, () => {
  it('a port already in use stops the start with web.port_in_use and host:port, before any key or database is written', async () => {
    const port = await freePort();
    holder = createServer();
    await new Promise<void>((r) => holder?.listen(port, '127.0.0.1', r));
    const dir = tempDir();
    const r = await runCliProcess(['start'], {
      env: firstStartEnv(dir, { VEILDRAFT_PORT: String(port) }),
      timeoutMs: 90_000,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `error [web.port_in_use]: Cannot listen on 127.0.0.1:${port}: address in use.`,
    );
    expect(r.stderr).not.toContain('master key was created');
    expect(existsSync(path.join(dir, 'secrets'))).toBe(false);
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
  });

  it('names a denied or unavailable address with its own code and the host:port', () => {
    const denied = listenError('0.0.0.0', 80, Object.assign(new Error('x'), { code: 'EACCES' }));
    expect(denied.code).toBe('web.port_denied');
    expect(denied.message).toMatch(/^Cannot listen on 0\.0\.0\.0:80: permission denied\./);
    const gone = listenError('::1', 8080, Object.assign(new Error('x'), { code: 'EADDRNOTAVAIL' }));
    expect(gone.code).toBe('web.address_unavailable');
    expect(gone.message).toContain('Cannot listen on [::1]:8080: address not available.');
  });

  it('logs JSON when stdout is not a terminal, and says once that drafting is off for lack of a model', async () => {
    const env = firstStartEnv(tempDir(), {
      VEILDRAFT_PORT: String(await freePort()),
      VEILDRAFT_LOG_LEVEL: 'info',
    });
    const out = await startUntil(
      env,
      /anonymizer ready[\s\S]*drafting is off|drafting is off[\s\S]*anonymizer ready/,
    );
    const events = out
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { msg: string; code?: string; err?: { code?: string }; models?: string[] },
      );
    const missing = events.filter(
      (e) => e.code === 'llm.model_missing' || e.err?.code === 'llm.model_missing',
    );
    expect(missing, out).toHaveLength(1);
    expect(missing[0]!.msg.match(/drafting is off/gi), out).toHaveLength(1);
    // The shipped taggers (names and places; special categories) are the statistical models the
    // anonymizer runs here.
    expect(events.find((e) => e.msg === 'anonymizer ready')?.models).toEqual([
      'ner-tagger',
      'special-tagger',
    ]);
  });

  it('VEILDRAFT_LOG_FORMAT=pretty logs readable lines instead of JSON', async () => {
    const env = firstStartEnv(tempDir(), {
      VEILDRAFT_PORT: String(await freePort()),
      VEILDRAFT_LOG_LEVEL: 'info',
      VEILDRAFT_LOG_FORMAT: 'pretty',
    });
    const out = await startUntil(env, /veildraft started/);
    expect(out).not.toContain('{"level"');
    expect(out).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} INFO {2}veildraft started host=127\.0\.0\.1 port=\d+ scheme=http$/m,
    );
  });

  it('an anonymizer whose NER model is absent does not claim it is ready', async () => {
    const env = firstStartEnv(tempDir(), {
      VEILDRAFT_PORT: String(await freePort()),
      VEILDRAFT_LOG_LEVEL: 'info',
      VEILDRAFT_NER_ENGINE: 'transformer',
      VEILDRAFT_NER_MODEL: 'no-such-model',
    });
    const out = await startUntil(env, /anonymizer ready/);
    const ready = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; models?: string[] })
      .find((e) => e.msg === 'anonymizer ready');
    // Only the special-category tagger, which does not depend on the NER choice, is loaded.
    expect(ready?.models).toEqual(['special-tagger']);
  });
});
