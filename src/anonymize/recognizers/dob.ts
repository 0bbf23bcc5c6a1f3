import type { DetectContext, Recognizer, Span } from '../anonymize.types.js';
import {
  bracketAfterWord,
  clauseEnd,
  commaBefore,
  copulaBefore,
  periodNear,
  selfCommaBefore,
  sentenceHasBefore,
} from './age.words.js';
import {
  ageAfter,
  ageBefore,
  ageUnit,
  ageWordBefore,
  appositionBefore,
  appositionEnd,
  durationTail,
  familyBefore,
  nameHasBefore,
  notAnAge,
  pairedAfter,
  pairedBefore,
  relativeNear,
  twoNamesBefore,
} from './dob.words.js';
import { isGivenName } from './name-lists.js';
import { contextWords, valuesAcross, valuesAfter } from './near-context.js';

/**
 * Dates of birth and ages, by context only: a date is personal data here because a birth word
 * stands before it ("born on", "Geburtsdatum", "né le", "fecha de nacimiento", "urodzony"); an
 * age because of its phrase ("54 years old", "j'ai 54 ans", "54-vuotias"). Other dates belong
 * to the quasi-identifier recognizer, and "for 10 years" is not an age.
 */
const birthWords = contextWords([
  'born',
  'born on',
  'date of birth',
  'birth date',
  'birthdate',
  'birthday',
  'dob',
  'd.o.b',
  'geboren',
  'geb',
  'geburtsdatum*',
  'geburtstag*',
  'né',
  'née',
  'date de naissance',
  'naissance',
  'geboortedatum*',
  'geboren op',
  'verjaardag',
  'fecha de nacimiento',
  'nacido',
  'nacida',
  'nacimiento',
  'född',
  'födelsedatum*',
  'födelsedag',
  'nato',
  'nata',
  'data di nascita',
  'nascita',
  'født',
  'fødselsdato*',
  'fødselsdag*',
  'syntynyt',
  'syntymäaika*',
  'syntymäpäivä*',
  'urodzony',
  'urodzona',
  'urodzin',
  'data urodzenia',
]);

// Month names and abbreviations of the 11 languages (genitive forms for FI and PL).
const months = [
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|marts|desember|augusti',
  'janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
  'januari|februari|maart|mei|augustus',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  'maj',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
  '(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu(?:ta)?',
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia',
  'jan|feb|febr|mar|mär|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|déc|janv|févr|avr|juil|mrt|ene|abr|ago|dic|gen|mag|giu|lug|set|ott',
].join('|');
const day = '(?:0?[1-9]|[12]\\d|3[01])';
const year = '(?:1[89]\\d{2}|20\\d{2})';
const month = `(?:${months})\\.?`;
const ordinal = '(?:st|nd|rd|th|er|e|\\.)?';
const dateSource = [
  `${day}[./-](?:0?[1-9]|1[0-2])[./-](?:${year}|\\d{2})`, // 12.03.1985, 12/03/85
  `(?:0?[1-9]|1[0-2])/${day}/${year}`, // US 3/23/1940
  `${year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])`, // ISO 1985-03-12
  `(?:the\\s+)?${day}${ordinal}\\s*(?:of\\s+|de\\s+)?${month}(?:,?\\s*(?:de\\s+)?${year})?`, // 12 March 1985, 12 de marzo de 1985
  `${month}\\s+${day}${ordinal}(?:,?\\s*${year})?`, // March 12, 1985
  `(?:in\\s+|im\\s+|en\\s+|i\\s+|nel\\s+|w\\s+)?${year}`, // born in 1985
].join('|');
const dateValue = new RegExp(`(?:${dateSource})(?![\\p{L}\\p{N}])`, 'iuy');

// The birthplace between the birth word and the date: "nata a Bari il 05/09/1962", "born in Leeds
// on 3 May 1960", "geboren in Graz am 3.5.1960", "urodzona w Radomiu dnia 2.11.1951".
const birthplace =
  /\s+(?:a|in|à|en|i|w|we|im|te|em|på)\s+\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2},?\s+(?:(?:il|le|el|on|am|den|op|dnia)\s+)?(?=\d)/uy;

// Ages: the number with its age word is the span ("79-year-old", "79 Jahre", "12 ans", "lat 79");
// the phrase around it is the evidence. Each number of the text is checked against short phrases
// right before and after it, instead of running one large case-insensitive alternation over the
// whole text (measured 5x slower). Word lists per language live in dob.words.ts.
const ageNumber = /(?<![\p{N}.,:/])(?:1[01]\d|\d{1,2})(?![\p{N}]|[.,:/]\d)/gu;
const matchesAt = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at;
  return re.exec(text)?.[0].length ?? -1;
};

