import { englishTypes, streetPrefixes, streetSuffixes, streetWords } from './address.words.js';

/**
 * Regex building blocks for postal addresses in the conventions of each supported country. Every
 * pattern is compiled once at load. They avoid nested unbounded quantifiers over the same
 * characters, so a long line of capitalised words cannot make them backtrack catastrophically.
 */

/** Case-insensitive only on the first letter: "rue"/"Rue", without making the whole regex `i`. */
const firstLetterEither = (word: string) => {
  const first = word[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  const rest = word.slice(1).replace(/[.]/g, '\\.');
  return lower === upper ? `${first.replace(/[.]/g, '\\.')}${rest}` : `[${upper}${lower}]${rest}`;
};
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(firstLetterEither)
    .join('|');

const particle =
  "(?:de|du|des|la|le|les|del|della|delle|dei|degli|di|da|do|dos|das|ai|agli|alle|alla|al|per|von|van|der|den|y|e|i|l['’]|d['’])";
/**
 * A pattern that V8 tries only where its digits are: `before` is matched backwards by a lookbehind
 * and captured as `s`, so the span starts `s.length` characters before the match. A regex that
 * starts with a letter class is tried at every letter of the text (measured: 10-20× slower on a
 * 1.5 KB email); one that starts with a digit skips straight to the few digit runs.
 */
const anchored = (before: string, rest: string, flags = 'gu', quick = '') =>
  new RegExp(`(?=\\d)${quick}(?<=(?<s>${before}))${rest}`, flags);
// The cheap test a street or flat number passes first: a letter or a dot right before it ("Weg 5", "Apt. 5").
const afterWord = '(?<=\\p{L}\\.?[ \\t\\u00a0]?,?[ \\t\\u00a0]?|#[ \\t\\u00a0]?)';
const sp = '[ \\t\\u00a0]';

/** A house number written before a street-type word, at the end of the text before it ("12 rue"). */
export const numberBefore = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}(?:[a-zA-Z]|${sp}?(?:bis|ter))?,?${sp}$`,
  'u',
);
/** A house number: 12, 12a, 12 B, 5/7, 4-A, 123-II, 12-14, 12bis, 41, 2º B. */
export const houseNumber =
  // "8 A 4": the Finnish staircase letter and flat number.
  '\\d{1,5}(?:[a-zA-Z]|[ \\t\\u00a0][A-Z](?:[ \\t\\u00a0]\\d{1,3}(?![\\p{N}.,:/]))?)?(?![\\p{L}])(?:[ \\t\\u00a0]?[-/][ \\t\\u00a0]?\\d{1,5}[a-zA-Z]?|[-/][A-Za-z](?![\\p{L}]))?(?:-(?:III|II|IV|I|hs|huis|h))?(?:[ \\t\\u00a0]?(?:bis|ter))?' +
  // Spanish floor and door ("Calle del Olmo 41, 2º B", "23, 4º izda."), the Catalan ones ("117, 3r 1a"),
  // kept with the number so that a postcode line can follow them (streetTail takes them after a street).
  '(?:,?[ \\t\\u00a0]?\\d{1,2}[º°ª](?:[ \\t\\u00a0]?(?:[A-Z](?![\\p{L}])|(?:izda|izqda|dcha|dcho|ctro)\\.?))?|,[ \\t\\u00a0]?\\d{1,2}(?:r|n|t|º)[ \\t\\u00a0]\\d{1,2}[aª](?![\\p{L}]))?';

// Checked with a lookbehind at the end of a whole word: one test per word instead of one per letter.
const suffixAlt = `(?:${streetSuffixes
  .filter((x) => !x.endsWith('.'))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/**
 * The street-line patterns, built for a word class: capitalised words for ordinary text, any word
 * for text written entirely in lower case (where "97 guildry street" is still an address).
 */
function streetPatterns(capital: string, typeWord: (w: string) => string) {
  /** A name word in any script ("Hauptstraße", "Σκαφίδια", "O'Connell", "Saint-Denis"). */
  const capWord = `${capital}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)?\\.?`;
  const streetWordAlt = streetWords.map((w) => typeWord(w.replace('.', '\\.'))).join('|');
  const suffixStreet = anchored(
    `(?<![\\p{L}\\p{N}])(?:(?:${capWord})[ -]){0,2}\\p{L}*(?:${suffixAlt}|str\\.)${sp}?,?${sp}?` +
      `|(?<![\\p{L}\\p{N}])(?:(?:${capWord}) ){1,2}(?:${streetWordAlt})${sp}?`,
    `${houseNumber}(?![\\p{L}\\p{N}])`,
    'gu',
    afterWord,
  );
  // Up to seven words: "C/ de la Mare de Déu del Coll".
  const streetName = `(?:(?:${particle}|${capWord})(?<=['’]|[\\p{L}.](?![\\p{L}\\p{N}]))[ ]?){1,7}`;
  const prefixType = `(?:${alternation(streetPrefixes)})(?<=[./]|\\p{L}(?![\\p{L}]))${sp}?${streetName}`;
  // Tried only where a street-type word starts (found through the shared token index): the name,
  // then an optional house number. The recognizer requires a number here or just before (France).
  const prefixStreetAt = new RegExp(`${prefixType}(?:,?${sp}?${houseNumber})?(?![\\p{L}\\p{N}])`, 'uy');
  const englishStreet = new RegExp(
    `(?=\\d)(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?,?${sp}(?:(?:${capWord}|\\d{1,3}(?:st|nd|rd|th))${sp}){1,3}(?:${englishTypes.map(typeWord).join('|')})\\.?(?![\\p{L}])(?:${sp}(?:N|S|E|W|NE|NW|SE|SW)\\.?(?![\\p{L}]))?`,
    'gu',
  );
  // Number, one to three capitalised words, number: "92 De Lindeboom 105", "98 Tylova 1036".
  // Weaker evidence: scored lower than the typed street patterns.
  const numberedName = new RegExp(
    // A number followed by a full stop and a word is a day ("7100 Vejle den 1. maj").
    `(?=\\d)(?<![\\p{L}\\p{N}.,])\\d{1,4}${sp}(?:${capWord}${sp}(?:${particle}${sp})?){1,3}${houseNumber}(?![\\p{L}\\p{N}]|[.,]\\d|\\.${sp}+\\p{L})`,
    'gu',
  );
  return { suffixStreet, prefixStreetAt, englishStreet, numberedName };
}

export const streets = streetPatterns('\\p{Lu}', (w) => w);
export const lowerCaseStreets = streetPatterns('\\p{L}', firstLetterEither);

/**
 * German streets named with a preposition: "Am Mühlbach 68", "An der Alster 5", "Im Winkel 3".
 * "Am Montag 12" reads the same, so the recognizer takes these only before a postcode line.
 */
export const germanPrepositionStreet = anchored(
  `(?<![\\p{L}\\p{N}])(?:Am|An der|An den|Im|In der|In den|Auf der|Auf dem|Zum|Zur|Unter den|Hinter der|Vor dem|Alt)${sp}\\p{Lu}[\\p{L}'’]*(?:[ -]\\p{Lu}[\\p{L}'’]*)?${sp}`,
  `${houseNumber}(?![\\p{L}\\p{N}])`,
  'gu',
  afterWord,
);

/**
 * A street with no type word ("Vestervold 8", "Fiskekroken 3", "Wysowa-Zdrój 41", "Via per
 * Formigine 22/B"): one to three capitalised words and a house number, taken only when its postcode
 * and town follow on the same or the next line (see toPostcode).
 */
export const namedStreetBeforePostcode = anchored(
  `(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{M}'’.]*(?:(?:[ -]|${sp}(?:per|de|di|del|della|la|le|von|van|der|den|da|do|dos|das)${sp})\\p{Lu}[\\p{L}\\p{M}'’.]*){0,2}${sp}`,
  `${houseNumber}(?![\\p{L}\\p{N}])`,
  'gu',
  afterWord,
);
/** What may follow such a street before the comma or line break: "Vestervold 8, st.", "Vesterbro 71, 4. mf.". */
export const floorBeforePostcode =
  /(?:,?[ \t]*(?:st\.(?:[ \t]?(?:tv|th|mf)\.?)?|\d{1,2}\.[ \t]?(?:tv|th|mf|sal)\.?|[A-Z](?![\p{L}\p{N}])))*/uy;

/** Flats, suites and units: "Apt. 267", "Suite 137", "Wohnung 5", "lgh 1102". */
const unitWords = alternation([
  'apt.',
  'apt',
  'apartment',
  'suite',
  'ste.',
  'unit',
  'flat',
  'wohnung',
  'whg.',
  'app.',
  'appartement',
  'lgh',
  'lägenhet',
  'piso',
  'puerta',
  'interno',
  'int.',
  'scala',
  'lok.',
  'asunto',
  'as.',
]);
const unitBefore = `(?<![\\p{L}\\p{N}])(?:${unitWords})${sp}?(?:nr\\.?|no\\.?|#)?${sp}?`;
const unitRest = '[0-9][0-9A-Za-z]{0,4}(?![\\p{L}\\p{N}])';
export const unit = anchored(unitBefore, unitRest, 'gu', afterWord);
/** The same, matched from the start of a line (address-block continuation). */
export const unitLine = `${unitBefore}${unitRest}`;

/** Post-office boxes in the 11 languages. */
const poBoxWords = alternation([
  'postfach',
  'postbus',
  'postboks',
  'postbox',
  'boîte postale',
  'B.P.',
  'apartado de correos',
  'apartado',
  'casella postale',
  'postilokero',
  'skrytka pocztowa',
  'skr. poczt.',
  'skrytka',
  'box',
  'BP',
  'PL',
]);
export const poBox = anchored(
  `(?<![\\p{L}\\p{N}])(?:P\\.?${sp}?O\\.?${sp}?Box|Post${sp}+Office${sp}+Box|${poBoxWords})${sp}?`,
  `\\d{1,6}(?:${sp}\\d{2,4}){0,2}(?![\\p{L}\\p{N}])`,
);

/** A city after a postcode: one to three capitalised words, with the usual joining particles. */
// No dots inside: "75001 Paris. La consultation" must stop at the city.
const city = `\\p{Lu}[\\p{L}\\p{M}'’]*(?:(?:[ -]|[ -](?:am|an der|an|im|in|bei|ob|sur|sous|en|lès|les|le|la|de|del|di|upon|on|aan den|aan de|aan|op|bij|i|på)[ -])\\p{Lu}[\\p{L}\\p{M}'’]*){0,2}`;
const postcodeBefore = '(?<![\\p{L}\\p{N}.,/-])(?:(?:D|A|CH|F|B|L|I|E|NL|S|N|DK|FI|FIN|PL)-)?';
const postcodeRest = [
  `(?<five>\\d{5})${sp}(?:${city})`,
  `(?<four>\\d{4})${sp}(?:${city})`,
  `\\d{4}${sp}?[A-Z]{2}${sp}(?:${city})`,
  `\\d{3}${sp}\\d{2}${sp}(?:${city})`,
  `\\d{2}-\\d{3}${sp}(?:${city})`,
]
  .map((p) => `(?:${p})`)
  .join('|');

// After the town: the French CEDEX with its office number, the Italian or Spanish province
// ("20121 Milano (MI)", "28013 Madrid (Madrid)").
const postcodeTail = `(?:${sp}(?:CEDEX|Cedex|cedex))?(?:(?<=[Cc][Ee][Dd][Ee][Xx])${sp}\\d{1,2}(?!\\d))?(?:${sp}?\\((?:[A-Z]{2}|\\p{Lu}\\p{Ll}+)\\))?`;

/** Postcode and city: 10115 Berlin, D-10115 Berlin, 75008 Paris, 8001 Zürich, 1012 AB Amsterdam, 114 55 Stockholm, 00-950 Warszawa. */
export const postcodeCity = anchored(postcodeBefore, `(?:${postcodeRest})(?![\\p{L}])${postcodeTail}`);
export const postcodeCityLine = `${postcodeBefore}(?:${postcodeRest})(?![\\p{L}])${postcodeTail}`;

/** UK postcodes, with the post town before them when written: "London SW1A 1AA", "M1 1AE". */
const ukBefore = '(?:\\p{Lu}\\p{L}+,?[ \\t])?(?<![\\p{L}\\p{N}])[A-Z]{1,2}';
const ukRest = '\\d[A-Z\\d]?[ \\t]?\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\p{N}])';
export const ukPostcode = anchored(ukBefore, ukRest);
export const ukPostcodeLine = `${ukBefore}${ukRest}`;

/** Irish Eircodes, with the town before them when written: "Dublin D02 X285", "T12 AB34". */
const eircodeBefore = '(?:\\p{Lu}\\p{L}+,?[ \\t])?(?<![\\p{L}\\p{N}])[ACDEFHKNPRTVWXY]';
const eircodeRest =
  '\\d{2}[ \\t]?(?=[0-9A-Z]{0,3}[A-Z])(?=[A-Z]{0,3}\\d)[0-9ACDEFHKNPRTVWXY]{4}(?![\\p{L}\\p{N}])';
export const eircode = anchored(eircodeBefore, eircodeRest);

/**
 * Floor, door, staircase and flat written after a street on the same line: "3. tv." (da),
 * "scala B", "int. 4" (it), "m. 5" (pl), "Stiege 2, Top 5" (at), "bus 3" (be), "2º B" (es),
 * "2. OG links" (de), "leil. H0204" or "H0201" (no), "as 12" (fi), "3e étage", "apt 42" (fr),
 * a bare floor ending the line ("Gade 11, 1.", da). Alone they are not addresses: the recognizer
 * takes them only right after a street (or right after another tail).
 */
export const streetTail = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:scala|esc\\.|escalera|stiege|trappa|porta|puerta|pta\\.|piso|planta|top|bus|boîte|bte|m\\.|lok\\.|mieszk\\.|étage|etage|stock|et\\.|kerros|krs\\.|interno|int\\.|lgh|as\\.?|asunto|leil\\.?|apt\\.?|appt\\.?|app\\.)${sp}?[0-9A-Z]{1,5}|\\d{1,2}\\.${sp}?(?:tv|th|mf|sal|sal\\.|etage|stock|OG|étage|piso|planta|kerros|kat)\\.?|st\\.${sp}?(?:tv|th|mf)\\.?|st\\.` +
    // es: "3º izda.", "4.º", "1º 2ª", "bajo"; fr: "bât. C", "3e étage"; de: "links"; no: "H0201"
    `|(?:izda|izqda|izq|dcha|drcha|dcho)\\.?|bajo|entlo\\.?|ático|\\d{1,2}\\.?[º°ª]|b[âa]t\\.?${sp}?[0-9A-Z]{1,3}` +
    `|\\d{1,2}(?:e|er|ème|eme)${sp}étage|links|rechts|H0\\d{3}|\\d{1,2}\\.(?=[ \\t]*(?:\\n|$)))(?![\\p{L}\\p{N}])`,
  'gu',
);

const usStates =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
/** US city, state and ZIP: "Springfield, IL 62704", "NY 10001-1234". */
const usBefore = `(?:(?:${city}),${sp}?)?(?<![\\p{L}\\p{N}])(?:${usStates})${sp}`;
const usRest = '\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{N}])';
export const usCityStateZip = anchored(usBefore, usRest);
export const usCityStateZipLine = `${usBefore}${usRest}`;

/** US military addresses: "USS Dam\nFPO AE 94560", "Unit 1783 Box 3210\nDPO AP 99855", "PSC 1234, Box 5678\nAPO AA 12345". */
export const military = anchored(
  "(?:(?<![\\p{L}\\p{N}])(?:(?:USNS|USNV|USCGC|USS)[ \\t][\\p{L}\\p{M}'.\\- ]{2,30}|Unit \\d{4} Box \\d{4}|PSC \\d{4}, Box \\d{4})\\n)?(?<![\\p{L}\\p{N}])(?:FPO|APO|DPO) (?:AA|AE|AP) ",
  '\\d{5}(?!\\d)',
  'giu',
);

/** What may stand between a street and its postcode line: a comma, or a line break with quote marks. */
export const toPostcode = new RegExp(`[ \\t]*(?:,[ \\t]*|\\n[> \\t]*)(?=${postcodeCityLine})`, 'uy');
