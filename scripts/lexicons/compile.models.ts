import type { Lang } from '../../src/anonymize/anonymize.types.js';
import { baseForms } from '../../src/anonymize/lexicon/inflections.js';
import { foldOf, normalizeWord, wordsOf } from '../../src/anonymize/lexicon/lexicon.text.js';

/**
 * Pure steps of the lexicon build: normalise a term, cut a code-list title down to the words
 * people write, and drop what would match ordinary text. No I/O: the build script feeds them.
 */

export type LexLang = Lang | 'intl';

/** Lower-cased words (accents folded where the language allows), joined by single spaces. */
export function normalizeTerm(text: string, lang: LexLang): string {
  const fold = foldOf(lang);
  return wordsOf(text)
    .map((w) => normalizeWord(w, fold))
    .join(' ');
}

/** Qualifiers that say nothing about the condition ("nicht näher bezeichnet", "unspecified"). */
/** A case-insensitive alternation that matches whole words only (\b does not know ä or é). */
function words(alts: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, 'giu');
}

const filler: Record<string, RegExp> = {
  de: words(
    String.raw`nicht näher bezeichnete?[nrs]?|sonstige[nrs]?|n\.n\.bez\.|andernorts nicht klassifiziert|nicht klassifiziert|näher bezeichnete?[nrs]?|mehrere|nnb|o\.n\.a\.`,
  ),
  fr: words('sans précision|non précisée?s?|autres?|non classée?s? ailleurs|précisée?s?|SAI'),
  es: words('no especificad[oa]s?|otr[oa]s?|no clasificad[oa]s? en otra parte|especificad[oa]s?'),
  no: words(
    'uspesifisert|uten nærmere spesifikasjon|annen|andre|annet|ikke klassifisert annet sted|spesifisert|INA|IKA',
  ),
  sv: words(
    'ospecificerad|ospecificerat|ospecificerade|andra|annan|annat|ej klassificerad på annan plats|UNS|specificerade?',
  ),
  en: words('unspecified|other|not elsewhere classified|NOS|NEC|specified'),
};

/** Words after which a title only narrows the condition down ("Cholera durch Vibrio …"). */
const cutWords: Record<string, RegExp> = {
  de: / (?:durch|mit|ohne|bei|infolge|nach|als|und|oder|im|in|an|der|des|von|vom|zur|zum|am) /iu,
  fr: / (?:à|au|aux|avec|sans|dû|due|dus|dues|par|après|et|ou|du|de la|des|de l['’]|chez|lors) /iu,
  es: / (?:por|debid[oa]s? a|con|sin|en|y|o|del|de la|de los|de las|tras|asociad[oa]) /iu,
  no: / (?:som skyldes|forårsaket av|med|uten|ved|i|og|eller|etter|av|på) /iu,
  sv: / (?:orsakad av|orsakade av|med|utan|vid|i|och|eller|efter|av|på) /iu,
  en: / (?:due to|caused by|with|without|in|and|or|of the|after|following|associated with) /iu,
};

/**
 * The head terms of one code-list title: the whole title when short, otherwise the text before
 * a comma, parenthesis, bracket or colon, with filler qualifiers removed and cut at a word that
 * only narrows it down. Returns up to two candidates (the cleaned title and its head).
 */
export function headTerms(title: string, lang: string, maxWords = 4): string[] {
  const out = new Set<string>();
  const base = title
    .replace(filler[lang] ?? filler.en!, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const beforePunct = base.split(/[,;:([{]| - | – /u)[0]!.trim();
  const cut = cutWords[lang] ?? cutWords.en!;
  const head = beforePunct.split(cut)[0]!.trim();
  for (const t of [beforePunct, head]) {
    const words = wordsOf(t);
    if (words.length > 0 && words.length <= maxWords) out.add(t);
  }
  return [...out];
}

export interface FilterOptions {
  /** Frequent ordinary words (normalised): single-word terms among them are dropped. */
  stop: ReadonlySet<string>;
  /** Terms to drop whatever the source says (normalised). */
  deny?: ReadonlySet<string>;
  minChars?: number;
  maxWords?: number;
}

/** Whether a normalised term is worth a lexicon entry: specific enough to mean what it says. */
export function keepTerm(term: string, o: FilterOptions): boolean {
  const words = term.split(' ');
  if (term.length < (o.minChars ?? 5) || words.length > (o.maxWords ?? 4)) return false;
  if (o.deny?.has(term)) return false;
  if (/^\d/u.test(term) || words.some((w) => w.length === 1 && !/\d/u.test(w) && words.length <= 2))
    return false;
  if (words.length === 1) return !o.stop.has(term);
  // Two words, both ordinary ("andere Formen", "in Regel"): too likely in plain text. Longer
  // names of ordinary words ("Freie Demokratische Partei") are specific as a whole.
  return words.length > 2 || !words.every((w) => o.stop.has(w) || w.length <= 2);
}

/**
 * Ordinary words of a language: normalised words whose frequency in a corpus is at least
 * `perMillion` (and seen at least `minCount` times), with their base forms, since the matcher
 * also reaches a term through an inflected word ("Reaktionen" → "reaktion").
 */
export function frequentWords(
  sentences: Iterable<string[]>,
  lang: LexLang,
  perMillion = 8,
  minCount = 3,
): Set<string> {
  const counts = new Map<string, number>();
  let total = 0;
  const fold = foldOf(lang);
  for (const s of sentences)
    for (const tok of s)
      for (const w of wordsOf(tok)) {
        const n = normalizeWord(w, fold);
        counts.set(n, (counts.get(n) ?? 0) + 1);
        total++;
      }
  const min = Math.max(minCount, (total * perMillion) / 1e6);
  const out = new Set<string>();
  for (const [w, n] of counts) {
    if (n < min) continue;
    out.add(w);
    if (lang !== 'intl') for (const b of baseForms(w, lang)) out.add(b);
  }
  return out;
}

/** Sorted, unique, one per line, with a final newline: the same bytes on every build. */
export function termFile(terms: Iterable<string>): string {
  const list = [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return list.length === 0 ? '' : `${list.join('\n')}\n`;
}
