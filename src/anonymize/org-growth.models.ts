import type { Lang, Span } from './anonymize.types.js';
import { legalForms, months, weekdays } from './recognizers/quasi-identifiers.data.js';
import { alternation, wordStart } from './recognizers/regex-tools.js';

/**
 * An institution's name often goes on with where it is: "Børneafdelingen i Svendborg",
 * "Mammaklinikken på Odense Universitetshospital", "CMP de Montbrison", "Carabinieri di Seriate",
 * "Pracowni Mammograficznej Mammo-Med w Toruniu", "Juzgado de Primera Instancia nº 24 de Madrid".
 * The place is part of the name (it says which clinic or court), so an ORG span grows over a
 * preposition of place and the capitalised name after it, or over an ORG or LOCATION span found
 * right there. Runs on the recognizers' spans before overlaps are merged.
 *
 * Per language, only the prepositions that join a place to a name: English, German, Dutch and
 * Finnish write the town outside the name ("Citizens Advice in Halifax", "Ziekenhuis Eemland in
 * Amersfoort"; Finnish puts it in front, in the genitive), so they get none. A company name with
 * a legal form ends there ("Elplast Sp. z o.o. w Niepołomicach"): the place is where it works.
 */
const placePrepositions: Record<Lang, readonly string[]> = {
  en: [],
  de: [],
  nl: [],
  fi: [],
  da: ['i', 'på', 'ved'],
  no: ['i', 'på', 'ved'],
  sv: ['i', 'på', 'vid'],
  fr: ['de', 'du', 'des', "d'", 'd’'],
  es: ['de', 'del'],
  it: ['di', 'del', 'della', "dell'", 'dell’'],
  pl: ['w', 'we'],
};

/** Court and office numbering inside the name: "nº 24", "n.º 3", "núm. 5", "n° 2", "nr 4". */
const numbering = /^[ \t]+(?:n\.?º|n°|núm\.|número|nr\.?|no\.)[ \t]*\d{1,3}(?![\p{L}\p{N}])/u;

/**
 * A capitalised name of up to three words, with the lower-case particles place names carry
 * ("Val de Sambre", "Bremen-Vegesack"); on one line, never past a comma or a full stop.
 */
const word = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const particle = '(?:de|del|di|du|la|le|sur|am|an|der|og|och)';
const placeName = new RegExp(`^${word}(?:[ \\t]+(?:${particle}[ \\t]+)?${word}){0,2}`, 'u');

const legalEnd = new RegExp(`${wordStart}${alternation(legalForms)}$`, 'u');
const calendar = new Set(
  [...months, ...weekdays].filter((m) => /^[\p{L}]+$/u.test(m)).map((m) => m.toLowerCase()),
);
const joinable = new Set(['ORG', 'LOCATION']);

function prepositionRe(lang: Lang): RegExp | undefined {
  const preps = placePrepositions[lang];
  if (preps.length === 0) return undefined;
  // Lower case only: "I" and "W" at a sentence start are words of their own.
  const alts = preps.map((p) => (p.endsWith("'") || p.endsWith('’') ? p : `${p}[ \\t]+`));
  return new RegExp(`^[ \\t]+(?:${alts.join('|')})(?=\\p{Lu})`, 'u');
}
const prepositions = new Map<Lang, RegExp | undefined>();

/** The end of the place after `pos` (right after the preposition), or undefined when there is none. */
function placeEnd(text: string, pos: number, spans: readonly Span[]): number | undefined {
  const starting = spans.filter((s) => s.start === pos);
  if (starting.some((s) => !joinable.has(s.type))) return undefined;
  const name = placeName.exec(text.slice(pos, pos + 80));
  let end = name ? pos + trimCalendar(name[0]).length : pos;
  for (const s of starting) end = Math.max(end, s.end);
  if (end === pos) return undefined;
  // The name may not run into a span of another kind ("CMP de Montbrison Dr. Anne Roux").
  const clash = spans.find((s) => !joinable.has(s.type) && s.start > pos && s.start < end);
  return clash ? undefined : end;
}

/** Drops the words from a month or weekday on: "i Svendborg" yes, "i Marts" no. */
function trimCalendar(name: string): string {
  const words = name.split(/[ \t]+/u);
  const cut = words.findIndex((w) => calendar.has(w.toLowerCase()));
  return cut === -1 ? name : words.slice(0, cut).join(' ');
}

/** The spans with every ORG span grown over the place after it (new objects; the input is not changed). */
export function growOrgSpans(text: string, spans: readonly Span[], lang: Lang): Span[] {
  if (!prepositions.has(lang)) prepositions.set(lang, prepositionRe(lang));
  const prep = prepositions.get(lang);
  return spans.map((s) => {
    if (s.type !== 'ORG' || legalEnd.test(text.slice(s.start, s.end).toLowerCase())) return s;
    let end = s.end;
    const number = numbering.exec(text.slice(end, end + 16));
    if (number) end += number[0].length;
    const m = prep?.exec(text.slice(end, end + 12));
    const place = m ? placeEnd(text, end + m[0].length, spans) : undefined;
    end = place ?? end;
    return end === s.end ? s : { ...s, end };
  });
}
