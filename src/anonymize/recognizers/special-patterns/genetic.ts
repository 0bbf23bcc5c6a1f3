import { firstCharMatches } from '../regex-tools.js';
import type { PatternSpan } from './pattern.types.js';

/**
 * GENETIC data written the way genetics reports and letters write it, in every language: a gene
 * symbol with the word for gene ("BRCA2-genet", "APOE gene", "gène SCN1A", "CFTR-geenin"), a variant
 * in HGVS notation ("c.5266dupC", "p.(Arg117His)"), a protein change named as a mutation
 * ("V600E mutation", "G551D-mutasjonen"), a triplet repeat ("CAG-Wiederholung") and a karyotype
 * ("46,XX"). No lexicon
 * lists gene symbols; their shape (capitals and digits beside a gene word) is what identifies them.
 * Dutch "geen" (no, none) is left out of the gene words: "CNN geen …" is not a gene.
 */

const geneWord =
  'gen(?:e|es|et|en|s|u|ie|ów|ach|om|ernes|ene|erna)?|geeni(?:n|ssä|stä|en)?|gène|gènes|genen|Gens?';
const symbol = '[A-Z][A-Z0-9]{1,7}';
/** A symbol with a digit (MLH1, BRCA2): without the word "gene" the digit tells it from an acronym. */
const digitSymbol = '[A-Z][A-Z0-9]{0,6}\\d[A-Z0-9]{0,3}';
const mutationWord =
  'mutation\\p{L}*|mutasjon\\p{L}*|mutatie\\p{L}*|mutacj\\p{L}*|mutazion\\p{L}*|mutación\\p{L}*|mutaatio\\p{L}*|variant\\p{L}*|wariant\\p{L}*';
/** The mutation words with either case of their first letter ("Variante", "Mutation", "mutacja"). */
const mutationAnyCase = mutationWord.replace(
  /(^|\|)([a-z])/gu,
  (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`,
);
const repeatWord =
  'repeats?|expansion|gentagelse\\p{L}*|gjentakelse\\p{L}*|upprepning\\p{L}*|Wiederholung\\p{L}*|herhaling\\p{L}*|toisto\\p{L}*|powtórze\\p{L}*|ripetizion\\p{L}*|répétition\\p{L}*|repetici\\p{L}*';

/**
 * Each pattern with the letters every one of its matches contains: most mails hold none of them,
 * and a substring search is far cheaper than a regex tried at every position of the mail.
 */
const geneLetters = ['gen', 'Gen', 'gèn', 'geeni'];
// mutation, mutasjon, mutatie, mutacj…, mutazion, mutación, mutaatio; variant, wariant.
const mutationLetters = ['utat', 'utas', 'utac', 'utaz', 'utaa', 'ariant'];
const patterns: ReadonlyArray<{ re: RegExp; needles: readonly string[] }> = [
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])${symbol}[- ](?:${geneWord})(?![\\p{L}\\p{N}])`, 'gu'),
    needles: geneLetters,
  },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${geneWord})[ \\t]+${symbol}(?![\\p{L}\\p{N}])`, 'gu'),
    needles: geneLetters,
  },
  {
    re: /(?<![\p{L}\p{N}])[cgp]\.\(?[A-Za-z]{0,3}\d+(?:[_+-]\d+)*(?:delins|del|dup|ins|[ACGT]>[ACGT]|[A-Z][a-z]{2}|fs|\*)[\w*>]*\)?/gu,
    needles: ['c.', 'g.', 'p.'],
  },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])[A-Z]\\d{2,4}[A-Z][- ](?:${mutationWord})`, 'gu'),
    needles: mutationLetters,
  },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:CAG|CGG|CTG|GAA)[- ](?:${repeatWord})`, 'gu'),
    needles: ['CAG', 'CGG', 'CTG', 'GAA'],
  },
  // A gene symbol with a digit beside a mutation word ("MLH1 mutation", "MYBPC3-mutatie"), and a
  // mutation word before a protein change ("Variante N1303K", "mutation C282Y", "variant F508del").
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])${digitSymbol}[- ](?:${mutationAnyCase})`, 'gu'),
    needles: mutationLetters,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${mutationAnyCase})[ \\t]+(?:[A-Z]\\d{2,4}(?:[A-Z]|del|dup|fs)|${digitSymbol})(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    needles: mutationLetters,
  },
  // A karyotype: chromosome count and sex chromosomes ("46,XX", "47,XXY", "45,X"), optionally
  // with a finding after it ("46,XY,t(11;22)").
  {
    re: /(?<![\p{L}\p{N},.])4[5-7],[ \t]?X{1,3}Y{0,2}(?:,[a-z]{1,3}\([\dXY;]+\)(?:\([\w.;]+\))?)?(?![\p{L}\p{N}-])/gu,
    needles: [',X', ', X'],
  },
];

export function geneticSpans(text: string, out: PatternSpan[]): void {
  for (const { re, needles } of patterns) {
    if (!needles.some((n) => text.includes(n))) continue;
    for (const m of firstCharMatches(re, text))
      out.push({ start: m.index, end: m.index + m[0].length, score: 0.8 });
  }
}
