// `npm run bench`: runs every benchmark module in scripts/bench/ (or those named on the
// command line), writes bench-results/bench.json and prints a short table per module.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../src/shared/paths.js';

type Result = Record<string, unknown>;

const dir = path.join(projectRoot, 'scripts', 'bench');
const wanted = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

const results: Record<string, Result> = {};
for (const name of modules) {
  process.stderr.write(`bench ${name}…\n`);
  const mod = (await import(pathToFileURL(path.join(dir, `${name}.ts`)).href)) as {
    run: () => Promise<Result>;
  };
  const started = Date.now();
  try {
    results[name] = { ...(await mod.run()), wallMs: Date.now() - started };
  } catch (e) {
    results[name] = { error: e instanceof Error ? e.message : String(e) };
  }
  printTable(name, results[name]!);
}

const out = path.join(projectRoot, 'bench-results');
mkdirSync(out, { recursive: true });
const file = path.join(out, 'bench.json');
writeFileSync(
  file,
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, results }, null, 2)}\n`,
);
process.stderr.write(`results written to ${path.relative(process.cwd(), file)}\n`);

function printTable(name: string, r: Result): void {
  const rows = Object.entries(r).filter(([, v]) => typeof v !== 'object' || v === null);
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`\n${name}\n${'-'.repeat(name.length)}\n`);
  for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${String(v)}\n`);
}
