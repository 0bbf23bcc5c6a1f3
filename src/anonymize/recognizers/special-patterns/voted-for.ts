import type { Lang } from '../../anonymize.types.js';
import { matchesOf, type PatternSpan } from './pattern.types.js';

/**
 * A vote and the party it went to: "voted for the Liberal Democrats", "głosuję na Lewicę",
 * "röstar på Vänsterpartiet", "ich wähle die Linke". The party list cannot hold every party, every
 * local list and every case ending (Polish and Finnish inflect names, German articles change), but
 * the verb says what the name is: the capitalised words right after it. Finnish writes party names
 * in lower case, so there the object is one of the party stems instead.
 */

const verbs: Record<Lang, string> = {
  en: String.raw`vot(?:e|ed|es|ing)[ \t]+(?:for|against)`,
  de: String.raw`(?:wähle|wählt|wählte|wählten|wählen|stimme|stimmt|stimmte|stimmten)(?:[ \t]+(?:ich|wir|immer|schon|für))*`,
  fr: String.raw`(?:vote|voté|votons|votent|voter|votais)[ \t]+(?:pour|contre)`,
  nl: String.raw`(?:stem|stemde|stemden|stemmen|gestemd)(?:[ \t]+(?:ik|wij|we|altijd))*[ \t]+(?:op|voor|tegen)`,
  es: String.raw`(?:voto|voté|votamos|votaron|votar|votado|votaba)[ \t]+(?:a|por|al|en contra de)`,
  it: String.raw`(?:voto|votato|votiamo|votano|votare|votavo)[ \t]+(?:per|contro)`,
  sv: String.raw`(?:röstar|röstade|rösta|röstat)[ \t]+(?:på|mot)`,
  da: String.raw`(?:stemmer|stemte|stemme|stemt)[ \t]+(?:på|imod)`,
  no: String.raw`(?:stemmer|stemte|stemme|stemt)[ \t]+(?:på|mot)`,
  fi: '(?:äänestän|äänestin|äänestämme|äänestimme|äänestänyt|äänestäisin)',
  pl: String.raw`(?:głosuję|głosowałe[mś]|głosowałam|głosujemy|głosował[aoy]?|zagłosowałe[mś]|zagłosowałam|głosować)[ \t]+(?:na|przeciw)`,
};

/** A capitalised name of up to five words, with the small words names contain ("Partij van de Arbeid"). */
const name = String.raw`(?:(?:the|die|den|der|de|la|le|les|el|los|il|l['’]|het|lo)[ \t]+)?\p{Lu}(?:[\p{L}'’&-]|\.(?=\p{L}))*(?:[ \t]+(?:(?:für|van|de|del|della|di|des|du|for|of|the|and|y|e|i|och|og|la|los|el|do|na)[ \t]+){0,2}\p{Lu}(?:[\p{L}'’&-]|\.(?=\p{L}))*){0,4}`;
const finnishParties = String.raw`(?:vihre|kokoomu|keskust|perussuomalai|persu|vasemmisto|demare|demari|sosialidemokraat|kristillisdemokraat|rkp|liike nyt)\p{L}*`;

/** The verb's first letter in either case (sentence start), the rest as written. */
function eitherCase(source: string): string {
  return source
    .replace(/^\(\?:/u, '(?:')
    .replace(/(^\(\?:|\|)(\p{Ll})/gu, (_, sep, ch) => `${sep}[${ch}${ch.toUpperCase()}]`);
}

const cache = new Map<Lang, RegExp>();

export function votedForSpans(text: string, lang: Lang, out: PatternSpan[]): void {
  let re = cache.get(lang);
  if (!re) {
    const object = lang === 'fi' ? `(?:${finnishParties}|${name})` : name;
    re = new RegExp(`(?<![\\p{L}\\p{N}])${eitherCase(verbs[lang])}[ \\t]+${object}(?![\\p{L}\\p{N}])`, 'gu');
    cache.set(lang, re);
  }
  matchesOf(text, re, 0.85, out);
}
