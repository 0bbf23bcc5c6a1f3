/**
 * The licence-plate formats of the supported countries, as each registration authority issues
 * them (current series; older series where they are still on the road in numbers). `alone` marks a
 * format that is rarely anything else and is taken without a vehicle or plate word nearby; the
 * others need one in their sentence, because "1234 BCD", "AB 123 CD" or "ABC-123" are as often a
 * price with a currency, a product or a reference code.
 */
export interface PlateFormat {
  country: string;
  /** Regex source of the whole plate (upper case, as printed; a space may also be a hyphen where noted). */
  source: string;
  alone: boolean;
}

// Letters a series leaves out to avoid confusion with digits: FR/IT/ES drop vowels or I, O, Q, U.
const frLetter = '[A-HJ-NP-TV-Z]';
const itLetter = '[A-HJ-NPR-TV-Z]';
const esLetter = '[BCDFGHJKLMNPRSTVWXYZ]';
// Currency codes of consonants only: "1500 PLN" has the Spanish shape.
const consonantCurrencies = '(?:BGN|CHF|CNY|CZK|DKK|GBP|HKD|HRK|JPY|KRW|MXN|PHP|PLN|SGD|TRY|TWD)(?![A-Z])';
/** Standards and norms written like a plate ("DIN-EN 1234", "ISO 9001"): never one. */
export const standards = '(?!(?:DIN|ISO|EN|IEC|VDE|VDI|DVGW|CEN|ETS|TS|NEN|NF|UNE|UNI|PN|SS|DS|SFS|BS)[- ])';
const swissCantons = 'AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH';
// Dutch sidecodes (RDW): six characters in three hyphenated groups of letters and digits.
const nlSidecodes = [
  '[A-Z]{2}-\\d{2}-\\d{2}',
  '\\d{2}-\\d{2}-[A-Z]{2}',
  '\\d{2}-[A-Z]{2}-\\d{2}',
  '[A-Z]{2}-\\d{2}-[A-Z]{2}',
  '[A-Z]{2}-[A-Z]{2}-\\d{2}',
  '\\d{2}-[A-Z]{2}-[A-Z]{2}',
  '\\d{2}-[A-Z]{3}-\\d',
  '\\d-[A-Z]{3}-\\d{2}',
  '[A-Z]{2}-\\d{3}-[A-Z]',
  '[A-Z]-\\d{3}-[A-Z]{2}',
  '[A-Z]{3}-\\d{2}-[A-Z]',
  '\\d-[A-Z]{2}-\\d{3}',
  '\\d{3}-[A-Z]{2}-\\d',
];

export const plateFormats: readonly PlateFormat[] = [
  // DE: district (1–3 letters), 1–2 letters, 1–4 digits, E for electric, H for historic.
  { country: 'DE', source: '[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \\d{1,4}[EH]?', alone: false },
  // AT: district, digits and letters ("W-12345A", "GU 123 AB", "W 1234 X").
  { country: 'AT', source: '[A-Z]{1,2}[- ]\\d{1,5} ?[A-Z]{1,3}', alone: false },
  // CH: canton and up to six digits ("ZH 123456").
  { country: 'CH', source: `(?:${swissCantons}) ?\\d{1,6}`, alone: false },
  // FR: SIV series since 2009 ("AB-123-CD"); the old FNI series ("1234 AB 75").
  { country: 'FR', source: `${frLetter}{2}-\\d{3}-${frLetter}{2}`, alone: false },
  { country: 'FR', source: '\\d{1,4} [A-Z]{1,3} (?:\\d{2}|2[AB])', alone: false },
  { country: 'NL', source: `(?:${nlSidecodes.join('|')})`, alone: false },
  // BE: a digit, three letters, three digits ("1-ABC-234"); article numbers use it too.
  { country: 'BE', source: '[1-9]-[A-Z]{3}-\\d{3}', alone: false },
  // ES: four digits and three consonants ("1234 BCD"); a currency code has the same shape.
  { country: 'ES', source: `\\d{4}[- ]?(?!${consonantCurrencies})${esLetter}{3}`, alone: false },
  { country: 'IT', source: `${itLetter}{2} ?\\d{3} ?${itLetter}{2}`, alone: false },
  // PL: district (2–3 letters) and a 4–5 character resource with a digit ("WA 12345", "KR 1AB23").
  { country: 'PL', source: '[A-Z]{2,3} ?(?=[A-Z]{0,3}\\d)[A-Z0-9]{4,5}', alone: false },
  { country: 'DK', source: '[A-Z]{2} ?\\d{2} ?\\d{3}', alone: false },
  { country: 'NO', source: '[A-Z]{2} ?\\d{4,5}', alone: false },
  // SE: three letters, two digits, a digit or a letter ("ABC 123", "ABC 12A").
  { country: 'SE', source: '[A-Z]{3} ?\\d{2}[A-Z0-9]', alone: false },
  { country: 'FI', source: '[A-ZÅÄÖ]{2,3}-\\d{1,3}', alone: false },
  // UK since 2001: area letters, age digits, three random letters ("AB12 CDE"); printed with its
  // space it is no postcode (whose second half is a digit and two letters) and no other code.
  { country: 'UK', source: '[A-Z]{2}\\d{2} [A-Z]{3}', alone: true },
  { country: 'UK', source: '[A-Z]{2}\\d{2}[A-Z]{3}', alone: false },
];

/** Car makes and models, a vehicle cue of their own: "the Corsa (KT19 HXR)", "en Volvo (DN 48213)". */
export const carMakes = [
  'alfa romeo',
  'audi',
  'bmw',
  'citroën',
  'citroen',
  'corsa',
  'dacia',
  'fiat',
  'ford',
  'honda',
  'hyundai',
  'kia',
  'mazda',
  'mercedes*',
  'nissan',
  'opel',
  'passat',
  'peugeot',
  'renault',
  'skoda',
  'škoda',
  'subaru',
  'suzuki',
  'tesla*',
  'toyota',
  'volkswagen',
  'volvo*',
  'vw',
];
