import * as check from './national-id.models.js';
import { type ContextWords, contextWords } from './near-context.js';

/**
 * One row per national identifier format. Scores follow the evidence: a check digit that a
 * random number passes rarely (FR key 1/97, IT check char 1/26 on a 16-char shape) scores high on
 * its own; a bare digit run that passes 1 in 11 (BSN) needs a context word for a high score.
 */
export interface NationalIdRule {
  country: string;
  /** Global regex of candidates; the recognizer adds digit/letter boundaries around it. */
  pattern: RegExp;
  /**
   * Formats that are exactly one word of a fixed length are checked on the shared token index
   * instead: a letter-first regex would be tried at every letter of the text.
   */
  tokenLength?: number;
  /** 'strong': checksum valid; 'weak': structure valid, no (mandatory) checksum passed; false: reject. */
  validate(value: string): 'strong' | 'weak' | false;
  context: ContextWords;
  /** Score for a strong match without / with context; weak matches need context and score `weak`. */
  score: { alone: number; context: number; weak?: number };
}

const strongIf = (ok: boolean) => (ok ? 'strong' : false);
const sep = '[ .\\-]?';

export const nationalIdRules: NationalIdRule[] = [
  {
    country: 'US',
    pattern: /\d{3}([- ])\d{2}\1\d{4}/g,
    validate: (v) => strongIf(check.validUsSsn(v)),
    context: contextWords(['ssn', 'social security*', 'soc sec', 'ss#', 'ss no']),
    score: { alone: 0.8, context: 0.95 },
  },
  {
    // A bare 9-digit SSN is any 9-digit number: only with its name nearby.
    country: 'US',
    pattern: /\d{9}/g,
    validate: (v) => (check.validUsSsn(v) ? 'weak' : false),
    context: contextWords(['ssn', 'social security*', 'soc sec']),
    score: { alone: 0, context: 0, weak: 0.85 },
  },
  {
    country: 'UK',
    pattern: /[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]/giu,
    validate: (v) => strongIf(check.validUkNino(v) && (v === v.toUpperCase() || /^\S+$/.test(v))),
    context: contextWords(['national insurance*', 'nino', 'ni number', 'ni no', 'nin']),
    score: { alone: 0.85, context: 0.95 },
  },
  {
    country: 'DE',
    pattern: /\d{2} ?\d{3} ?\d{3} ?\d{3}/g,
    validate: (v) => strongIf(check.validDeSteuerId(v)),
    context: contextWords([
      'steuer-id*',
      'steuerid*',
      'steueridentifikationsnummer*',
      'steuerliche identifikationsnummer*',
      'identifikationsnummer*',
      'idnr',
      'tin',
      'tax id*',
      'tax identification number',
    ]),
    score: { alone: 0.6, context: 0.95 },
  },
  {
    // One random letter-and-nine-digit code in ten passes the check: alone it scores low.
    country: 'DE',
    pattern: /^[A-Z]\d{9}$/u,
    tokenLength: 10,
    validate: (v) => strongIf(check.validDeKvnr(v)),
    context: contextWords([
      'krankenversichertennummer*',
      'krankenversicherungsnummer*',
      'versichertennummer*',
      'versichertennr*',
      'versicherten-nr*',
      'kvnr',
      'kv-nummer*',
      'egk',
      'gesundheitskarte',
    ]),
    score: { alone: 0.5, context: 0.95 },
  },
  {
    // A check digit passes one code in ten, but the shape (a date, a capital between digits) is rare.
    country: 'DE',
    pattern: /\d{2} ?\d{6} ?[A-Z] ?\d{3}/g,
    validate: (v) => strongIf(check.validDeRvnr(v)),
    context: contextWords([
      'rentenversicherungsnummer*',
      'sozialversicherungsnummer*',
      'versicherungsnummer*',
      'rv-nummer*',
      'rvnr',
      'sv-nummer*',
      'svnr',
    ]),
    score: { alone: 0.7, context: 0.95 },
  },
  {
    country: 'NL',
    pattern: /\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{8,9}/g,
    validate: (v) => strongIf(check.validNlBsn(v)),
    context: contextWords([
      'bsn*',
      'burgerservicenummer*',
      'burgerservicenr',
      'sofinummer*',
      'sofi-nummer*',
      'citizen service number',
    ]),
    score: { alone: 0.55, context: 0.95 },
  },
  {
    country: 'BE',
    pattern: /\d{2}\.\d{2}\.\d{2}[- ]\d{3}\.\d{2}|\d{6}[- ]\d{3}[- ]?\d{2}|\d{11}/g,
    validate: (v) => strongIf(check.validBeNationalNumber(v)),
    context: contextWords([
      'rijksregisternummer*',
      'rijksregister*',
      'rijksregisternr',
      'insz*',
      'niss',
      'numéro national',
      'numéro de registre national',
      'registre national',
      'national number',
      'national register number',
      'nationalnummer*',
    ]),
    score: { alone: 0.6, context: 0.95 },
  },
  {
    country: 'FR',
    pattern: /[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2[ab]) ?\d{3} ?\d{3} ?\d{2}/giu,
    validate: (v) => strongIf(check.validFrNir(v)),
    context: contextWords([
      'sécurité sociale',
      'securite sociale',
      'sécu',
      'nir',
      'insee',
      'carte vitale',
      'numéro de sécu*',
      'nss',
    ]),
    score: { alone: 0.85, context: 0.97 },
  },
  {
    country: 'ES',
    pattern: /(?:\d{8}|[xyz]-?\d{7})-?[a-z]/giu,
    validate: (v) => strongIf(check.validEsDniNie(v)),
    context: contextWords([
      'dni',
      'nie',
      'nif',
      'documento nacional*',
      'número de identidad',
      'identificación',
    ]),
    score: { alone: 0.85, context: 0.97 },
  },
  {
    country: 'ES',
    pattern: /\d{2}[ /-]?\d{8}[ /-]?\d{2}/g,
    validate: (v) => strongIf(check.validEsNss(v)),
    context: contextWords([
      'nss',
      'naf',
      'seguridad social',
      'número de afiliación',
      'numero de afiliacion',
      'afiliación',
      'tarjeta sanitaria',
    ]),
    score: { alone: 0.55, context: 0.95 },
  },
  {
    // Upper-case letters only: "1234567ab" in running text is a code of something else.
    country: 'IE',
    pattern: /\d{7}[A-W][A-IW]?/g,
    validate: (v) => strongIf(check.validIePpsn(v)),
    context: contextWords(['ppsn', 'pps', 'pps no', 'pps number', 'personal public service*']),
    score: { alone: 0.8, context: 0.97 },
  },
  {
    country: 'IT',
    pattern: /^[a-z]{6}[0-9lmnp-v]{2}[abcdehlmprst][0-9lmnp-v]{2}[a-z][0-9lmnp-v]{3}[a-z]$/iu,
    tokenLength: 16,
    validate: (v) => strongIf(check.validItCodiceFiscale(v)),
    context: contextWords(['codice fiscale', 'cod. fisc.', 'c.f.', 'cf', 'tessera sanitaria']),
    score: { alone: 0.92, context: 0.98 },
  },
  {
    country: 'SE',
    pattern: /(?:19|20)?\d{6}[-+]\d{4}|(?:19|20)\d{10}|\d{10}/g,
    validate: (v) => {
      if (!check.validSePersonnummer(v)) return false;
      // Ten bare digits are too common (phone numbers, orders) to flag on Luhn alone.
      return /^\d{10}$/.test(v) ? 'weak' : 'strong';
    },
    context: contextWords([
      'personnummer*',
      'personnumret',
      'personnr',
      'pnr',
      'samordningsnummer*',
      'personal identity number',
    ]),
    score: { alone: 0.8, context: 0.95, weak: 0.9 },
  },
  {
    country: 'DK',
    pattern: /\d{6}-?\d{4}/g,
    validate: (v) => {
      if (!check.validDkCprDate(v)) return false;
      // Mod 11 stopped being mandatory in 2007: a valid date with context is enough.
      return check.dkCprMod11(v) && v.includes('-') ? 'strong' : 'weak';
    },
    context: contextWords(['cpr*', 'cpr-nummer*', 'cpr-nr', 'personnummer*', 'sygesikring*']),
    score: { alone: 0.6, context: 0.95, weak: 0.9 },
  },
  {
    country: 'NO',
    pattern: /\d{6} ?\d{5}/g,
    validate: (v) => strongIf(check.validNoFodselsnummer(v)),
    context: contextWords(['fødselsnummer*', 'fodselsnummer*', 'personnummer*', 'f.nr', 'fnr', 'd-nummer*']),
    score: { alone: 0.8, context: 0.97 },
  },
  {
    country: 'FI',
    pattern: /\d{6}[-+a-fu-y]\d{3}[0-9a-y]/giu,
    validate: (v) => strongIf(check.validFiHetu(v)),
    context: contextWords(['henkilötunnus*', 'hetu*', 'sotu', 'sosiaaliturvatunnus*', 'personbeteckning*']),
    score: { alone: 0.92, context: 0.98 },
  },
  {
    country: 'PL',
    pattern: /\d{11}/g,
    validate: (v) => strongIf(check.validPlPesel(v)),
    context: contextWords(['pesel*', 'numer pesel']),
    score: { alone: 0.7, context: 0.97 },
  },
  {
    country: 'AT',
    pattern: /\d{4} ?\d{6}/g,
    validate: (v) => strongIf(check.validAtSvnr(v)),
    context: contextWords([
      'sozialversicherungsnummer*',
      'sv-nummer*',
      'sv-nr',
      'svnr',
      'versicherungsnummer*',
      'e-card*',
      'social insurance number',
    ]),
    score: { alone: 0.45, context: 0.95 },
  },
  {
    country: 'CH',
    pattern: new RegExp(`756${sep}\\d{4}${sep}\\d{4}${sep}\\d{2}`, 'g'),
    validate: (v) => strongIf(check.validChAhv(v)),
    context: contextWords(['ahv*', 'avs*', 'ahv-nummer*', 'sozialversicherungsnummer*', 'numéro avs']),
    score: { alone: 0.95, context: 0.98 },
  },
];
