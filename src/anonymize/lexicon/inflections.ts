import type { Lang } from '../anonymize.types.js';

/**
 * Inflection tolerance: for a word of running text, the base forms a lexicon may list it under.
 * Lexicons hold base forms (nominative singular, as dictionaries and code lists do); mail uses
 * plurals, cases and definite forms ("Migränen", "astman", "diabeteksen", "astmy"). Rather than a
 * stemmer, each language has a few ending rules `[ending, replacement]` tried on the word, and
 * Finnish a second step for the stem changes its case endings cause ("diabeteks-en" → "diabetes").
 * Rules run on normalised words (see lexicon.text.ts: Polish without diacritics).
 */

type Rule = readonly [ending: string, replacement: string];

const endings: Record<Lang, readonly Rule[]> = {
  en: [
    ['s', ''],
    ['es', ''],
    ['ies', 'y'],
    ["'s", ''],
  ],
  de: [
    ['n', ''],
    ['en', ''],
    ['e', ''],
    ['s', ''],
    ['es', ''],
    ['er', ''],
    ['ern', ''],
    ['em', ''],
    // Adjectives before a noun: "multipler" / "chronischem" → "multiple" / "chronische".
    ['r', ''],
    ['m', ''],
  ],
  fr: [
    ['s', ''],
    ['x', ''],
    ['e', ''],
    ['es', ''],
  ],
  nl: [
    ['en', ''],
    ['n', ''],
    ['s', ''],
    ['e', ''],
    ["'s", ''],
  ],
  es: [
    ['s', ''],
    ['es', ''],
  ],
  it: [
    ['i', 'o'],
    ['i', 'e'],
    ['i', 'a'],
    ['e', 'a'],
    ['he', 'a'],
    ['hi', 'o'],
  ],
  sv: [
    ['mmen', 'm'],
    ['mmar', 'm'],
    ['mmarna', 'm'],
    ['en', ''],
    ['et', ''],
    ['n', ''],
    ['t', ''],
    ['na', ''],
    ['a', ''],
    ['er', ''],
    ['ar', ''],
    ['or', ''],
    ['erna', ''],
    ['arna', ''],
    ['orna', ''],
    ['s', ''],
    // Genitive of a definite form: "Miljöpartiets", "sjukdomens".
    ['ets', ''],
    ['ens', ''],
    ['ts', 't'],
  ],
  da: [
    // Doubled final consonant before an ending: "sygdom" → "sygdomme".
    ['mme', 'm'],
    ['mmen', 'm'],
    ['mmene', 'm'],
    ['en', ''],
    ['et', ''],
    ['n', ''],
    ['e', ''],
    ['er', ''],
    ['ene', ''],
    ['erne', ''],
    ['s', ''],
    ['ne', ''],
    ['r', ''],
    ['ens', ''],
    ['ets', ''],
    ['ernes', ''],
  ],
  no: [
    ['mmer', 'm'],
    ['mmen', 'm'],
    ['mmene', 'm'],
    ['en', ''],
    ['et', ''],
    ['a', ''],
    ['ene', ''],
    ['er', ''],
    ['n', ''],
    ['e', ''],
    ['s', ''],
    // Plurals and definite forms of nouns in -e: "plager" / "plagene" → "plage".
    ['r', ''],
    // The definite form of a word listed in the plural: "sykepengene" → "sykepenger".
    ['ene', 'er'],
    ['ne', ''],
    ['ens', ''],
    ['ets', ''],
    ['enes', ''],
    // Nynorsk plurals, indefinite and definite: "medisinar" / "medisinane" → "medisin",
    // "sjukdommar" → "sjukdom".
    ['ar', ''],
    ['ane', ''],
    ['mmar', 'm'],
    ['mmane', 'm'],
  ],
  fi: [
    ['n', ''],
    ['a', ''],
    ['ä', ''],
    ['aa', ''],
    ['ää', ''],
    ['ssa', ''],
    ['ssä', ''],
    ['sta', ''],
    ['stä', ''],
    ['lla', ''],
    ['llä', ''],
    ['lta', ''],
    ['ltä', ''],
    ['lle', ''],
    ['ksi', ''],
    ['na', ''],
    ['nä', ''],
    ['seen', ''],
    ['en', ''],
    ['t', ''],
    ['in', ''],
    ['ja', ''],
    ['jä', ''],
    ['jen', ''],
    ['ihin', ''],
    ['issa', ''],
    ['issä', ''],
    ['ista', ''],
    ['istä', ''],
    ['illa', ''],
    ['illä', ''],
    ['ineen', 'i'],
  ],
  pl: [
    ['y', 'a'],
    ['i', 'a'],
    ['e', 'a'],
    ['ie', 'a'],
    ['ji', 'ja'],
    ['a', ''],
    ['u', ''],
    ['em', ''],
    ['owi', ''],
    ['ow', ''],
    ['om', ''],
    ['ami', ''],
    ['ach', ''],
    ['y', ''],
    ['ie', ''],
    ['ia', 'ie'],
    ['iem', 'ie'],
    ['iu', 'ie'],
    ['ej', 'a'],
    ['a', 'e'],
    ['em', 'e'],
    ['u', 'e'],
    // Locative after r: "udarze" → "udar", "siostrze" → "siostra".
    ['rze', 'r'],
    ['rze', 'ra'],
    ['ce', 'ka'],
    // The e that drops before an ending: "zasiłku" / "wypadkiem" → "zasiłek" / "wypadek".
    ['ku', 'ek'],
    ['kiem', 'ek'],
    ['kow', 'ek'],
    ['kach', 'ek'],
    ['kami', 'ek'],
    // Adjectives: "chorobowego" / "lekarskim" / "przewlekla" → "chorobowy" / "lekarski" / "przewlekly".
    ['ego', 'y'],
    ['emu', 'y'],
    ['ym', 'y'],
    ['ymi', 'y'],
    ['ych', 'y'],
    ['a', 'y'],
    ['iego', 'i'],
    ['im', 'i'],
    ['ich', 'i'],
    ['imi', 'i'],
    ['ej', 'y'],
  ],
};

