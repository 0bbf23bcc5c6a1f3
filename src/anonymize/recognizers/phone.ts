import { type CountryCode, findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { DetectContext, Lang, Recognizer, Span } from '../anonymize.types.js';
import { digitsOf, hasContextBefore } from '../text.models.js';
import { firstCharMatches } from './regex-tools.js';

/**
 * Phone numbers, validated by libphonenumber-js with its full metadata ("max": real number
 * ranges, not only lengths). National formats need a region: we try the regions the language
 * suggests, then the countries of the participants' address domains. International numbers
 * (+49…, 0049…) are found whatever the region.
 *
 * Scanning the whole mail with libphonenumber once per region is slow, so a cheap regex first
 * cuts out digit runs that could be numbers, and only those windows are parsed.
 *
 * Numbers that libphonenumber rejects but that are written like phone numbers ("166-684-7899",
 * "(88) 684-334") still become weak spans (lower score), stronger when a word like "Tel." or
 * "call" stands before them: a mistyped or fictitious-looking number is still personal data.
 */
const regionsByLang: Record<Lang, CountryCode[]> = {
  en: ['GB', 'US', 'IE'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE', 'CH'],
  nl: ['NL', 'BE'],
  es: ['ES'],
  sv: ['SE', 'FI'],
  it: ['IT', 'CH'],
  da: ['DK'],
  no: ['NO'],
  fi: ['FI'],
  pl: ['PL'],
};

/** Country-code top-level domains of the supported regions (EU, EEA, UK, US, CH, NO). */
const regionByTld: Record<string, CountryCode> = {
  at: 'AT',
  be: 'BE',
  bg: 'BG',
  hr: 'HR',
  cy: 'CY',
  cz: 'CZ',
  dk: 'DK',
  ee: 'EE',
  fi: 'FI',
  fr: 'FR',
  de: 'DE',
  gr: 'GR',
  hu: 'HU',
  ie: 'IE',
  it: 'IT',
  lv: 'LV',
  lt: 'LT',
  lu: 'LU',
  mt: 'MT',
  nl: 'NL',
  pl: 'PL',
  pt: 'PT',
  ro: 'RO',
  sk: 'SK',
  si: 'SI',
  es: 'ES',
  se: 'SE',
  uk: 'GB',
  ch: 'CH',
  no: 'NO',
  is: 'IS',
  li: 'LI',
  us: 'US',
};

// A run that may hold a number: optional +/00 prefix, digits with spaces, dots, dashes, slashes,
// brackets, and an optional extension. Bounded repetition keeps it linear.
const candidateRe =
  /(?:\+|\b00)?\(?\d[\d\u00a0 ()./–-]{4,22}\d(?:\s?(?:x|ext\.?|extension|#|Durchwahl|poste)\s?\d{1,6})?/giu;
// A longer run, only to find two numbers joined by " / " before cutting candidates out of each.
const runRe =
  /(?:\+|\b00)?\(?\d[\d\u00a0 ()./–-]{4,80}\d(?:\s?(?:x|ext\.?|extension|#|Durchwahl|poste)\s?\d{1,6})?/giu;
const dateLike = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/;
const ibanHead = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){0,7} ?$/i;
const ipLike = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const extensionRe = /\s?(?:x|ext\.?|extension|#|Durchwahl|poste)\s?\d{1,6}$/i;
const timeLike = /^\d{1,2}[:.]\d{2}(?:\s?[-–]\s?\d{1,2}[:.]\d{2})?$/;
const decimalLike = /^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$/;
const phoneShape = /^(?:\+|00)?[\d ()./–-]+(?:\s?(?:x|ext\.?|#)\s?\d+)?$/i;
const contextRe =
  /(?:tel|phone|mobile|mob|cell|call|fax|whatsapp|handy|telefon|ruf|tél|portable|téléphone|telefoon|mobiel|bel |teléfono|móvil|llam|mobil|ring|tlf|puhelin|puh|gsm|numer|telefonu|komórk|cellulare|chiam|numero|nummer|number|nr)\.?\s*[:.]?\s*[^\n\d]{0,15}$/i;

const codeLetters =
  /(?<![\p{L}\p{N}])(?!(?:TEL|FAX|GSM|MOB|NR|NO|PH|TLF|PUH|HP|WA|CELL)[ -]$)[A-ZÄÖÜÅÆØ]{2,3}[ -]$/u;

function regionsFor(ctx: DetectContext): CountryCode[] {
  const out = [...regionsByLang[ctx.lang]];
  for (const p of ctx.participants) {
    const tld = p.address?.split('.').pop()?.toLowerCase();
    const region = tld ? regionByTld[tld] : undefined;
    if (region && !out.includes(region)) out.push(region);
  }
  for (const fallback of ['US', 'GB', 'DE'] as CountryCode[]) if (!out.includes(fallback)) out.push(fallback);
  return out.slice(0, 6);
}

/** The window as one number, parsed (4× cheaper than a search) under each region in turn. */
function parseWhole(window: string, intl: boolean, regions: CountryCode[]): boolean {
  if (intl) return parsePhoneNumberFromString(window.replace(/^00/, '+'))?.isValid() ?? false;
  return regions.some((region) => parsePhoneNumberFromString(window, region)?.isValid() ?? false);
}

/**
 * The validated numbers inside a window that is not one number as a whole (two numbers joined
 * by a slash, a number followed by other digits), under the first region that explains
 * (nearly) all of its digits: a region that only validates a fragment ("645-9740" of a US
 * number read as German) loses to one that validates the whole run.
 */
function findValidated(
  window: string,
  regions: CountryCode[],
): { start: number; end: number; intl: boolean }[] {
  const total = digitsOf(window).length;
  let best: { start: number; end: number; intl: boolean }[] = [];
  let bestDigits = 0;
  for (const region of regions) {
    const found = findPhoneNumbersInText(window, { defaultCountry: region }).filter((f) =>
      f.number.isValid(),
    );
    const covered = found.reduce((n, f) => n + digitsOf(window.slice(f.startsAt, f.endsAt)).length, 0);
    if (covered > bestDigits) {
      bestDigits = covered;
      best = found.map((f) => ({
        start: f.startsAt,
        end: f.endsAt,
        intl: /^\s*(?:\+|00)/.test(window.slice(f.startsAt, f.endsAt)),
      }));
    }
    if (covered >= total * 0.8) break;
  }
  // A fragment of a longer run is more likely an order or account number than a phone number.
  return bestDigits >= total * 0.6 ? best : [];
}

/**
 * The candidate runs of a text, with two numbers joined by a spaced slash or dash ("954 37 20 81 /
 * 608 55 19 40", "0121 932 447 – 348 775 0219") split into two: joined they are too long for one
 * number and the search inside them only validates the first one. Unspaced slashes stay
 * ("030/1234567" is one German number).
 */
function* windows(text: string): Generator<[number, string]> {
  for (const m of firstCharMatches(runRe, text)) {
    let at = 0;
    // Split on a captured joiner: numbers at even places, joiners at odd ones.
    for (const [k, part] of m[0].split(/(\s[/–]\s)/u).entries()) {
      if (k % 2 === 0) for (const c of part.matchAll(candidateRe)) yield [m.index + at + c.index, c[0]];
      at += part.length;
    }
  }
}

export const phoneRecognizer: Recognizer = {
  name: 'phone',
  types: ['PHONE'],
  detect(ctx) {
    const { text } = ctx;
    const spans: Span[] = [];
    let regions: CountryCode[] | undefined;
    // A reply quotes the mail before it, numbers and all: each distinct run is parsed once per text.
    const whole = new Map<string, boolean>();
    for (const [windowStart, window] of windows(text)) {
      let raw = window.replace(/[\s(./–-]+$/u, '');
      let start = windowStart;
      const lead = raw.match(/^[\s./–-]+|^\((?!.*\))/u)?.[0].length ?? 0;
      raw = raw.slice(lead);
      start += lead;
      // "7. maj 2024 21:36": a year and the hour of a time, not a number.
      const hour = /\s\d{1,2}$/u.exec(raw);
      if (hour && /^[:.]\d{2}/u.test(text.slice(start + raw.length))) raw = raw.slice(0, hour.index);
      const digits = digitsOf(raw).length;
      // E.164 allows 15 digits; more is a card, an IBAN part or a reference (extension aside).
      const mainDigits = digitsOf(raw.replace(extensionRe, '')).length;
      if (digits < 6 || mainDigits > 15) continue;
      if (dateLike.test(raw) || timeLike.test(raw) || decimalLike.test(raw) || ipLike.test(raw)) continue;
      // Inside a URL path or query string: the URL recognizer owns it.
      if (/[/=&?#:]/.test(text[start - 1] ?? '') && !/^\(/.test(raw)) continue;
      // A digit or letter glued to the front means this is part of a longer code (IBAN, order id).
      if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue;
      // The digit groups of a grouped IBAN ("GB82 WEST 1234 5698 …"): the IBAN recognizer owns them.
      if (ibanHead.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "Z-443992", "POL-09141472", "CT-82164285": a prefixed reference, not a phone number.
      if (/[\p{L}\p{N}][-/]$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
      const intl = /^(?:\+|00)/.test(raw);
      // "VD 562 314", "BS 71904": capitals right before the digits make a plate or a code.
      if (!intl && mainDigits <= 7 && codeLetters.test(text.slice(Math.max(0, start - 5), start))) continue;
      regions ??= regionsFor(ctx);
      let isWhole = whole.get(raw);
      if (isWhole === undefined) {
        isWhole = parseWhole(raw, intl, regions);
        whole.set(raw, isWhole);
      }
      if (isWhole) {
        spans.push({
          start,
          end: start + raw.length,
          type: 'PHONE',
          source: 'phone',
          score: intl ? 0.99 : 0.9,
        });
        continue;
      }
      // Searching inside the window only pays off when it may hold more than one number.
      const validated = mainDigits >= 12 || /\//.test(raw) ? findValidated(raw, regions.slice(0, 2)) : [];
      if (validated.length) {
        for (const v of validated) {
          spans.push({
            start: start + v.start,
            end: start + v.end,
            type: 'PHONE',
            source: 'phone',
            score: v.intl ? 0.99 : 0.9,
          });
        }
        continue;
      }
      // Fallback: written like a phone number (groups and separators), 7..15 digits.
      if (!phoneShape.test(raw) || mainDigits < 7) continue;
      const grouped = /[\s()./–-]/u.test(raw);
      const context = hasContextBefore(text, start, contextRe);
      if (!grouped && !context) continue;
      spans.push({
        start,
        end: start + raw.length,
        type: 'PHONE',
        source: 'phone',
        score: context ? 0.7 : 0.45,
      });
    }
    return spans;
  },
};
