import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compileNameTable } from '../../../scripts/gazetteers/compile.models.js';
import { loadNameTable, sexOfGivenName } from '../../../src/anonymize/recognizers/name-lists.js';
import { formatNameTable, parseNameTable } from '../../../src/anonymize/recognizers/name-table.models.js';

const tiny = compileNameTable({
  locales: [
    { first: { female: ['Anna', 'Ana María', 'Kim'], male: ['Jürgen', 'Kim'] }, last: ['Müller', 'Baker'] },
    { first: ['Hope'], last: { generic: ['Rossi'] } },
  ],
  supplement: ['uwe'],
  curatedAmbiguous: ['baker'],
  englishLexicon: { hope: 'Singular', aaron: ['MaleName', 'FirstName'], smith: 'LastName', table: ['Noun'] },
});

describe('name gazetteer compiler', () => {
  it('takes lower-cased tokens of given names and surnames from every locale and the supplement', () => {
    expect([...tiny.given].sort()).toEqual(['aaron', 'ana', 'anna', 'hope', 'jürgen', 'kim', 'maría', 'uwe']);
    expect([...tiny.surnames].sort()).toEqual(['baker', 'müller', 'rossi', 'smith']);
  });

  it('marks a given name the English lexicon knows as another word ambiguous, beside the curated ones', () => {
    expect([...tiny.ambiguous].sort()).toEqual(['baker', 'hope']);
  });

  it('keeps whole table entries by sex, a name in both tables in both', () => {
    expect([...tiny.female].sort()).toEqual(['ana maría', 'anna', 'kim']);
    expect([...tiny.male].sort()).toEqual(['jürgen', 'kim']);
  });

  it('writes sorted lines with flags that read back to the same sets', () => {
    const text = formatNameTable(tiny);
    expect(text.split('\n').slice(0, 3)).toEqual(['aaron\tgn', 'ana\tg', 'ana maría\tf']);
    expect(formatNameTable(parseNameTable(text))).toBe(text);
  });

  it('refuses a line with an unknown flag', () => {
    expect(() => parseNameTable('anna\tgz\n')).toThrow(/flag unknown: z/u);
  });
});

describe('name gazetteer loader', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'names-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a gzipped compiled table', () => {
    const file = path.join(dir, 'names.tsv.gz');
    writeFileSync(file, gzipSync(formatNameTable(tiny)));
    const loaded = loadNameTable(file);
    expect(loaded.given.has('jürgen')).toBe(true);
    expect(loaded.englishWords.has('table')).toBe(true);
    expect(loaded.englishNames.has('aaron')).toBe(true);
  });

  it('gives the sex of a name only when the shipped tables agree', () => {
    expect(sexOfGivenName('Anna')).toBe('f');
    expect(sexOfGivenName('Lars')).toBe('m');
    expect(sexOfGivenName('Andrea')).toBeUndefined();
    expect(sexOfGivenName('Jürgen')).toBeUndefined();
  });
});
