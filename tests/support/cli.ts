import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll } from 'vitest';
import { runCli as runCliInProcess } from '../../src/cli/run-cli.js';
import { projectRoot } from '../../src/shared/paths.js';

const tsxLoader = import.meta.resolve('tsx');
const main = path.join(projectRoot, 'src', 'main.ts');

/** The environment a spawned appliance sees: only what the test sets, plus PATH/HOME. */
export function cliEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, VEILDRAFT_LOG_LEVEL: 'warn', ...vars };
}

/**
 * Every process spawnCli started and that has not exited. A test that times out never reaches
 * its own kill, and an appliance left running holds a port, a data folder and CPU for the rest of
 * the run: whatever is still alive when the test file ends is killed.
 */
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

export function spawnCli(args: string[], opts: { env: Record<string, string>; cwd?: string }): ChildProcess {
  const child = spawn(process.execPath, ['--import', tsxLoader, main, ...args], {
    cwd: opts.cwd ?? projectRoot,
    env: cliEnv(opts.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `veildraft <args>` to completion in this process, through the same `runCli` as main.ts,
 * with the environment a spawned CLI would see. A second or two faster per command than a
 * process under tsx; what needs a process of its own (exit codes as the shell sees them, signals,
 * the first start, kills) uses `runCliProcess`.
 */
export async function runCli(
  args: string[],
  opts: { env: Record<string, string>; input?: string; timeoutMs?: number },
): Promise<CliResult> {
  const out = { stdout: '', stderr: '' };
  const sink = (stream: keyof typeof out) =>
    new Writable({
      write(chunk, _encoding, done) {
        out[stream] += String(chunk);
        done();
      },
    });
  let timer: NodeJS.Timeout | undefined;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`CLI timed out after ${timeoutMs} ms; stderr: ${out.stderr}`)),
      timeoutMs,
    );
  });
  try {
    const code = await Promise.race([
      runCliInProcess({
        argv: args,
        env: cliEnv(opts.env),
        stdin: Readable.from(opts.input === undefined ? [] : [Buffer.from(opts.input)]),
        stdout: sink('stdout'),
        stderr: sink('stderr'),
      }),
      timedOut,
    ]);
    return { code, ...out };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `veildraft <args>` from source to completion, as a process of its own. */
export function runCliProcess(
  args: string[],
  opts: { env: Record<string, string>; cwd?: string; input?: string; timeoutMs?: number },
): Promise<CliResult> {
  const child = spawnCli(args, opts);
  return collect(child, opts.input, opts.timeoutMs ?? 30_000);
}

export function collect(child: ChildProcess, input?: string, timeoutMs = 30_000): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  child.stdin?.end(input ?? '');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`CLI timed out after ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls a URL until it answers 200 or the time is up. */
export async function waitForOk(url: string, timeoutMs = 20_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return res;
      last = res.status;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${String(last)})`);
}
