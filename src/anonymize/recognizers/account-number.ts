import type { DetectContext, Recognizer, Span } from '../anonymize.types.js';
import { labelledCodeScore } from '../merge.models.js';
import { accountWords, otherNumberPhrase } from './account-number.words.js';
import { findContext, occurrences, valuesAfter } from './near-context.js';
import { firstCharMatches } from './regex-tools.js';

/**
 * Customer, account, policy, patient, case, order, contract, claim, invoice and membership
 * numbers: the code right after a context word ("Kundennummer: 4711-0815", "case #88123",
 * "numéro de dossier est le AB-2024-17"). A code found that way anywhere in the thread is also
 * found where it repeats without its word ("re: 4711-0815"), because the customer quotes it.
 */

// A code: letters/digits joined by - / . _ (or a space before a digit group: "12 3456 7890",
// "12345 67890 12"), at least one digit, no trailing punctuation; a short capital prefix may
// stand apart from it ("SVW 6628 1904", "HC 0772145", "EP 0312/25"). Or a court file number,
// whose parts are separated by spaces: "I C 123/24" (pl), "3 O 123/24" (de).
const codeValue =
  /(?:[IVX]{1,4}|\d{1,3}) [A-Z][A-Za-z]{0,3} \d{1,6}\/\d{2,4}(?![\p{L}\p{N}])|(?:\p{Lu}{1,5} (?=\p{N}{2}))?(?=[\p{L}\p{N}\-/._]*\p{N})[\p{L}\p{N}](?:[\p{L}\p{N}]|[-/._](?=[\p{L}\p{N}])| (?=\p{N}{2,}(?![\p{L}]))){2,39}(?![\p{L}\p{N}*])/uy;

// What a code must not be: a date, a price, a year, a version, a time.
const notACode = [
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/, // 12.03.2024, 2024-03-12
  /^\d{1,3}(?:[.,]\d{3})*[.,]\d{1,2}$/, // 1.234,50 / 120.50
  /^(?:19|20)\d{2}$/, // a year
  /^v?\d+(?:\.\d{1,2}){1,3}$|^v\d+(?:\.\d+){1,3}$/i, // 1.2.3 versions and decimals
  /^\d{1,3}\.\d{3}$/, // 1.234: a number (12.345.678 is a Dutch policy number)
  /^\d{1,2}[.:]\d{2}$/, // times
];
// A unit or currency right after the number: a quantity or an amount, not a code.
const unitAfter =
  /^\s?(?:%|€|\$|£|eur|euro|usd|sek|nok|dkk|chf|pln|kr|zł|stück|stk|pcs|pieces|items|x|kg|g|km|h|min|uur|timmar|tage|days|jours|días)(?![\p{L}])/iu;

const currency = /(?:€|\$|£|\b(?:eur|usd|gbp|chf|sek|nok|dkk|pln))\s?(?=\p{N}|$)/iu;

function plausible(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end).replace(/ /g, '');
  const digits = value.replace(/\D/g, '').length;
  // Pure numbers need four digits ("order 3" is a quantity); mixed codes need two.
  if (digits === value.length ? digits < 4 : digits < 2) return false;
  if (notACode.some((re) => re.test(value))) return false;
  // "EUR 120" before or at the start of the value: an amount.
  if (currency.test(text.slice(Math.max(0, start - 5), Math.min(end, start + 4)))) return false;
  return !unitAfter.test(text.slice(end, end + 8));
}

// Reference-shaped codes are taken without a context word: letters and six or more digits
// (CLI64751030, AR-11741228, MHS101987013), or a year and five or more digits (2023-74002,
// POL-2023-36992, NB2023-85363). Five digits after letters is too often a standard (ISO-27001).
const codeShape =
  /(?=\d)(?<=(?<s>(?<![\p{L}\p{N}\-/.])(?:[A-Z]{1,5}-?(?:19|20)\d{2}-|(?:19|20)\d{2}-|[A-Z]{2,5}-?)))\d{5,12}(?![\p{L}\p{N}]|[-/.]\p{N})/gu;

// Electricity and gas metering points across Europe carry an 18-digit GS1 number (EAN code, Danish
// "aftagenummer", Swedish "anläggnings-id", Finnish "käyttöpaikkatunnus"), often with a long
// phrase between the label and the number. Eighteen ungrouped digits are nothing else in mail: a
// phone has at most 15 (E.164), a card is grouped and 16 long, an IBAN starts with letters.
const meteringPoint = /(?<![\p{L}\p{N}\-/.,+])\d{18}(?![\p{L}\p{N}]|[-/.,]\p{N})/gu;

function meteringPoints(text: string): Array<[number, number]> {
  return firstCharMatches(meteringPoint, text).map((m) => [m.index, m.index + m[0].length]);
}

// A Norwegian property is its farm and holding numbers ("gnr. 47 bnr. 213", "gnr 12/bnr 88", with
// a lease or section number after them): the numbers and their labels together are the property's
// identifier, as the land register writes it. (A Danish "matr.nr. 12a" is a labelled code already.)
const propertyNumber =
  /(?<![\p{L}\p{N}])(?:g(?:å|aa|a)?rds?nr|gnr)\.?\s?\d{1,5}\s?[,/]?\s?(?:og\s)?(?:bruksnr|bnr)\.?\s?\d{1,5}(?:\s?[,/]?\s?(?:fnr|snr)\.?\s?\d{1,5})*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:gnr\.?\s?\/\s?bnr\.?|gnr\.?\s?og\s?bnr\.?)\s?\d{1,5}\s?\/\s?\d{1,5}(?![\p{L}\p{N}])/giu;

