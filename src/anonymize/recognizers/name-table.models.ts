/**
 * The compiled name gazetteer's format, shared by its build step (scripts/gazetteers) and the
 * runtime loader (name-lists.ts): one line per lower-cased entry, `entry<TAB>flags`, sorted,
 * each flag one letter:
 *
 *   g  a given-name token            s  a surname token
 *   a  ambiguous: also an ordinary word, needs evidence
 *   f  a female given name            m  a male given name (a whole table entry, "ana maría")
 *   n  an English lexicon word tagged as a name   w  an English lexicon word that is not a name
 *
 * A text file rather than code: loading it costs a few MB and milliseconds, where building the
 * same sets from faker's locale modules and compromise's lexicon at start cost ~60 MB and ~0.5 s.
 */
/** Where the compiled table lives, relative to the project root. */
export const nameTablePath = 'models/names/names.tsv.gz';

export interface NameTable {
  given: Set<string>;
  surnames: Set<string>;
  ambiguous: Set<string>;
  female: Set<string>;
  male: Set<string>;
  englishNames: Set<string>;
  englishWords: Set<string>;
}

const flagSets = [
  ['g', 'given'],
  ['s', 'surnames'],
  ['a', 'ambiguous'],
  ['f', 'female'],
  ['m', 'male'],
  ['n', 'englishNames'],
  ['w', 'englishWords'],
] as const satisfies readonly (readonly [string, keyof NameTable])[];

export function emptyNameTable(): NameTable {
  return {
    given: new Set(),
    surnames: new Set(),
    ambiguous: new Set(),
    female: new Set(),
    male: new Set(),
    englishNames: new Set(),
    englishWords: new Set(),
  };
}

/** Deterministic: entries in code-unit order, flags in a fixed order. */
export function formatNameTable(table: NameTable): string {
  const flags = new Map<string, string>();
  for (const [flag, key] of flagSets)
    for (const entry of table[key]) {
      if (/[\t\n]/u.test(entry)) throw new Error(`name table entry with a tab or newline: ${entry}`);
      flags.set(entry, (flags.get(entry) ?? '') + flag);
    }
  const entries = [...flags.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.map((e) => `${e}\t${flags.get(e)}\n`).join('');
}

export function parseNameTable(text: string): NameTable {
  const table = emptyNameTable();
  const byFlag = new Map<string, Set<string>>(flagSets.map(([flag, key]) => [flag, table[key]]));
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    if (tab < 1) throw new Error(`name table line without an entry and flags: ${line}`);
    const entry = line.slice(0, tab);
    for (const flag of line.slice(tab + 1)) {
      const set = byFlag.get(flag);
      if (!set) throw new Error(`name table flag unknown: ${flag}`);
      set.add(entry);
    }
  }
  return table;
}
