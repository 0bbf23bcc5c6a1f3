import type { DetectContext, Recognizer, Span } from '../anonymize.types.js';
import { continueBlocks, join } from './address.blocks.js';
import {
  eircode,
  floorBeforePostcode,
  germanPrepositionStreet,
  lowerCaseStreets,
  military,
  namedStreetBeforePostcode,
  numberBefore,
  poBox,
  postcodeCity,
  streets,
  streetTail,
  toPostcode,
  ukPostcode,
  unit,
  usCityStateZip,
} from './address.patterns.js';
import { lowerCaseSuffixes, streetPrefixes, streetWords } from './address.words.js';
import { contextWords, findContext, valuesAfter } from './near-context.js';

/**
 * Postal addresses: street lines (Hauptstraße 12, 12 Main Street, 12 rue de la Paix, Calle Mayor 5,
 * ul. Długa 5/7), postcode + city lines (10115 Berlin, 1012 AB Amsterdam, SW1A 1AA, 114 55
 * Stockholm, Springfield, IL 62704), P.O. boxes and flats; pieces on one line are joined into one
 * span, and the lines after a street line that continue the address (flat, city, postcode,
 * country) are taken with it. After an address word ("Adresse:", "my new address is") the rest
 * of the line is taken when it holds a number.
 */

const others: Array<[RegExp, number]> = [
  [poBox, 0.85],
  [ukPostcode, 0.85],
  [eircode, 0.8],
  [usCityStateZip, 0.85],
  [military, 0.9],
  [unit, 0.6],
];
type Accept = (value: string) => boolean;
const typedFor = (p: typeof streets): Array<[RegExp, number, Accept?]> => [
  [p.suffixStreet, 0.85, plausibleSuffixStreet],
  [p.englishStreet, 0.85],
  [p.numberedName, 0.55, plausibleNumberedName],
  ...others,
];
const typed = typedFor(streets);
// Text written entirely in lower case gets street patterns that do not need capitals.
const typedLowerCase = typedFor(lowerCaseStreets);
const hasCapital = /\p{Lu}/u;

// Romance and Polish streets start with their type word (rue, calle, via, ul.): found from those words.
const prefixWords = contextWords(streetPrefixes);

/**
 * "Am Mühlbach 68" and "Fiskekroken 3" only when their postcode line follows ("Am Montag 12" is a
 * date, "Kapitel 3" a reference).
 */
function streetsBeforePostcode(text: string, re: RegExp, out: Span[]) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    floorBeforePostcode.lastIndex = end;
    floorBeforePostcode.exec(text);
    toPostcode.lastIndex = floorBeforePostcode.lastIndex;
    if (!toPostcode.test(text)) continue;
    const start = m.index - (m.groups?.s?.length ?? 0);
    out.push({
      start: start + (leadingNoise.exec(text.slice(start, end))?.[0].length ?? 0),
      end,
      type: 'ADDRESS',
      source: 'address',
      score: 0.85,
    });
  }
}

function prefixStreets(text: string, sticky: RegExp, out: Span[]) {
  for (const [at] of findContext(text, prefixWords)) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    const before = numberBefore.exec(text.slice(Math.max(0, at - 14), at));
    // The name holds no digits: a digit in the match is the house number after it.
    if (!before && !/\d/.test(m[0])) continue;
    const start = at - (before?.[0].length ?? 0);
    // A full stop after a name word ends the sentence ("… avenue Victor Hugo."); "av." keeps its dot.
    const end = at + m[0].length - (/\p{L}{4}\.$/u.test(m[0]) ? 1 : 0);
    out.push({ start, end, type: 'ADDRESS', source: 'address', score: 0.85 });
  }
}

// Words that make number + capitalised word + number a date, a quantity or a reference, not a street.
const notStreetWord =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|juni|juli|januar|februar|märz|april|august|september|oktober|november|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|mei|augustus|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|maj|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|stück|stk|pakete|mal|x|euro|eur|usd|chf|sek|kr|items|pieces|pcs|mio|million|tage|days|jours|días|dagar|dage|dager|jahre|years|ans|jaar|år|anni|lat|januari|march|june|july|seite|page|chapter|kapitel|version|v|windows|model|iphone|galaxy|office|room|zimmer)\.?$/i;

