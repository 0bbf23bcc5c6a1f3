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

/** A capitalised word in any script ("Hauptstraße", "Σκαφίδια", "O'Connell", "Saint-Denis"). */
const capWord = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)?\\.?";
const particle =
  "(?:de|du|des|la|le|les|del|della|delle|dei|degli|di|da|do|dos|das|von|van|der|den|y|e|i|l['’]|d['’])";
/** A house number: 12, 12a, 12 B, 5/7, 123-II, 12-14, 12bis. */
export const houseNumber =
  '\\d{1,5}(?:[a-zA-Z]|[ \\t\\u00a0][A-Z])?(?![\\p{L}])(?:[ \\t\\u00a0]?[-/][ \\t\\u00a0]?\\d{1,5}[a-zA-Z]?)?(?:-(?:III|II|IV|I|hs|huis|h))?(?:[ \\t\\u00a0]?(?:bis|ter))?';

// Germanic, Nordic, Dutch and Finnish street names end in the street type: Hauptstraße,
// Keizersgracht, Storgatan, Holmevej, Jäämerentie. Lower-case starts are allowed (machelsesteenweg).
const streetSuffixes = [
  'straße',
  'strasse',
  'str.',
  'weg',
  'gasse',
  'platz',
  'allee',
  'ring',
  'damm',
  'ufer',
  'chaussee',
  'steig',
  'pfad',
  'markt',
  'graben',
  'laan',
  'straat',
  'gracht',
  'plein',
  'kade',
  'singel',
  'dijk',
  'steeg',
  'dreef',
  'steenweg',
  'baan',
  'vej',
  'gade',
  'allé',
  'stræde',
  'torv',
  'plads',
  'gata',
  'gatan',
  'vägen',
  'väg',
  'gränd',
  'torget',
  'backe',
  'backen',
  'veien',
  'vei',
  'gaten',
  'plassen',
  'tie',
  'katu',
  'kuja',
  'polku',
  'tori',
  'väylä',
  'kaari',
  'rinne',
  'ranta',
  'aukio',
];
const suffixAlt = [...streetSuffixes]
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace('.', '\\.'))
  .join('|');
// Street types written as their own word: "Lange Straße 5", "Am Alten Markt 3".
// Also Central/Eastern European types written after the name: "Király u. 23.", "Luite tee 71", "Trg revolucije 12".
const streetWords = [
  'Straße',
  'Strasse',
  'Str.',
  'Weg',
  'Gasse',
  'Platz',
  'Allee',
  'Ring',
  'Damm',
  'Ufer',
  'Markt',
  'u.',
  'út',
  'utca',
  'tér',
  'körút',
  'tee',
  'tänav',
  'iela',
  'gatve',
  'g.',
  'cesta',
  'ulica',
  'ulice',
  'nám.',
  'náměstí',
  'náměstí',
  'trg',
  'Steenweg',
];

