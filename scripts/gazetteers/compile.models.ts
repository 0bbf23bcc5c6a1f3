import { emptyNameTable, type NameTable } from '../../src/anonymize/recognizers/name-table.models.js';

/**
 * Builds the name gazetteer from its sources, with no I/O (build-gazetteers.ts reads faker's
 * locale tables and compromise's lexicon and writes the result; a test runs this on a tiny input).
 */

/** A faker person-name table: one list, or lists by sex. */
export type RawNameTable =
  | Partial<Record<'generic' | 'female' | 'male', readonly string[]>>
  | readonly string[];

/** A line of the given-name supplement: a name and, when it is clearly of one sex, that sex. */
export interface SupplementName {
  name: string;
  sex?: 'f' | 'm';
}

/**
 * Reads given-names.supplement.tsv: `name<TAB>f`, `name<TAB>m` or `name<TAB>` a line, `#` comments
 * and blank lines skipped. Throws on any other line, so a typo cannot slip into the table.
 */
export function parseGivenNameSupplement(text: string): SupplementName[] {
  const names: SupplementName[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([^\s#]+)\t([fm]?)$/u.exec(line);
    if (!m?.[1] || m[1] !== m[1].toLowerCase())
      throw new Error(
        `given-name supplement line ${i + 1} is not a lower-case name, a tab and f, m or nothing: ${line}`,
      );
    names.push(m[2] ? { name: m[1], sex: m[2] as 'f' | 'm' } : { name: m[1] });
  }
  return names;
}

export interface NameSources {
  /** One entry per locale: its first_name and last_name tables. */
  locales: readonly { first?: RawNameTable; last?: RawNameTable }[];
  /**
   * Given names the locale tables lack, and the sex of names they give without one or with a wrong one:
   * lower-case, one token each. Its sex (or none) replaces the locale tables'.
   */
  supplement: readonly SupplementName[];
  /** Names that are ordinary words, lower-case. */
  curatedAmbiguous: readonly string[];
  /** compromise's English lexicon: word → tag or tags. */
  englishLexicon: Readonly<Record<string, string | readonly string[]>>;
}

function flatten(table: RawNameTable | undefined): readonly string[] {
  if (!table) return [];
  if (Array.isArray(table)) return table;
  const t = table as Exclude<RawNameTable, readonly string[]>;
  return [...(t.generic ?? []), ...(t.female ?? []), ...(t.male ?? [])];
}

/** Lower-cased single tokens of at least two characters ("Ana María" gives "ana" and "maría"). */
function addTokens(out: Set<string>, names: readonly string[]): void {
  for (const name of names)
    for (const token of name.split(/[\s]+/u)) if (token.length >= 2) out.add(token.toLowerCase());
}

function tagsOf(tag: string | readonly string[]): readonly string[] {
  return typeof tag === 'string' ? [tag] : tag;
}

export function compileNameTable(sources: NameSources): NameTable {
  const table = emptyNameTable();
  for (const l of sources.locales) {
    addTokens(table.given, flatten(l.first));
    addTokens(table.surnames, flatten(l.last));
    if (l.first && !Array.isArray(l.first)) {
      const bySex = l.first as Exclude<RawNameTable, readonly string[]>;
      for (const name of bySex.female ?? []) table.female.add(name.toLowerCase());
      for (const name of bySex.male ?? []) table.male.add(name.toLowerCase());
    }
  }
  addTokens(
    table.given,
    sources.supplement.map((s) => s.name),
  );
  // The supplement has the last word on the sex of the names it lists: a name without one there is
  // of both sexes, or of one sex in one market and the other in another, whatever a locale table says.
  for (const { name, sex } of sources.supplement) {
    table.female.delete(name);
    table.male.delete(name);
    if (sex) table[sex === 'f' ? 'female' : 'male'].add(name);
  }
  for (const word of sources.curatedAmbiguous) table.ambiguous.add(word);
  const lexicon = sources.englishLexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = tagsOf(tag);
    const isName = tags.some((t) => /Name$/u.test(t));
    (isName ? table.englishNames : table.englishWords).add(word);
    // A given name compromise knows as another part of speech ("hope" Singular, "may" Modal).
    if (!isName && table.given.has(word)) table.ambiguous.add(word);
  }
  // compromise's English lexicon knows ~1,000 more first names and some surnames.
  for (const [word, tag] of Object.entries(lexicon)) {
    if (word.length < 2) continue;
    const tags = tagsOf(tag);
    if (tags.some((t) => /^(?:FirstName|MaleName|FemaleName)$/u.test(t))) table.given.add(word);
    if (tags.includes('LastName')) table.surnames.add(word);
  }
  return table;
}
