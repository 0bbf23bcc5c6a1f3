import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../../shared/paths.js';
import type { Lang } from '../anonymize.types.js';
import { loadCommonWords } from '../lexicon/lexicon.loader.js';
import { type NameTable, nameTablePath, parseNameTable } from './name-table.models.js';

/**
 * Given-name and surname gazetteers for every supported language, read once on first use from
 * models/names/names.tsv.gz (a few ms; a process that never detects never holds them). `npm run build:gazetteers` compiles that file from the
 * person-name tables of @faker-js/faker (MIT; en, de, fr, nl, es, sv, it, da, nb_NO, fi, pl;
 * ~9.5k given names and ~6k surnames), the names compromise's English lexicon knows (MIT), and the
 * project's supplement of common adult names with their sexes; models/names/PROVENANCE.md records the sources.
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

let table: NameTable | undefined;

/** The shipped table, read on the first call. */
export function loadedNameTable(): NameTable {
  table ??= loadNameTable();
  return table;
}

export function isGivenName(token: string): boolean {
  return loadedNameTable().given.has(token.toLowerCase());
}

export function isSurname(token: string): boolean {
  return loadedNameTable().surnames.has(token.toLowerCase());
}

/** True when a name token is also an ordinary word and needs evidence before it is flagged. */
export function isAmbiguousName(token: string): boolean {
  return loadedNameTable().ambiguous.has(token.toLowerCase());
}

/**
 * What compromise's English lexicon says of a lower-cased word: a name ("aaron"), another word
 * ("hope", "table"), or nothing when it does not know the word.
 */
export function englishLexiconKind(lower: string): 'name' | 'word' | undefined {
  const t = loadedNameTable();
  if (t.englishNames.has(lower)) return 'name';
  return t.englishWords.has(lower) ? 'word' : undefined;
}

const commonWords = new Map<Lang, Set<string>>();

/**
 * Whether a lower-cased word is an ordinary word of the language (models/lexicons/compiled/
 * <lang>.common.*): "tod" in German, "olen" in Finnish, "los" in Spanish. Each language's list is
 * read when a message in it is first checked.
 */
export function isCommonWord(lower: string, lang: Lang): boolean {
  let words = commonWords.get(lang);
  if (!words) {
    words = loadCommonWords(lang);
    commonWords.set(lang, words);
  }
  return words.has(lower);
}

export function gazetteerSizes(): { given: number; surnames: number } {
  const t = loadedNameTable();
  return { given: t.given.size, surnames: t.surnames.size };
}

/**
 * The sex a given name suggests: faker's female and male tables with the sexes of the project's
 * given-name supplement (scripts/gazetteers/given-names.supplement.tsv), which labels the names faker
 * leaves without one and takes away a sex that holds in one country only. A name in both tables, or
 * in neither, gives none.
 */
export function sexOfGivenName(token: string): 'f' | 'm' | undefined {
  const key = token.toLowerCase();
  const t = loadedNameTable();
  const f = t.female.has(key);
  return f === t.male.has(key) ? undefined : f ? 'f' : 'm';
}
