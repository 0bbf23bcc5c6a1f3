import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compileNameTable, parseGivenNameSupplement } from '../../../scripts/gazetteers/compile.models.js';
import { loadNameTable, sexOfGivenName } from '../../../src/anonymize/recognizers/name-lists.js';
import { formatNameTable, parseNameTable } from '../../../src/anonymize/recognizers/name-table.models.js';
import { projectRoot } from '../../../src/shared/paths.js';

const tiny = compileNameTable({
  locales: [
    {
      first: { female: ['Anna', 'Ana María', 'Kim', 'Sasha'], male: ['Jürgen', 'Kim'] },
      last: ['Müller', 'Baker'],
    },
    { first: ['Hope'], last: { generic: ['Rossi'] } },
  ],
  supplement: [{ name: 'uwe', sex: 'm' }, { name: 'sasha' }],
  curatedAmbiguous: ['baker'],
  englishLexicon: { hope: 'Singular', aaron: ['MaleName', 'FirstName'], smith: 'LastName', table: ['Noun'] },
});

describe('name gazetteer compiler', () => {
  it('takes lower-cased tokens of given names and surnames from every locale and the supplement', () => {
    expect([...tiny.given].sort()).toEqual([
      'aaron',
      'ana',
      'anna',
      'hope',
      'jürgen',
      'kim',
      'maría',
      'sasha',
      'uwe',
    ]);
    expect([...tiny.surnames].sort()).toEqual(['baker', 'müller', 'rossi', 'smith']);
  });

  it('marks a given name the English lexicon knows as another word ambiguous, beside the curated ones', () => {
    expect([...tiny.ambiguous].sort()).toEqual(['baker', 'hope']);
  });

  it('keeps whole table entries by sex, a name in both tables in both, with the supplement sex replacing theirs', () => {
    expect([...tiny.female].sort()).toEqual(['ana maría', 'anna', 'kim']);
    expect([...tiny.male].sort()).toEqual(['jürgen', 'kim', 'uwe']);
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

describe('given-name supplement', () => {
  const file = path.join(projectRoot, 'scripts/gazetteers/given-names.supplement.tsv');
  const text = readFileSync(file, 'utf8');

  it('reads names with f, m or no sex, skipping comments and blank lines', () => {
    expect(parseGivenNameSupplement('# method: test\n\nmirjam\tf\niker\tm\nandrea\t\n')).toEqual([
      { name: 'mirjam', sex: 'f' },
      { name: 'iker', sex: 'm' },
      { name: 'andrea' },
    ]);
  });

  it('refuses a line without a tab, with another sex, with a space or in capitals', () => {
    for (const bad of ['mirjam', 'mirjam\tx', 'mirjam f', 'ana maría\tf', 'Mirjam\tf', 'mirjam\tf\t'])
      expect(() => parseGivenNameSupplement(bad), bad).toThrow(/not a lower-case name/u);
  });

  it('ships a data file whose every line is a name, a tab and f, m or nothing, sorted and without repeats', () => {
    const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    for (const line of lines) expect(line).toMatch(/^[^\s#]+\t[fm]?$/u);
    const names = lines.map((l) => l.slice(0, l.indexOf('\t')));
    expect(names).toEqual([...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(parseGivenNameSupplement(text)).toHaveLength(lines.length);
    expect(text).toMatch(/^# method: /mu);
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
  });

  it('knows the sex of common adult names across the markets, and none for names of both sexes', () => {
    const female = [
      'Mirjam',
      'Ainhoa',
      'Leire',
      'Małgorzata',
      'Malgorzata',
      'Ragnhild',
      'Päivi',
      'Marie-Claude',
      'Siobhan',
    ];
    const male = [
      'Wojciech',
      'Iker',
      'Aitor',
      'Iñigo',
      'Petter',
      'Jürgen',
      'Jean-Pierre',
      'Pekka',
      'Søren',
      'Giuseppe',
    ];
    for (const name of female) expect(sexOfGivenName(name), name).toBe('f');
    for (const name of male) expect(sexOfGivenName(name), name).toBe('m');
    // Both sexes, or one sex in one country and the other in another.
    for (const name of [
      'Andrea',
      'Simone',
      'Nicola',
      'Kim',
      'Gerd',
      'Inge',
      'Noor',
      'Yuki',
      'Ola',
      'Jan',
      'Lee',
    ])
      expect(sexOfGivenName(name), name).toBeUndefined();
  });
});
