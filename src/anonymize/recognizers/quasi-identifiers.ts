import { type DetectContext, type Lang, languages, type Recognizer, type Span } from '../anonymize.types.js';
import { eventDates } from './dates.js';
import { contextWords, findContext } from './near-context.js';
import { headJoiners, headModifiers, headWordsAfter, headWordsBefore } from './org-heads.words.js';
import { cities } from './places.data.js';
import { publicBodySpans } from './public-bodies.js';
import {
  connectors,
  legalForms,
  months,
  notNameStarts,
  orgCues,
  orgKeywords,
  placeCues,
  weekdays,
} from './quasi-identifiers.data.js';
import { alternation, wordEnd, wordStart, wordStartMatches } from './regex-tools.js';
import { specialLexicon } from './special-categories.js';

/**
 * Quasi-identifiers (GDPR Recital 26): dates of events in the person's life, third-party
 * organisations that say who they are (employer, clinic, school, landlord, bank), and places that
 * say where they live or were. Dates are found in dates.ts; dates of birth and ages belong to the
 * DOB recognizer. Organisations and places on the allow-list (the
 * organisation's own name, products, offices) are never flagged.
 */

// ---- names of organisations and places ---------------------------------------------------
// A dot belongs to a name only in abbreviations ("St. Mary's", "Acme Inc.") and initials. A word is
// at most 80 characters: tried at every capital of a long run ("Aa-Aa-…", "A&B&…"), an unbounded
// one read to the run's end each time.
const unit =
  "(?:(?:St|Sankt|Dr|Mt|Ft|Inc|Ltd|Co|Corp|Bros|\\p{Lu})\\.|\\p{Lu}[\\p{L}\\p{M}\\p{N}'’&-]{0,80}(?![\\p{L}\\p{M}\\p{N}'’&-]))";
const connector = alternation(connectors);
const runSrc = `${unit}(?:[ \\t]+(?:${connector}[ \\t]+)*${unit}){0,5}`;
const legal = alternation(legalForms);
const runRe = new RegExp(`${wordStart}${runSrc}(?:,?[ \\t]+${legal}${wordEnd})?`, 'gu');
const article = "(?:(?:the|der|die|dem|den|das|la|le|les|het|de|el|il|lo|en)[ \\t]+|l['’])?";
const orgCueRe = new RegExp(`${wordStart}${alternation(orgCues)}[ \\t]+${article}(${runSrc})`, 'gdu');
const headsAfter = `(?:${headWordsAfter.join('|')})${wordEnd}`;
// "… sykehus i Bergen", "… församling i Göteborg": the town after the institution is part of its name.
const townAfter = '(?:[ \\t]+i[ \\t]+\\p{Lu}[\\p{L}\\p{M}-]+)?';
// The same after an institution's capitalised name: "Brystkirurgisk Klinik i Silkeborg", "Szpital
// Wojewódzki w Kaliszu" (lower case only: "I" and "W" would join any two capitalised words).
const institutionTown = /[ \t]+(?:i|w|we)[ \t]+\p{Lu}[\p{L}\p{M}-]+/uy;
const headAfterRe = new RegExp(`${wordStart}(${runSrc})[ \\t]+${headsAfter}${townAfter}`, 'gdu');
// Finnish: a genitive name, a genitive or adjective, the institution ("Oulun yliopistollisesta
// sairaalasta", "Taysin neurologian poliklinikan"). The name is bounded like `unit`.
const finnishHeadRe = new RegExp(
  `${wordStart}\\p{Lu}[\\p{L}-]{0,80}n[ \\t]+\\p{Ll}{4,}(?:n|sesta|sessa|selle|seen|sella)[ \\t]+${headsAfter}`,
  'gu',
);
const headsBefore = contextWords(headWordsBefore);
// After a lower-case institution word: its adjectives, a preposition, then the capitalised name.
const afterHeadRe = new RegExp(
  `(?:[ \\t]+(?:${headModifiers.join('|')})${wordEnd}){0,2}(?:[ \\t]+(?:${headJoiners.join('|')}))?(?:[ \\t]+|(?<=['’]))(?=\\p{Lu})(${runSrc})`,
  'duy',
);
const placeCueRe = new RegExp(`${wordStart}${alternation(placeCues)}[ \\t]+${article}(${runSrc})`, 'gdu');

