import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../../shared/paths.js';
import { type Lang, languages, type SpecialType, specialTypes } from '../anonymize.types.js';
import { foldOf } from './lexicon.text.js';
import { TermMatcher } from './matcher.js';
import { parseTerm } from './term-syntax.js';

/**
 * Loads the committed lexicons of models/lexicons, one language at a time: the curated term tables
 * (curated/<lang>.txt with the self-reference leads, and curated/<lang>.<topic>.txt, one file per
 * topic and method so each can name its source in PROVENANCE.md) and the lists compiled from open
 * vocabularies (compiled/<lang>.<category>.<source>.txt.gz, one term per line). Lists marked
 * `intl` (drug names, EU-wide brands) join the English table, which is scanned for every language.
 * An `[ORG]` section (curated/<lang>.orgs.txt: public bodies and nationwide institutions) fills a
 * matcher of its own, so organisation names never reach the special-category scan.
 */

export interface LexiconTable {
  lang: Lang;
  matcher: TermMatcher;
  /** Public bodies and nationwide institutions named without a legal form (ORG). */
  orgs: TermMatcher;
  /** Self-reference right before a hit ("my", "ich bin", "member of"). */
  lead: RegExp;
}

export const lexiconDir = path.join(projectRoot, 'models', 'lexicons');

/** File-name category → type. */
export const categoryTypes: Record<string, SpecialType> = {
  health: 'HEALTH',
  ethnic: 'ETHNIC_ORIGIN',
  religion: 'RELIGION',
  political: 'POLITICAL_OPINION',
  union: 'TRADE_UNION',
  sexual: 'SEXUAL_ORIENTATION',
  genetic: 'GENETIC',
  biometric: 'BIOMETRIC',
};

export interface CuratedTable {
  leads: string[];
  /** Joining words a `_` of a term does not stand for (see term-syntax.ts). */
  joiners: string[];
  terms: Record<SpecialType, string[]>;
  orgs: string[];
}

/** `[leads]` / `[joiners]` / `[HEALTH]` … / `[ORG]` sections, one entry per line, `#` comments. */
export function parseCurated(text: string): CuratedTable {
  const terms = Object.fromEntries(specialTypes.map((t) => [t, [] as string[]])) as Record<
    SpecialType,
    string[]
  >;
  const leads: string[] = [];
  const joiners: string[] = [];
  const orgs: string[] = [];
  let section: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const head = /^\[([A-Za-z_]+)\]$/u.exec(line);
    if (head) {
      section = head[1];
      continue;
    }
    if (section === 'leads') leads.push(line);
    else if (section === 'joiners') joiners.push(line);
    else if (section === 'ORG') orgs.push(line);
    else if (section && section in terms) terms[section as SpecialType].push(line);
    else throw new Error(`lexicon line outside a known section: ${line}`);
  }
  return { leads, joiners, terms, orgs };
}

export function leadPattern(leads: string[]): RegExp {
  const alts = [...leads].sort((a, b) => b.length - a.length).map((l) => l.replace(/ /gu, '[ \\t]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})[ \\t]+$`, 'iu');
}

function readLines(file: string): string[] {
  const buf = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8').split('\n');
}

/** A language's curated files: `<lang>.txt` first, then `<lang>.<topic>.txt` in name order. */
export function curatedFiles(dir: string, lang: Lang): string[] {
  const folder = path.join(dir, 'curated');
  if (!existsSync(folder)) return [];
  const own = new RegExp(`^${lang}(?:\\.[\\w-]+)?\\.txt$`, 'u');
  return readdirSync(folder)
    .filter((f) => own.test(f))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    .map((f) => path.join(folder, f));
}

/**
 * One language's table: its curated files, then the compiled lists named for it (for English also
 * the `intl` lists) in name order. Each table stands alone, so a language is loaded when first met.
 */
export function loadLexicon(lang: Lang, dir: string = lexiconDir): LexiconTable {
  const matcher = new TermMatcher(lang, foldOf(lang));
  const orgs = new TermMatcher(lang, foldOf(lang));
  const leads: string[] = [];
  for (const file of curatedFiles(dir, lang)) {
    const curated = parseCurated(readFileSync(file, 'utf8'));
    leads.push(...curated.leads);
    matcher.addJoiners(curated.joiners);
    for (const type of specialTypes)
      for (const line of curated.terms[type]) {
        const term = parseTerm(line, matcher.fold);
        if (term) matcher.add(term, type);
      }
    for (const line of curated.orgs) {
      const term = parseTerm(line, orgs.fold);
      if (term) orgs.add(term, 'ORG');
    }
  }
  const compiled = path.join(dir, 'compiled');
  const names = existsSync(compiled) ? readdirSync(compiled).sort() : [];
  for (const name of names) {
    const m = /^([a-z]+)\.([a-z]+)\.[\w-]+\.txt(?:\.gz)?$/u.exec(name);
    if (!m || (m[1] === 'intl' ? 'en' : m[1]) !== lang) continue;
    const type = categoryTypes[m[2]!];
    if (!type) continue;
    for (const line of readLines(path.join(compiled, name))) {
      if (line === '') continue;
      const term = parseTerm(line, matcher.fold);
      if (term) matcher.add(term, type);
    }
  }
  return { lang, matcher, orgs, lead: leadPattern(leads.length > 0 ? [...new Set(leads)] : ['my']) };
}

/**
 * A language's ordinary words for the name gazetteer (compiled/<lang>.common.<source>.txt.gz, one
 * lower-cased word a line): words its text mostly writes outside names ("tod" in German, "olen"
 * in Finnish). Empty when the language has no list.
 */
export function loadCommonWords(lang: Lang, dir: string = lexiconDir): Set<string> {
  const compiled = path.join(dir, 'compiled');
  const own = new RegExp(`^${lang}\\.common\\.[\\w-]+\\.txt(?:\\.gz)?$`, 'u');
  const words = new Set<string>();
  for (const name of existsSync(compiled) ? readdirSync(compiled).sort() : [])
    if (own.test(name))
      for (const line of readLines(path.join(compiled, name))) if (line !== '') words.add(line);
  return words;
}

/** Every language's table. */
export function loadLexicons(dir: string = lexiconDir): Map<Lang, LexiconTable> {
  return new Map(languages.map((lang) => [lang, loadLexicon(lang, dir)]));
}