export const suffixStreet = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${capWord})[ -]){0,2}\\p{L}{0,30}(?:${suffixAlt})(?![\\p{L}])[ \\t\\u00a0]?,?[ \\t\\u00a0]?${houseNumber}(?![\\p{L}\\p{N}])` +
    `|(?<![\\p{L}\\p{N}])(?:(?:${capWord}) ){1,2}(?:${streetWords.map((w) => w.replace('.', '\\.')).join('|')})[ \\t\\u00a0]?${houseNumber}(?![\\p{L}\\p{N}])`,
  'gu',
);

// Romance and Polish street names start with the street type: "rue de la Paix", "Calle Mayor",
// "Via Roma", "ul. Długa", "Avenue des Sartiaux". French puts the number first.
const streetPrefixes = [
  'rue',
  'avenue',
  'av.',
  'boulevard',
  'bd',
  'bld',
  'chemin',
  'place',
  'allée',
  'impasse',
  'quai',
  'route',
  'cours',
  'passage',
  'faubourg',
  'calle',
  'c/',
  'avenida',
  'avda.',
  'paseo',
  'plaza',
  'carrer',
  'camino',
  'carretera',
  'ronda',
  'travesía',
  'rua',
  'via',
  'viale',
  'piazza',
  'piazzale',
  'corso',
  'vicolo',
  'largo',
  'strada',
  'ul.',
  'ulica',
  'al.',
  'aleja',
  'os.',
  'osiedle',
  'pl.',
  'plac',
  'trg',
  'str.',
  'chaussée',
];
const streetName = `(?:(?:${particle}|${capWord})(?<=['’]|[\\p{L}.](?![\\p{L}\\p{N}]))[ ]?){1,5}`;
export const prefixStreet = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${houseNumber},?[ \\t\\u00a0])?(?:${alternation(streetPrefixes)})[ \\t\\u00a0]?${streetName}(?:,?[ \\t\\u00a0]?${houseNumber})?(?![\\p{L}\\p{N}])`,
  'gu',
);

// English: number first, type last: "12 Main Street", "221B Baker St.", "1600 Pennsylvania Avenue NW".
const englishTypes = [
  'Street',
  'St',
  'Road',
  'Rd',
  'Avenue',
  'Ave',
  'Lane',
  'Ln',
  'Drive',
  'Dr',
  'Boulevard',
  'Blvd',
  'Court',
  'Ct',
  'Place',
  'Pl',
  'Way',
  'Terrace',
  'Close',
  'Crescent',
  'Square',
  'Sq',
  'Parkway',
  'Pkwy',
  'Highway',
  'Hwy',
  'Circle',
  'Cir',
  'Gardens',
  'Grove',
  'Row',
  'Walk',
  'Mews',
  'Hill',
  'Trail',
  'Green',
  'Park',
  'Broadway',
];
export const englishStreet = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?,?[ \\t\\u00a0](?:(?:${capWord}|\\d{1,3}(?:st|nd|rd|th))[ \\t\\u00a0]){0,3}(?:${englishTypes.join('|')})\\.?(?![\\p{L}])(?:[ \\t\\u00a0](?:N|S|E|W|NE|NW|SE|SW)\\.?(?![\\p{L}]))?`,
  'gu',
);

// Number, one to three capitalised words, number: "92 De Lindeboom 105", "98 Tylova 1036".
// Weaker evidence: scored lower than the typed street patterns.
export const numberedName = new RegExp(
  `(?<![\\p{L}\\p{N}.,])\\d{1,4}[ \\t\\u00a0](?:${capWord}[ \\t\\u00a0](?:${particle}[ \\t\\u00a0])?){1,3}${houseNumber}(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'gu',
);

/** Flats, suites and units: "Apt. 267", "Suite 137", "Wohnung 5", "lgh 1102", "bus 3". */
export const unit = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation([
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
  ])})[ \\t\\u00a0]?(?:nr\\.?|no\\.?|#)?[ \\t\\u00a0]?[0-9][0-9A-Za-z]{0,4}(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Post-office boxes in the 11 languages. */
export const poBox = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:P\\.?[ \\t\\u00a0]?O\\.?[ \\t\\u00a0]?Box|Post[ \\t\\u00a0]+Office[ \\t\\u00a0]+Box|${alternation(
    [
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
      'box',
    ],
  )})[ \\t\\u00a0]?\\d{1,6}(?:[ \\t\\u00a0]\\d{2,4})?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** A city after a postcode: one to three capitalised words, with the usual joining particles. */
const city = `\\p{Lu}[\\p{L}\\p{M}'’.]*(?:(?:[ -]|[ -](?:am|an der|an|im|in|bei|ob|sur|sous|en|lès|les|le|la|de|del|di|upon|on|aan den|aan de|aan|op|bij|i|på)[ -])\\p{Lu}[\\p{L}\\p{M}'’.]*){0,2}`;
const countryPrefix = '(?:(?:D|A|CH|F|B|L|I|E|NL|S|N|DK|FI|FIN|PL)-)?';

/** Postcode and city: 10115 Berlin, D-10115 Berlin, 75008 Paris, 8001 Zürich, 1012 AB Amsterdam, 114 55 Stockholm, 00-950 Warszawa. */
export const postcodeCity = new RegExp(
  [
    `${countryPrefix}(?<five>\\d{5})[ \\t\\u00a0](?:${city})`,
    `${countryPrefix}(?<four>\\d{4})[ \\t\\u00a0](?:${city})`,
    `\\d{4}[ \\t\\u00a0]?[A-Z]{2}[ \\t\\u00a0](?:${city})`,
    `\\d{3}[ \\t\\u00a0]\\d{2}[ \\t\\u00a0](?:${city})`,
    `\\d{2}-\\d{3}[ \\t\\u00a0](?:${city})`,
  ]
    .map((p) => `(?<![\\p{L}\\p{N}.,/-])${p}(?![\\p{L}])`)
    .join('|'),
  'gu',
);

/** UK postcodes, with the post town before them when written: "London SW1A 1AA", "M1 1AE". */
export const ukPostcode =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}]+,?[ \t])?[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\p{N}])/gu;

const usStates =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
/** US city, state and ZIP: "Springfield, IL 62704", "NY 10001-1234". */
export const usCityStateZip = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${city}),[ \\t\\u00a0]?)?(?:${usStates})[ \\t\\u00a0]\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** US military addresses: "USS Dam\nFPO AE 94560", "Unit 1783 Box 3210\nDPO AP 99855", "PSC 1234, Box 5678\nAPO AA 12345". */
export const military =
  /(?<![\p{L}\p{N}])(?:(?:USNS|USNV|USCGC|USS)[ \t][\p{L}\p{M}'.\- ]{2,30}|Unit \d{4} Box \d{4}|PSC \d{4}, Box \d{4})\n(?:FPO|APO|DPO) (?:AA|AE|AP) \d{5}(?!\d)|(?<![\p{L}\p{N}])(?:FPO|APO|DPO) (?:AA|AE|AP) \d{5}(?!\d)/giu;