function propertyNumbers(text: string): Array<[number, number]> {
  return firstCharMatches(propertyNumber, text).map((m) => [m.index, m.index + m[0].length]);
}

function shapedCodes(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  codeShape.lastIndex = 0;
  for (let m = codeShape.exec(text); m; m = codeShape.exec(text)) {
    const start = m.index - (m.groups?.s?.length ?? 0);
    const end = m.index + m[0].length;
    // Letters + digits: six digits at least, unless a year is in it.
    if (/^[A-Z]{2,5}-?\d{5}$/.test(text.slice(start, end))) continue;
    found.push([start, end]);
  }
  return found;
}

// Later in the sentence of a label, a code that only a reference looks like: letters and at least
// three digits joined by a dash or slash ("die Kundennummer, die Sie mir gaben, war KD-44/1234").
const referenceShape =
  /(?<![\p{L}\p{N}\-/@.])(?=[\p{N}\-/]*\p{L})(?=(?:[\p{L}\-/]*\p{N}){3})[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+(?![\p{L}\p{N}@]|[-/.]\p{L})/gu;
const sentenceEnd = /[.!?](?:\s|$)|\n/u;

function laterInSentence(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const [start, end] of findContext(text, accountWords)) {
    if (otherNumberPhrase.test(text.slice(start, end))) continue;
    const window = text.slice(end, end + 100);
    const stop = sentenceEnd.exec(window);
    const part = stop ? window.slice(0, stop.index) : window;
    for (const m of part.matchAll(referenceShape)) {
      if (m[0].length < 6) continue;
      found.push([end + m.index, end + m.index + m[0].length]);
    }
  }
  return found;
}

function codesIn(text: string): Array<[number, number]> {
  return valuesAfter(text, accountWords, codeValue, 24, otherNumberPhrase).filter(([s, e]) =>
    plausible(text, s, e),
  );
}

// The other messages of a thread come back once per message of the thread: their codes are
// remembered per thread list, and forgotten with it (a module-wide cache keyed by the texts kept
// hundreds of mails in memory for the life of the process).
const threadCodes = new WeakMap<readonly string[], string[]>();
function codesOfThread(thread: readonly string[]): string[] {
  let codes = threadCodes.get(thread);
  if (!codes) {
    codes = thread.flatMap((m) => (/\d/.test(m) ? codesIn(m).map(([s, e]) => m.slice(s, e)) : []));
    threadCodes.set(thread, codes);
  }
  return codes;
}

/**
 * A bare "number"/"Nummer"/"nr" before the value says nothing of its kind ("my number is 070-123
 * 45 67" is a phone): such a code is kept, but below a validated phone number in the merge.
 */
const bareLabel =
  /(?<![\p{L}\p{N}])(?:number|nummer|numéro|número|numero|numer|nr|nº|n°|no|id)\.?(?:\s+(?:is|ist|är|er|est|es|è|jest|on|was|war))?\s*[:#]?\s*$/iu;
const bareLabelScore = 0.8;

export const accountNumberRecognizer: Recognizer = {
  name: 'account-number',
  types: ['ACCOUNT_NO'],
  detect(ctx: DetectContext): Span[] {
    const { text } = ctx;
    const spans: Span[] = codesIn(text).map(([start, end]) => ({
      start,
      end,
      type: 'ACCOUNT_NO',
      source: 'account-number',
      score: bareLabel.test(text.slice(Math.max(0, start - 30), start)) ? bareLabelScore : labelledCodeScore,
    }));
    const introduced = new Set(spans.map((s) => s.start));
    for (const [start, end] of laterInSentence(text)) {
      if (introduced.has(start) || !plausible(text, start, end)) continue;
      introduced.add(start);
      spans.push({ start, end, type: 'ACCOUNT_NO', source: 'account-number', score: 0.7 });
    }
    for (const [start, end] of [...shapedCodes(text), ...meteringPoints(text), ...propertyNumbers(text)]) {
      if (!introduced.has(start))
        spans.push({ start, end, type: 'ACCOUNT_NO', source: 'account-number', score: 0.6 });
    }
    // Codes introduced anywhere in the thread (this message included), found again without context:
    // the same string as a labelled code, so as sure as it (it also outranks a phone reading).
    const known = new Set(spans.map((s) => text.slice(s.start, s.end)));
    for (const code of codesOfThread(ctx.thread)) known.add(code);
    const covered = new Set(spans.map((s) => s.start));
    for (const code of known) {
      // Short codes repeat by chance ("2024", "1234"): only distinctive ones are searched.
      if (code.length < 5) continue;
      for (const [start, end] of occurrences(text, code)) {
        if (covered.has(start)) continue;
        covered.add(start);
        spans.push({ start, end, type: 'ACCOUNT_NO', source: 'account-number', score: labelledCodeScore });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  },
};