/** The word before a bracket names a person: a given name or a relative ("Magnus (", "min mormor ("). */
function namesPerson(word: string): boolean {
  return (/^\p{Lu}/u.test(word) && isGivenName(word)) || relativeNear.test(word);
}

/** Two capitalised words before the bracket: the first may be the given name ("Nasreen Qureshi ("). */
const givenBeforeSurname = /(\p{Lu}[\p{L}'’-]*)[ \t]+\p{Lu}[\p{L}'’-]*[ \t]*\([ \t]*$/u;

/**
 * A bare number that closes a bracket after a given name or a relative is an age, the way mail
 * writes it: "Jonas (4)", "Sander (9) og Tiril (6)", "our son Ethan (14)", "my mum, Nasreen
 * Qureshi (81)".
 */
function bracketedAge(text: string, start: number, end: number): boolean {
  if (!/^[ \t]*\)/u.test(text.slice(end, end + 3))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const word = bracketAfterWord.exec(before)?.[1];
  if (!word) return false;
  if (namesPerson(word)) return true;
  const given = givenBeforeSurname.exec(before)?.[1];
  // A name the lists do not know counts after a relative word: "my mum, Nasreen Qureshi (81)".
  return given !== undefined && (isGivenName(given) || relativeNear.test(before));
}

/** How far an age phrase reaches after its number, or -1 when the text there is not an age. */
function ageEnd(text: string, start: number, end: number): number {
  const own = matchesAt(ageAfter, text, end);
  if (own >= 0) return end + own;
  if (bracketedAge(text, start, end)) return end;
  const before = text.slice(Math.max(0, start - 28), start);
  const unit = Math.max(0, matchesAt(ageUnit, text, end));
  if (pairedBefore.test(before) || nameHasBefore.test(before)) {
    const paired = matchesAt(pairedAfter, text, end);
    // "con 10 años de experiencia", "10 ans d'ancienneté": a duration of something, not an age.
    if (paired >= 0 && matchesAt(durationTail, text, end + paired) < 0) return end + paired;
  }
  if (unit > 0 && appositionBefore.test(before) && matchesAt(appositionEnd, text, end + unit) >= 0) {
    const near = text.slice(Math.max(0, start - 48), start);
    if (twoNamesBefore.test(before) || relativeNear.test(near)) return end + unit;
  }
  if (unit > 0 && matchesAt(clauseEnd, text, end + unit) >= 0 && clauseAge(text, start)) return end + unit;
  const introduced = ageBefore.test(before) || familyBefore.test(text.slice(Math.max(0, start - 56), start));
  if (introduced && matchesAt(notAnAge, text, end) < 0 && matchesAt(durationTail, text, end + unit) < 0)
    return end + unit;
  return -1;
}

/**
 * The grammar around a number with a unit that ends its clause (age.words.ts): a bracket after a
 * given name or a relative, a comma, a pro-drop "has", or a copula whose subject is no period.
 */
function clauseAge(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const bracketed = bracketAfterWord.exec(before)?.[1];
  if (bracketed) return namesPerson(bracketed);
  if (sentenceHasBefore.test(before)) return true;
  const sentence = before.split(/[.!?][ \t]|\n/u).pop()!;
  if (periodNear.test(sentence)) return false;
  const comma = commaBefore.exec(before)?.[1];
  // After a comma: a name, a relative or an identifier (not a year: "2019, 5 Jahre").
  if (comma && !/^(?:19|20)\d\d$/u.test(comma))
    return /^(?:\p{Lu}|\p{N}{3})/u.test(comma) || relativeNear.test(comma) || selfCommaBefore.test(sentence);
  return copulaBefore.test(before);
}

function ages(text: string): Span[] {
  const spans: Span[] = [];
  ageNumber.lastIndex = 0;
  for (let m = ageNumber.exec(text); m; m = ageNumber.exec(text)) {
    let start = m.index;
    const end = ageEnd(text, start, start + m[0].length);
    if (end < 0) continue;
    const lat = ageWordBefore.exec(text.slice(Math.max(0, start - 8), start));
    if (lat) start -= lat[0].length;
    spans.push({ start, end, type: 'AGE', source: 'dob', score: 0.85 });
  }
  return spans;
}

export const dobRecognizer: Recognizer = {
  name: 'dob',
  types: ['DOB', 'AGE'],
  detect(ctx: DetectContext): Span[] {
    const found = [
      ...valuesAfter(ctx.text, birthWords, dateValue, 40),
      ...valuesAcross(ctx.text, birthWords, birthplace, dateValue),
    ];
    const dates: Span[] = found.map(([start, end]) => ({
      start,
      end,
      type: 'DOB',
      source: 'dob',
      score: 0.9,
    }));
    return [...dates, ...ages(ctx.text)].sort((a, b) => a.start - b.start);
  },
};