const keywordSet = new Set(orgKeywords.filter((k) => !k.includes(' ')));
const keywordPhrases = orgKeywords.filter((k) => k.includes(' '));
const compoundKeyword =
  /(?:klinikum|klinik|kliniek|krankenhaus|spital|schule|sparkasse|bank|kasse|versicherung|ziekenhuis|sjukhuset|sjukhus|sykehus|sykehuset|sygehus|sygehuset|sairaala|universität|hochschule|skolan|skolen|praktijk|praxis|bäckerei|bageriet|apotheke|apoteket|gymnasiet)$/u;
// German compounds that are generic nouns on their own ("die Unfallambulanz", "das Versorgungsamt")
// and an organisation only with the name after them ("Gefäßzentrum Mainz-Mombach", "Bundeszentralamt für Steuern").
const compoundBeforeName =
  /(?:zentrum|ambulanz|(?:zentral|landes|bundes|finanz|gesundheits|versorgungs|standes|ordnungs|melde|jugend|sozial|arbeits)amt)$/u;
const legalTail = new RegExp(`,?[ \\t]+${legal}$`, 'u');
const startStop = new Set(notNameStarts);
const abbreviations = /^(?:St|Sankt|Dr|Mt|Ft|Inc|Ltd|Co|Corp|Bros)\.$/u;

/** Country names in all supported languages, from the runtime's own ICU data (no list to keep). */
function countryNames(): Set<string> {
  const out = new Set<string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const namers = languages.map(
    (l) => new Intl.DisplayNames([l === 'no' ? 'nb' : l], { type: 'region', fallback: 'none' }),
  );
  for (const a of letters) {
    for (const b of letters) {
      for (const namer of namers) {
        let name: string | undefined;
        try {
          name = namer.of(`${a}${b}`);
        } catch {
          name = undefined;
        }
        if (name && name !== `${a}${b}` && !/unknown|\d/iu.test(name)) out.add(name.toLowerCase());
      }
    }
  }
  return out;
}
const countries = countryNames();
const cityNames = new Set(cities.map((c) => c.toLowerCase()));

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensOf(run: string, offset: number): Token[] {
  return [...run.matchAll(/[^\s]+/gu)].map((t) => ({
    text: t[0],
    start: offset + t.index,
    end: offset + t.index + t[0].length,
  }));
}

const calendarWords = new Set([...months.filter((m) => /^[\p{L}]+$/u.test(m)), ...weekdays]);

/**
 * Trims a run: ends it at a sentence's full stop (but not at "St." or "Inc."), drops
 * sentence-start, generic and calendar words in front and lower-case connectors at either end.
 */
function trim(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (
      t.text.endsWith('.') &&
      !abbreviations.test(t.text) &&
      !/^\p{Lu}\.$/u.test(t.text) &&
      !legalTail.test(` ${t.text.toLowerCase()}`)
    ) {
      out.push({ text: t.text.slice(0, -1), start: t.start, end: t.end - 1 });
      break;
    }
    out.push(t);
  }
  while (out.length > 0) {
    const low = out[0]!.text.toLowerCase();
    if (!startStop.has(low) && !calendarWords.has(low) && !/^\p{Ll}/u.test(out[0]!.text)) break;
    out.shift();
  }
  while (out.length > 0 && /^\p{Ll}/u.test(out[out.length - 1]!.text)) out.pop();
  return out;
}

function allowed(found: string, allow: string[]): boolean {
  const low = found.toLowerCase();
  return allow.some((a) => a.length > 0 && low.includes(a));
}

function span(tokens: Token[], type: 'ORG' | 'LOCATION', score: number): Span | undefined {
  if (tokens.length === 0) return undefined;
  return {
    start: tokens[0]!.start,
    end: tokens[tokens.length - 1]!.end,
    type,
    source: 'quasi-identifiers',
    score,
  };
}

