import type { DetectContext, Lang, Recognizer, Span } from '../anonymize.types.js';
import { englishLexiconKind, isAmbiguousName, isCommonWord, isGivenName, isSurname } from './name-lists.js';
import { nameTokenSource } from './name-variants.js';
import { notNames, particles } from './names.data.js';
import { alternation, firstCharMatches, wordStart } from './regex-tools.js';

/**
 * PERSON from the given-name and surname gazetteers, used with context so ordinary words are not
 * flagged: an unambiguous given name ("Tamara", "Jürgen") counts on its own; an ambiguous one
 * ("Will", "Mark", "May", "Rose") only right before a surname or another unknown capitalised
 * token ("May Thompson"). A surname alone never counts here (titles and seeds find those).
 * Ordinary words are those of English and of the message's language (its list of words written
 * mostly outside names): in German, which capitalises nouns, "zum Tod Ihres Vaters" is no name,
 * though "Tod" is an English given name; nor is Finnish "Olen" (I am) or Spanish "Los".
 * Scores stay below the structure evidence.
 */

const unit = `(?:${nameTokenSource}|\\p{Lu}\\.)`;
const runRe = new RegExp(
  `${wordStart}${unit}(?:[ \\t]+(?:${alternation(particles, false)}[ \\t]+)*${unit}){0,4}`,
  'gu',
);
const tokenRe = new RegExp(unit, 'gu');

const notNameSet = new Set(notNames);
const calendar =
  /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|mon|tue|wed|thu|fri|sat|sun)\.?$|^(?:januar|januari|janvier|enero|gennaio|february|februar|februari|février|febrero|march|märz|maart|mars|marzo|april|avril|abril|aprile|mai|mei|maj|mayo|maggio|juni|juin|junio|giugno|juli|juillet|julio|luglio|augustus|août|agosto|september|septembre|septiembre|settembre|october|oktober|octobre|octubre|ottobre|november|novembre|noviembre|december|dezember|décembre|diciembre|dicembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/iu;

function isWordish(token: string, lang: Lang): boolean {
  const low = token.toLowerCase();
  if (isCommonWord(low, lang)) return true;
  const kind = englishLexiconKind(low);
  if (kind === undefined) return notNameSet.has(low) || calendar.test(token);
  return kind === 'word';
}

/** A capitalised token that can continue a name: a known name, or unknown to the lexicon. */
function canContinue(token: string, lang: Lang): boolean {
  if (/^\p{Lu}\.$/u.test(token)) return true;
  if (isSurname(token) || isGivenName(token)) return !isAmbiguousName(token) || !isWordish(token, lang);
  return !isWordish(token, lang) && !calendar.test(token);
}

function sentenceStart(text: string, index: number): boolean {
  return index === 0 || /(?:^|[.!?:\n]["'”)]?)[ \t]*$/u.test(text.slice(Math.max(0, index - 4), index));
}

export function gazetteerNames(text: string, allow: Set<string>, lang: Lang): Span[] {
  const out: Span[] = [];
  for (const m of firstCharMatches(runRe, text)) {
    const tokens = [...m[0].matchAll(tokenRe)].map((t) => ({
      text: t[0].replace(/['’]s$/u, ''),
      start: m.index + t.index,
      end: m.index + t.index + t[0].length,
    }));
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      const low = tok.text.toLowerCase();
      if (!isGivenName(tok.text) || notNameSet.has(low) || allow.has(low) || calendar.test(tok.text))
        continue;
      const common = isCommonWord(low, lang);
      // "Olen Matti Virtanen": the ordinary word is not part of the name that follows it.
      if (common && i + 1 < tokens.length && isGivenName(tokens[i + 1]!.text)) continue;
      let j = i + 1;
      while (
        j < tokens.length &&
        canContinue(tokens[j]!.text, lang) &&
        !allow.has(tokens[j]!.text.toLowerCase())
      )
        j++;
      const followed = j > i + 1;
      // "Olen Tehyn jäsen", "Will Tehy pay": an ordinary word opening a sentence is a name only
      // when a known given name or surname follows it.
      const next = tokens[i + 1]?.text ?? '';
      if (common && followed && sentenceStart(text, tok.start) && !isSurname(next) && !isGivenName(next))
        continue;
      const ambiguous =
        common || isAmbiguousName(tok.text) || (tok.text === tok.text.toUpperCase() && tok.text.length <= 3);
      if (ambiguous && !followed) continue;
      const score = followed ? 0.75 : sentenceStart(text, tok.start) ? 0.5 : 0.6;
      out.push({
        start: tok.start,
        end: tokens[j - 1]!.end,
        type: 'PERSON',
        source: 'names-gazetteer',
        score,
      });
      i = j - 1;
    }
  }
  return out;
}

const listRe = new RegExp(
  `${wordStart}${nameTokenSource}(?:(?:,[ \\t]*|[ \\t]+(?:and|und|et|y|e|och|og|en|i|ja|&)[ \\t]+)${nameTokenSource}){1,6}`,
  'gu',
);

/**
 * Lists of names ("our founders: Kovalev, Lee and Phillips"): when one member is a known,
 * unambiguous given name or surname, the other capitalised members that are not ordinary words
 * are names too.
 */
export function listedNames(text: string, allow: Set<string>, lang: Lang): Span[] {
  const out: Span[] = [];
  for (const m of firstCharMatches(listRe, text)) {
    const members = [...m[0].matchAll(tokenRe)]
      .map((t) => ({
        text: t[0].replace(/['’]s$/u, ''),
        start: m.index + t.index,
        end: m.index + t.index + t[0].length,
      }))
      .filter((t) => /^\p{Lu}/u.test(t.text));
    const known = members.some(
      (t) =>
        (isGivenName(t.text) || isSurname(t.text)) && !isAmbiguousName(t.text) && !isWordish(t.text, lang),
    );
    if (!known) continue;
    for (const t of members) {
      const low = t.text.toLowerCase();
      if (
        isWordish(t.text, lang) ||
        allow.has(low) ||
        calendar.test(t.text) ||
        t.text === t.text.toUpperCase()
      )
        continue;
      if (/^I['’]/u.test(t.text)) continue;
      out.push({ start: t.start, end: t.end, type: 'PERSON', source: 'names-gazetteer', score: 0.55 });
    }
  }
  return out;
}

export const namesGazetteer: Recognizer = {
  name: 'names-gazetteer',
  types: ['PERSON'],
  detect(ctx: DetectContext): Span[] {
    const allow = new Set(ctx.lists.allow.map((a) => a.toLowerCase()));
    const found = gazetteerNames(ctx.text, allow, ctx.lang);
    const listed = listedNames(ctx.text, allow, ctx.lang).filter(
      (l) => !found.some((f) => f.start < l.end && l.start < f.end),
    );
    return [...found, ...listed].sort((a, b) => a.start - b.start);
  },
};
