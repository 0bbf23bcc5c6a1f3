import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../../shared/paths.js';
import { type NameTable, nameTablePath, parseNameTable } from './name-table.models.js';

/**
 * Given-name and surname gazetteers for every supported language, read once at module load from
 * models/names/names.tsv.gz (a few ms). `npm run build:gazetteers` compiles that file from the
 * person-name tables of @faker-js/faker (MIT; en, de, fr, nl, es, sv, it, da, nb_NO, fi, pl;
 * ~9.5k given names and ~6k surnames), the names compromise's English lexicon knows (MIT), and the
 * project's supplement of common adult names; models/names/PROVENANCE.md records the sources.
 * Compiled ahead because building these sets from faker's locale modules and compromise at start
 * cost ~60 MB of the process's memory.
 *
 * Names that are also ordinary words ("Will", "Mark", "May", "Rose", "Frank") are marked
 * ambiguous: recognizers must only accept them with evidence (a title, a greeting, an adjacent
 * name token, a seed from the mail headers).
 */
export function loadNameTable(file: string = path.join(projectRoot, nameTablePath)): NameTable {
  return parseNameTable(gunzipSync(readFileSync(file)).toString('utf8'));
}

const table = loadNameTable();

export function isGivenName(token: string): boolean {
  return table.given.has(token.toLowerCase());
}

export function isSurname(token: string): boolean {
  return table.surnames.has(token.toLowerCase());
}

/** True when a name token is also an ordinary word and needs evidence before it is flagged. */
export function isAmbiguousName(token: string): boolean {
  return table.ambiguous.has(token.toLowerCase());
}

/**
 * What compromise's English lexicon says of a lower-cased word: a name ("aaron"), another word
 * ("hope", "table"), or nothing when it does not know the word.
 */
export function englishLexiconKind(lower: string): 'name' | 'word' | undefined {
  if (table.englishNames.has(lower)) return 'name';
  return table.englishWords.has(lower) ? 'word' : undefined;
}

export const gazetteerSizes = { given: table.given.size, surnames: table.surnames.size };

/** The sex a given name suggests when faker's female and male tables agree; a name in both tables, or in neither, gives none. */
export function sexOfGivenName(token: string): 'f' | 'm' | undefined {
  const key = token.toLowerCase();
  const f = table.female.has(key);
  return f === table.male.has(key) ? undefined : f ? 'f' : 'm';
}