function isInstitution(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.text.toLowerCase().replace(/[.,]$/u, ''));
  const joined = words.join(' ');
  if (words.length >= 2 && words.some((w) => keywordSet.has(w))) return true;
  if (words.length >= 2 && keywordPhrases.some((p) => joined.includes(p))) return true;
  if (words.some((w) => w.length > 6 && compoundKeyword.test(w) && !keywordSet.has(w))) return true;
  if (words.length >= 2 && compoundBeforeName.test(words[0]!)) return true;
  return words.length >= 2 && legalTail.test(joined);
}

function withTown(text: string, org: Span): Span {
  institutionTown.lastIndex = org.end;
  return institutionTown.test(text) ? { ...org, end: institutionTown.lastIndex } : org;
}

/** `lang` limits the Finnish-only pattern to Finnish text (or text of unknown language). */
export function organisationsAndPlaces(text: string, allowList: string[], lang?: Lang): Span[] {
  const allow = allowList.map((a) => a.toLowerCase());
  const out: Span[] = [];
  const push = (s: Span | undefined) => {
    if (!s || allowed(text.slice(s.start, s.end), allow)) return;
    // Cue matches come first; a later keyword or gazetteer match inside one adds nothing.
    if (out.some((o) => o.start < s.end && s.start < o.end)) return;
    out.push(s);
  };
  // Name + lower-case institution word first: a cue before it ("behandlet på Ullevål sykehus")
  // would otherwise end the organisation at the name.
  for (const m of wordStartMatches(headAfterRe, text)) {
    const [s] = m.indices![1]!;
    const tokens = trim(tokensOf(m[1]!, s));
    if (tokens.length > 0) push({ ...span(tokens, 'ORG', 0.7)!, end: m.index + m[0].length });
  }
  if (lang === undefined || lang === 'fi')
    for (const m of wordStartMatches(finnishHeadRe, text)) push(span(tokensOf(m[0], m.index), 'ORG', 0.7));
  for (const [start, end] of findContext(text, headsBefore)) {
    afterHeadRe.lastIndex = end;
    const m = afterHeadRe.exec(text);
    const tokens = m ? trim(tokensOf(m[1]!, m.indices![1]![0])) : [];
    if (tokens.length > 0) push(withTown(text, { ...span(tokens, 'ORG', 0.7)!, start }));
  }
  for (const m of wordStartMatches(orgCueRe, text)) {
    const [s] = m.indices![1]!;
    push(span(trim(tokensOf(m[1]!, s)), 'ORG', 0.75));
  }
  for (const m of wordStartMatches(placeCueRe, text)) {
    const [s] = m.indices![1]!;
    const tokens = trim(tokensOf(m[1]!, s));
    push(span(tokens, isInstitution(tokens) ? 'ORG' : 'LOCATION', 0.75));
  }
  for (const m of wordStartMatches(runRe, text)) {
    const tokens = trim(tokensOf(m[0], m.index));
    if (tokens.length === 0) continue;
    if (isInstitution(tokens)) {
      push(withTown(text, span(tokens, 'ORG', 0.7)!));
      continue;
    }
    // Country names inside the run ("Austria", "Vereinigtes Königreich", "Nouvelle-Zélande").
    for (let i = 0; i < tokens.length; i++) {
      for (let j = Math.min(tokens.length, i + 3); j > i; j--) {
        const name = text.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/['’]s$/u, '');
        const low = name.toLowerCase();
        if (countries.has(low) || cityNames.has(low)) {
          push({
            start: tokens[i]!.start,
            end: tokens[i]!.start + name.length,
            type: 'LOCATION',
            source: 'quasi-identifiers',
            score: countries.has(low) ? 0.5 : 0.55,
          });
          i = j - 1;
          break;
        }
      }
    }
  }
  return out;
}

export const quasiIdentifiers: Recognizer = {
  name: 'quasi-identifiers',
  types: ['DATE', 'ORG', 'LOCATION'],
  detect(ctx: DetectContext): Span[] {
    return [
      ...eventDates(ctx.text, ctx.lang),
      ...organisationsAndPlaces(ctx.text, ctx.lists.allow, ctx.lang),
      ...publicBodySpans(ctx.text, ctx.lang, specialLexicon),
    ];
  },
  load() {
    // English is read for every message; other languages load with their first message.
    specialLexicon('en');
  },
};
