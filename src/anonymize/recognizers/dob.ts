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

// Ages: the number is the identifying part; the phrase is the evidence.
const n = '(?:1[01]\\d|\\d{1,2})(?!\\d)';
const agePhrases = [
  `\\b(?:i\\s+am|i'm|i’m|aged|age[ds]?:?|at\\s+the\\s+age\\s+of)\\s+${n}(?!\\s*(?:%|percent|euros?|eur|dollars?|pounds?|€|\\$|£|(?:minute|min|hour|hr|day|week|month|second|item|piece|time|mile|meter|metre)s?(?![\\p{L}])|km|kg|cm|[.,:/]\\d))`,
  `${n}[- ](?:years?|yrs?)[- ]old`,
  `${n}(?:-year-old|-jährige[rn]?|-jarige|-årig[ae]?|-vuotia(?:s|an|aa)|-letni[ae]?|-enne|-añero)`,
  `(?:ich\\s+bin|alter:?|im\\s+alter\\s+von)\\s+${n}(?=\\s+(?:jahre|j\\.)|[\\s.,]*$|[.,;!?])`,
  `${n}\\s+jahre\\s+alt`,
  `(?:j'ai|j’ai|âgée?\\s+de|âge\\s*:)\\s*${n}\\s+ans`,
  `${n}\\s+jaar\\s+oud|(?:ik\\s+ben|leeftijd:?)\\s+${n}(?:\\s+jaar)?(?![\\p{L}\\p{N}])`,
  `(?:tengo|edad:?|con)\\s+${n}\\s+años|edad:?\\s*${n}(?![\\p{N}])`,
  `(?:jag\\s+är|jeg\\s+er|ålder:?|alder:?)\\s+${n}(?:\\s+år)?(?![\\p{L}\\p{N}])|${n}\\s+år\\s+gam(?:mal|mel)`,
  `(?:ho|età:?)\\s+${n}\\s+anni|età:?\\s*${n}(?![\\p{N}])`,
  `(?:olen|ikä:?)\\s+${n}(?:\\s+vuotta|-vuotias)?(?![\\p{L}\\p{N}])`,
  `(?:mam|wiek:?)\\s+${n}\\s+lat(?:a)?|wiek:?\\s*${n}(?![\\p{N}])`,
];
const agePattern = new RegExp(agePhrases.map((p) => `(?:${p})`).join('|'), 'giu');

function ages(text: string): Span[] {
  const spans: Span[] = [];
  agePattern.lastIndex = 0;
  for (let m = agePattern.exec(text); m; m = agePattern.exec(text)) {
    // Every phrase holds exactly one number (lookaheads consume nothing): that number is the age.
    const digits = /\d+/.exec(m[0]);
    if (!digits) continue;
    const value = digits[0];
    const start = m.index + digits.index;
    spans.push({ start, end: start + value.length, type: 'AGE', source: 'dob', score: 0.85 });
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
