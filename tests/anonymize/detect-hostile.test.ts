import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Mail is written by anyone: a pasted log line, a licence key or a long token must not stall the
 * appliance. Detection runs on the process's one thread, so a pattern whose time grows with the
 * square of a run's length (or worse) stops sync and the console for minutes. Each text below once
 * did that: a run of digits (the dose pattern: 2 s for 40 KB); a hyphenated run of capitalised
 * parts (the name patterns: 2^n readings, minutes for 100 characters; in Finnish mail also the
 * institution pattern: a minute for 128 KB); runs joined by apostrophes or ampersands (the name
 * and organisation patterns read to the run's end from every capital); one long token of letters
 * and digits (the taggers' word shape: 26 s for 256 KB, a minute for 400 KB). They go through the
 * shipped detector (rules and both taggers) in a child process killed after 60 s; linear, they
 * take a few seconds together.
 */
const root = path.resolve(import.meta.dirname, '../..');
const run = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const hostile: [string, string, string][] = [
  ['a run of digits', run('1234567890', 200_000), 'de'],
  ['a hyphenated run of capitalised parts', run('Aa-', 100_000), 'de'],
  ['the same in Finnish mail', run('AB-', 100_000), 'fi'],
  ['a run of capitals joined by ampersands', run('A&', 100_000), 'de'],
  ['a run of capitalised parts with apostrophes', run("Aa'", 100_000), 'de'],
  ['one long token of letters and digits', run('A1', 400_000), 'de'],
];

describe('detection on hostile text', () => {
  it('finishes every text, each in time proportional to its length', () => {
    const input = hostile.map(([id, text, lang]) => JSON.stringify({ id, text, lang })).join('\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'detect', '--jsonl'], {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, VEILDRAFT_DATA_DIR: '/nonexistent/veildraft' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    });
    expect(r.signal, 'the detector was killed after 60 s').toBeNull();
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; spans?: unknown[] });
    expect(out.map((o) => o.id)).toEqual(hostile.map(([id]) => id));
    for (const o of out) expect(o.spans).toBeDefined();
  }, 90_000);
});
