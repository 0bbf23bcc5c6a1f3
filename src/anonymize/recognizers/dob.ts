import type { DetectContext, Recognizer, Span } from '../anonymize.types.js';
import { contextWords, valuesAfter } from './near-context.js';

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

// Ages: the number is the identifying part; the phrase around it is the evidence. Each number of
// the text is checked against short phrases right before and after it, instead of running one
// large case-insensitive alternation over the whole text (measured 5x slower).
const ageNumber = /(?<![\p{N}.,:/])(?:1[01]\d|\d{1,2})(?![\p{N}]|[.,:/]\d)/gu;
// Enough on their own: "54 years old", "34-year-old", "54 Jahre alt", "72-jährige", "12 jaar oud", "54-vuotias".
const ageAfter =
  /(?:[- ](?:years?|yrs?)[- ]old|-year-old|-jährige[rn]?|-jarige|-årig[ae]?|-vuotia(?:s|an|aa)|-letni[ae]?|-enne|-añero|\s+jahre\s+alt|\s+jaar\s+oud|\s+år\s+gam(?:mal|mel))(?![\p{L}])/iuy;
// Only with their unit after the number: "j'ai 54 ans", "tengo 54 años", "ho 54 anni", "mam 54 lata".
const pairedBefore =
  /(?<![\p{L}])(?:j'ai|j’ai|j'aurai|j’aurai|aura|âgée?\s+de|tengo|con|cumplo|cumpliré|ho|compio|compirò|mam|skończę)\s*$/iu;
const pairedAfter = /\s+(?:ans|años|anni|lata?)(?![\p{L}])/iuy;
// Enough unless a unit follows: "I am 54", "Age: 54", "ich bin 54", "ik ben 54", "jag är 54", "olen 54".
const ageBefore =
  /(?<![\p{L}])(?:i\s+am|i'm|i’m|aged|age:|at\s+the\s+age\s+of|turns?|turned|will\s+be|ich\s+bin|ich\s+werde|werde|alter:?|word\s+binnenkort|word\s+straks|fyller|fyldte|fylder|täytän|im\s+alter\s+von|âge\s*:|ik\s+ben|leeftijd:?|edad:?|jag\s+är|jeg\s+er|ålder:?|alder:?|età:?|olen|ikä:?|wiek:?)\s*$/iu;
// A child or relative named before the number: "my daughter Siobhan, who is 11", "mein Sohn Uwe
// ist 13", "mi hijo Manuel, de 5 años", "ma fille Léa a 7 ans".
const familyBefore =
  /(?<![\p{L}])(?:son|daughter|child|kid|grandson|granddaughter|sohn|tochter|kind|enkel|enkelin|fils|fille|enfant|zoon|dochter|hijo|hija|niño|niña|dotter|barn|figlio|figlia|bambin[oa]|datter|sønn|poika|tytär|lapsi|syn|córka|dziecko)(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,?\s+(?:who\s+is|who's|is|ist|est|a|es|är|er|è|on|jest|de|di|van|aged)\s+|,\s*)$/iu;
// "I am 20 minutes late", "I am 100% sure", "ich bin 3 mal": a quantity, not an age.
const notAnAge =
  /\s*(?:%|percent|prozent|procent|euros?|eur|dollars?|pounds?|€|\$|£|kr|x|mal|times|km|kg|cm|(?:minute|min|hour|hr|day|week|month|second|item|piece|time|mile|meter|metre|minuten|stunden|tage|wochen|monate|uhr|minuter|timmar|dagar|minutter|timer|dage|minuti|ore|giorni|minutos|horas|días|uur|dagen|heures|jours|minuuttia|tuntia|päivää|minut|godzin|dni)s?)(?![\p{L}])/iuy;

const matchesAt = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at;
  return re.test(text);
};

function ages(text: string): Span[] {
  const spans: Span[] = [];
  ageNumber.lastIndex = 0;
  for (let m = ageNumber.exec(text); m; m = ageNumber.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const isAge =
      matchesAt(ageAfter, text, end) ||
      (pairedBefore.test(before) && matchesAt(pairedAfter, text, end)) ||
      ((ageBefore.test(before) || familyBefore.test(text.slice(Math.max(0, start - 48), start))) &&
        !matchesAt(notAnAge, text, end));
    if (isAge) spans.push({ start, end, type: 'AGE', source: 'dob', score: 0.85 });
  }
  return spans;
}

export const dobRecognizer: Recognizer = {
  name: 'dob',
  types: ['DOB', 'AGE'],
  detect(ctx: DetectContext): Span[] {
    const dates: Span[] = valuesAfter(ctx.text, birthWords, dateValue, 40).map(([start, end]) => ({
      start,
      end,
      type: 'DOB',
      source: 'dob',
      score: 0.9,
    }));
    return [...dates, ...ages(ctx.text)].sort((a, b) => a.start - b.start);
  },
};
