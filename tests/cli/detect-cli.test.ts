import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const sample = readFileSync(path.join(import.meta.dirname, 'detect-sample.jsonl'), 'utf8');

function veildraft(args: string[], input: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    // No data dir, no master key: these commands must not need them.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, VEILDRAFT_DATA_DIR: '/nonexistent/veildraft' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface OutLine {
  id: string | number | null;
  spans?: { start: number; end: number; type: string; score: number }[];
  error?: string;
}

describe('veildraft detect --jsonl', () => {
  const run = veildraft(['detect', '--jsonl'], sample);
  const inputs = sample.trim().split('\n');
  const out = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as OutLine);
  const textOf = (i: number) => (JSON.parse(inputs[i]!) as { text: string }).text;
  const spansOf = (i: number) => out[i]!.spans!.map((s) => `${s.type}:${textOf(i).slice(s.start, s.end)}`);

  it('answers every input line, in input order, with its id', () => {
    expect(run.code).toBe(0);
    expect(out.map((o) => o.id)).toEqual(['en-1', 'de-1', null, 'fr-1', 'empty', 42, 'no-text']);
  });

  it('gives offsets into the input text (JavaScript string offsets, end exclusive)', () => {
    expect(spansOf(0)).toEqual(
      expect.arrayContaining(['PHONE:+44 20 7946 0958', 'EMAIL:john.smith@gmail.com', 'PERSON:John Smith']),
    );
    expect(spansOf(1)).toEqual(['IBAN:DE89 3704 0044 0532 0130 00']);
    expect(spansOf(3)).toEqual(expect.arrayContaining(['CARD:4012-8888-8888-1881', 'IP:86.231.85.193']));
    expect(spansOf(4)).toEqual([]);
    expect(spansOf(5)).toEqual(['URL:https://forum.example.de/user/hmueller/posts']);
    for (const o of out)
      for (const s of o.spans ?? []) expect(Object.keys(s)).toEqual(['start', 'end', 'type', 'score']);
  });

  it('turns a bad line into an error object and a message on stderr, and carries on', () => {
    expect(out[2]!.error).toMatch(/^input\.bad_json/);
    expect(out[6]).toEqual({ id: 'no-text', error: expect.stringMatching(/^input\.missing_text/) });
    expect(run.stderr).toContain('input.bad_json');
    expect(run.stderr).toContain('2 of 7 lines failed');
    // The message names the line and id, never the text.
    expect(run.stderr).not.toContain('broken');
  });

  it('streams thousands of lines through one detector', () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({
        id: `m${i}`,
        text: `Ticket ${i}: please call +31 20 123 4567 or mail user${i}@example.nl`,
      }),
    ).join('\n');
    const big = veildraft(['detect', '--jsonl'], lines);
    const got = big.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutLine);
    expect(got).toHaveLength(3000);
    expect(got[2999]!.id).toBe('m2999');
    expect(got.every((o) => o.spans?.some((s) => s.type === 'EMAIL'))).toBe(true);
  });
});

describe('veildraft detect --jsonl --ner', () => {
  it('goes on with the rules and says why when the NER model is missing', () => {
    const r = veildraft(
      ['detect', '--jsonl', '--ner', 'no-such-model'],
      '{"id":"x","text":"Call 020 7946 0958"}\n',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ner disabled \[models\.ner_missing\]/i);
    expect(JSON.parse(r.stdout)).toEqual({
      id: 'x',
      spans: [{ start: 5, end: 18, type: 'PHONE', score: 0.9 }],
    });
  });
});

describe('veildraft anonymize', () => {
  it('applies the special-category policy given on the command line', () => {
    const r = veildraft(['anonymize', '--special', 'sentence'], 'My son has diabetes. Call 020 7946 0958.');
    expect(r.stdout).toBe('[HEALTH] Call [PHONE_1].\n');
    const bad = veildraft(['anonymize', '--special', 'maybe'], 'x');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('anonymize.bad_policy');
  });

  it('anonymizes plain text from stdin', () => {
    const r = veildraft(['anonymize'], 'Please call me on 020 7946 0958 or mail jan@example.nl.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Please call me on [PHONE_1] or mail [EMAIL_1].\n');
  });

  it('reads an .eml, uses its headers as participants, and anonymizes subject and body consistently', () => {
    const eml = [
      'From: "Berg, Anna" <anna.berg@example.se>',
      'To: Acme Support <support@acme.example>',
      'Subject: Claim of Anna Berg',
      'Message-ID: <1@example.se>',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Hej,',
      'jag heter Anna Berg och mitt nummer är 070-123 45 67.',
      '',
      'Vänliga hälsningar',
      'Anna',
      '',
    ].join('\r\n');
    const r = veildraft(['anonymize', '--eml'], eml);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Subject: Claim of \[PERSON_1\]\n\n/);
    expect(r.stdout).toContain('jag heter [PERSON_1] och mitt nummer är [PHONE_1].');
    expect(r.stdout).toMatch(/Vänliga hälsningar\n\[PERSON_1\]/);
    expect(r.stdout).not.toMatch(/Anna|Berg|070/);
  });
});
