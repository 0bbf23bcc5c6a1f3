import type { Lang, Span } from '../anonymize.types.js';
import type { LexiconTable } from '../lexicon/lexicon.loader.js';
import { textWords } from '../lexicon/lexicon.text.js';
import type { TermHit } from '../lexicon/matcher.js';

/**
 * Public bodies and nationwide institutions named without a legal form or an institution word:
 * "Kelan", "w NFZ", "ZUS-ie", "INPS", "OFPRA", "Assurance maladie", "Citizens Advice",
 * "Familieretshuset", "NAV". The names come from the curated `[ORG]` lists
 * (models/lexicons/curated/<lang>.orgs.txt), loaded with the other lexicons. Acronyms are
 * case-sensitive whole words there, so "Nav" the agency is found and "nav" the hub is not.
 */

/** Languages whose case endings attach to English-table names too ("NHS:n", "ICO-u"). */
const caseInflected = new Set<Lang>(['fi', 'pl']);

/**
 * Acronyms take their case ending after a hyphen or a colon ("ZUS-ie", "NFZ-etu", "HUS:iin",
 * "KELA:n"): the ending is part of the name as written.
 */
const acronymEnding = /^[-:]\p{Ll}{1,4}(?![\p{L}\p{N}])/u;

/**
 * A name used as the label of a number is the number's kind, not the body the person deals with
 * ("AHV-Nr. 756…", "My NHS number is", "n° AVS : 756…", "número de la Seguridad Social 28/…"), and
 * a longer hyphenated word is an adjective or compound of its own ("ZUS-owski zasiłek"). A short
 * number after the label is a court's or office's own ("Juzgado … nº 24").
 */
const labelAfter =
  /^(?:-\p{Ll}{5,}|[ \t]*:[ \t]*\d|[- \t]*(?:nr\.?|no\.|n°|nº|number|nummer|numero|número|nro)(?![\p{L}])(?![ \t]*\d{1,3}(?![\p{N}./-])))/iu;
const labelBefore = /(?:n°|nº|no\.|nr\.?|number|nummer|numero|número(?:[ \t]+de(?:[ \t]+la)?)?)[ \t]*$/iu;

export function publicBodySpans(text: string, lang: Lang, tableOf: (lang: Lang) => LexiconTable): Span[] {
  const words = textWords(text);
  const hits: TermHit[] = [];
  const own = tableOf(lang);
  own.orgs.scan(own.orgs.words(words, lang), hits);
  if (lang !== 'en') {
    const en = tableOf('en');
    en.orgs.scan(en.orgs.words(words, caseInflected.has(lang) ? ['en', lang] : 'en'), hits);
  }
  // Longest first, so "Deutsche Rentenversicherung Bund" wins over "Deutsche Rentenversicherung".
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    if (
      labelAfter.test(text.slice(h.end, h.end + 12)) ||
      labelBefore.test(text.slice(Math.max(0, h.start - 20), h.start))
    )
      continue;
    const ending = acronymEnding.exec(text.slice(h.end, h.end + 6));
    out.push({
      start: h.start,
      end: h.end + (ending ? ending[0].length : 0),
      type: 'ORG',
      source: 'public-bodies',
      score: 0.8,
    });
  }
  return out;
}