/** Finnish consonant gradation and -s stems: "diabeteks(en)" → "diabetes", "syöv(än)" → "syöpä". */
const finnishStems: readonly Rule[] = [
  ['kse', 's'],
  ['ks', 's'],
  ['ude', 'us'],
  ['ud', 'us'],
  ['de', 's'],
  ['vä', 'pä'],
  ['va', 'pa'],
  ['ee', 'e'],
  ['kk', 'k'],
  ['pp', 'p'],
  ['tt', 't'],
  ['', 'a'],
  ['', 'ä'],
  ['', 'i'],
  ['', 'e'],
  // Loan words ending in a consonant take an -i- before case endings: "Marevan-i-a", "insulin-i-n".
  ['i', ''],
  // Weak grade back to strong for doubled stops: "liito(n)" → "liitto", "kupi(n)" → "kuppi".
  ['to', 'tto'],
  ['ta', 'tta'],
  ['tä', 'ttä'],
  ['ko', 'kko'],
  ['ka', 'kka'],
  ['kä', 'kkä'],
  ['po', 'ppo'],
  ['pa', 'ppa'],
  ['pä', 'ppä'],
];

/**
 * Word endings that are inflected forms of an ordinary word and only look like a lexicon term's
 * plural: Danish "kræfter(ne)" and Norwegian "krefter/kreftene" are the plural of "kraft" (force,
 * also in compounds: "arbejdskræfter"), never cancer, which has no plural in use; Spanish
 * "Iglesias" is a common surname far more often than "churches". Such words get no base forms.
 */
const homographEndings: Partial<Record<Lang, readonly string[]>> = {
  da: ['kræfter', 'kræfterne', 'kræfternes'],
  no: ['krefter', 'kreftene', 'kreftenes'],
  es: ['iglesias'],
};

/** Words shorter than this are only matched as they are: endings on "Rom"/"sv" would be guesses. */
const minWord = 5;
/** Four-letter bases are too often other words' stems ("roma" in "Roman"). */
const minBase = 5;

function apply(word: string, rules: readonly Rule[], out: Set<string>): void {
  for (const [ending, replacement] of rules) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, word.length - ending.length) + replacement;
    if (base.length >= minBase) out.add(base);
  }
}

/** Base-form candidates of a normalised word, without the word itself. */
export function baseForms(word: string, lang: Lang): string[] {
  if (word.length < minWord || /\d/u.test(word)) return [];
  if (homographEndings[lang]?.some((e) => word.endsWith(e))) return [];
  const out = new Set<string>();
  apply(word, endings[lang], out);
  if (lang === 'fi') for (const b of [...out, word]) apply(b, finnishStems, out);
  out.delete(word);
  return [...out];
}