function plausibleNumberedName(value: string): boolean {
  // "Japan 2 Syria 1", "Plymouth 4 Exeter 1": match results, not a building and a street number.
  if (/^\d\s.*\s\d$/u.test(value)) return false;
  const words = value.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (/^(?:19|20)\d{2}$/.test(last)) return false;
  return !words.some((w) => notStreetWord.test(w));
}

const yearLike = /^(?:19|20)\d{2}$/;

const standaloneTypes = new Set(streetWords.map((w) => w.toLowerCase()));
const lowerSuffix = new RegExp(`^\\p{L}{3,}(?:${lowerCaseSuffixes.join('|')})$`, 'u');
const wordBeforeNumber = /([\p{L}.]+)[\s,]*\d/u;

/**
 * A street found by its type ending: the word before the number is capitalised ("Storgate 7"), is a
 * type word of its own ("Karl Johans gate 22"), or ends in a long type ending ("machelsesteenweg 19").
 * "during 5" and "the spring 2" end in "ring" too.
 */
function plausibleSuffixStreet(value: string): boolean {
  const word = wordBeforeNumber.exec(value)?.[1] ?? '';
  return /^\p{Lu}/u.test(word) || standaloneTypes.has(word.toLowerCase()) || lowerSuffix.test(word);
}

const addressWords = contextWords([
  'address',
  'addresses',
  'mailing address',
  'billing address',
  'shipping address',
  'delivery address',
  'home address',
  'live at',
  'living at',
  'moved to',
  'reside at',
  'send it to',
  'sent to',
  'deliver to',
  'return to',
  'adresse*',
  'anschrift*',
  'wohnanschrift*',
  'postanschrift*',
  'lieferadresse*',
  'rechnungsadresse*',
  'wohne in',
  "j'habite",
  'j’habite',
  'habite à',
  'domicile',
  'adres',
  'adressen',
  'woonadres',
  'woon op',
  'woon aan',
  'dirección',
  'direccion',
  'domicilio',
  'vivo en',
  'adress',
  'adressen',
  'bostadsadress',
  'leveransadress',
  'bor på',
  'indirizzo',
  'abito in',
  'residenza',
  'osoite*',
  'asun',
  'adresem',
  'adres zamieszkania',
  'mieszkam przy',
]);
// After an address word: punctuation and "is/ist/est/:" then a value that starts with a digit or capital.
const afterAddressWord =
  /[\s:]*(?:(?:is|ist|lautet|est|es|är|er|è|jest|on|to|now|neu|nu|now)\s+|[:\-–]\s*)*/iuy;
const restOfLine = /[\p{Lu}\p{N}][^\n;!?]{3,100}?(?=\s*(?:\n|$|[;!?]|\.\s|\.$))/uy;

const postcodeWords = contextWords([
  'zip',
  'zip code',
  'zipcode',
  'postcode',
  'post code',
  'postal code',
  'plz',
  'postleitzahl',
  'code postal',
  'código postal',
  'codigo postal',
  'postnummer',
  'postnr',
  'cap',
  'c.a.p.',
  'postinumero',
  'kod pocztowy',
]);
const postcodeValue = /(?=[A-Z]{0,2}\d)[A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?(?![\p{L}\p{N}])/uy;

const leadingNoise =
  /^(?:(?:Adresse|Anschrift|Address|Adres|Adress|Indirizzo|Osoite|Meine|Unsere|Ihre|Neue|Die|Der|Das|Bitte|Nach)[ \t]+)+/u;

function pushAll(text: string, re: RegExp, score: number, out: Span[], accept?: (value: string) => boolean) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Digit-anchored patterns capture the part before their digits as `s` (see address.patterns.ts).
    let start = m.index - (m.groups?.s?.length ?? 0);
    const end = m.index + m[0].length;
    if (accept && !accept(text.slice(start, end))) continue;
    // German capitalises every noun: "Adresse Am Markt 3a" reads as a three-word street name.
    start += leadingNoise.exec(text.slice(start, end))?.[0].length ?? 0;
    out.push({ start, end, type: 'ADDRESS', source: 'address', score });
  }
}

