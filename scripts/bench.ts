// `npm run bench`: runs every benchmark module in scripts/bench/ (or those named on the
// command line, with options for them: `npm run bench -- drafting --model PATH`), each in its own process so one module's memory and warm caches do not skew
// another's figures; writes bench-results/bench.json and prints a short table per module.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../src/shared/paths.js';

type Result = Record<string, unknown>;

const dir = path.join(projectRoot, 'scripts', 'bench');
const childMarker = '--run-one';

if (process.argv[2] === childMarker) {
  // Child: run one module and print its result as the last line of stdout.
  const name = process.argv[3]!;
  const mod = (await import(pathToFileURL(path.join(dir, `${name}.ts`)).href)) as {
    run: () => Promise<Result>;
  };
  const started = Date.now();
  const result = await mod.run();
  process.stdout.write(`\n${JSON.stringify({ ...result, wallMs: Date.now() - started })}\n`);
  process.exit(0);
}

// Module names, and options passed on to every module (`--name value` or `--name=value`).
const wanted: string[] = [];
const options: string[] = [];
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i]!;
  if (!arg.startsWith('--')) wanted.push(arg);
  else {
    options.push(arg);
    const value = process.argv[i + 1];
    if (!arg.includes('=') && value !== undefined && !value.startsWith('--')) {
      options.push(value);
      i++;
    }
  }
}
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

const results: Record<string, Result> = {};
for (const name of modules) {
  process.stderr.write(`bench ${name}…\n`);
  const child = spawnSync(
    process.execPath,
    // --expose-gc: modules that report memory collect garbage before reading it.
    [
      '--expose-gc',
      '--import',
      'tsx',
      path.join(projectRoot, 'scripts', 'bench.ts'),
      childMarker,
      name,
      ...options,
    ],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  try {
    results[name] =
      child.status === 0 ? (JSON.parse(last) as Result) : { error: `exit code ${child.status}` };
  } catch {
    results[name] = { error: 'no result printed' };
  }
  printTable(name, results[name]!);
}

const out = path.join(projectRoot, 'bench-results');
mkdirSync(out, { recursive: true });
const file = path.join(out, 'bench.json');
writeFileSync(
  file,
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, results }, null, 2)}\n`,
);
process.stderr.write(`results written to ${path.relative(process.cwd(), file)}\n`);

/** Every figure, nested ones as `group.key` (arrays are left to the JSON file). */
function printTable(name: string, r: Result): void {
  const rows: [string, unknown][] = [];
  const add = (prefix: string, value: unknown) => {
    if (Array.isArray(value)) return;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) add(prefix ? `${prefix}.${k}` : k, v);
    } else rows.push([prefix, value]);
  };
  add('', r);
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`\n${name}\n${'-'.repeat(name.length)}\n`);
  for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${String(v)}\n`);
}