function postcodes(text: string, out: Span[], streets: Span[]) {
  postcodeCity.lastIndex = 0;
  for (let m = postcodeCity.exec(text); m; m = postcodeCity.exec(text)) {
    const start = m.index - (m.groups?.s?.length ?? 0);
    // A four-digit year before a capitalised word ("2019 Anna") is only a postcode right after a street.
    if (m.groups?.four && yearLike.test(m.groups.four)) {
      const near = streets.some((s) => s.end <= start && /^[\s,]*$/.test(text.slice(s.end, start)));
      if (!near) continue;
    }
    out.push({ start, end: m.index + m[0].length, type: 'ADDRESS', source: 'address', score: 0.8 });
  }
  for (const [start, end] of valuesAfter(text, postcodeWords, postcodeValue, 16)) {
    out.push({ start, end, type: 'ADDRESS', source: 'address', score: 0.8 });
  }
}

/** Floors, doors and staircases right after a street found so far ("Nørregade 12, 3. tv."). */
function tails(text: string, out: Span[]) {
  if (out.length === 0) return;
  const ends = new Set(out.map((s) => s.end));
  streetTail.lastIndex = 0;
  for (let m = streetTail.exec(text); m; m = streetTail.exec(text)) {
    let gap = m.index;
    while (gap > 0 && gap > m.index - 3 && /[ \t,]/.test(text[gap - 1]!)) gap--;
    if (!ends.has(gap)) continue;
    const end = m.index + m[0].length;
    ends.add(end);
    out.push({ start: m.index, end, type: 'ADDRESS', source: 'address', score: 0.8 });
  }
}

// The house number comes within the first three words ("Trg revolucije 12"); "Helsingissä ja olen
// 45-vuotias" after "asun" is a town and an age.
const nearDigit = /^(?:\S+\s+){0,2}\S*\d/u;

const ipLike = /^\d{1,3}(?:\.\d{1,3}){3}|^[\da-f:]+:[\da-f]/i;

/** The catch-all after an address word, only where no typed pattern already found the address. */
function afterWords(text: string, out: Span[]) {
  const typedSpans = out.slice();
  for (const [, end] of findContext(text, addressWords)) {
    afterAddressWord.lastIndex = end;
    afterAddressWord.exec(text);
    restOfLine.lastIndex = afterAddressWord.lastIndex;
    const m = restOfLine.exec(text);
    if (
      m &&
      nearDigit.test(m[0]) &&
      !ipLike.test(m[0]) &&
      !typedSpans.some((t) => t.start < m.index + m[0].length && t.end > m.index)
    ) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'ADDRESS',
        source: 'address',
        score: 0.75,
      });
    }
  }
}

export const addressRecognizer: Recognizer = {
  name: 'address',
  types: ['ADDRESS'],
  detect(ctx: DetectContext): Span[] {
    const { text } = ctx;
    if (!/\d/.test(text)) return [];
    const found: Span[] = [];
    const capitals = hasCapital.test(text);
    for (const [re, score, accept] of capitals ? typed : typedLowerCase)
      pushAll(text, re, score, found, accept);
    prefixStreets(text, (capitals ? streets : lowerCaseStreets).prefixStreetAt, found);
    streetsBeforePostcode(text, germanPrepositionStreet, found);
    if (capitals) streetsBeforePostcode(text, namedStreetBeforePostcode, found);
    tails(text, found);
    postcodes(text, found, found.slice());
    afterWords(text, found);
    const joined = join(found, text);
    return join([...joined, ...continueBlocks(joined, text)], text);
  },
};
