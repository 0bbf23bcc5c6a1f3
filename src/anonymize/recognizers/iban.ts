import { getCountrySpecifications, isValidBBAN, isValidIBAN } from 'ibantools';
import type { Recognizer, Span } from '../anonymize.types.js';
import { hasContextBefore } from '../text.models.js';
import { lastDigitsMatches, lastDigitsRe } from './last-digits.js';
import { firstCharMatches } from './regex-tools.js';

/**
 * IBANs, validated by ibantools (country length, BBAN format, mod-97 check digits), written
 * compact, in groups of four, with dashes, or in lower case. The country's IBAN length tells
 * exactly how many characters to read, so the word after an IBAN is never swallowed.
 *
 * A well-formed IBAN whose check digits fail is still someone's (mistyped) account: it becomes
 * a weak span when the word IBAN (or account) stands before it, and is ignored otherwise. So does
 * one up to three characters too long or too short ("CH91 0076 8001 0045 8321 907" is two long).
 * "The account ending in 4357" keeps its last digits as an IBAN span too.
 */
const specs = getCountrySpecifications();
const startRe = /\b[A-Za-z]{2}\d{2}[ \u00a0-]?[A-Za-z0-9]/g;
const alnum = /[A-Za-z0-9]/;
const contextRe =
  /\b(?:iban|konto|rekening|cuenta|compte|conto|kontonummer|rachunk|tilinumero)\b[^\n]{0,20}$/i;

// "The account ending in 4357": the last digits of the IBAN, typed as such.
const endingRe = lastDigitsRe([
  'account',
  'iban',
  '(?:giro)?konto',
  'compte',
  'cuenta',
  'rekening',
  'conto',
  'tili',
  'rachun(?:ek|ku)',
]);

/** How far a mistyped IBAN's length may stray from its country's. */
const lengthSlack = 3;

/** A mistyped IBAN is read in capitals and digits only, so the lower-case word after it stays out. */
const capitalOrDigit = /[A-Z0-9]/;

/**
 * Reads `length` IBAN characters from `start`, allowing one space, NBSP or dash between them;
 * with `slack`, any length that far from `length` (capitals and digits only), as long as the run
 * of characters ends there.
 */
function readIban(
  text: string,
  start: number,
  length: number,
  slack = 0,
): { compact: string; end: number } | undefined {
  const char = slack ? capitalOrDigit : alnum;
  let compact = '';
  let i = start;
  while (i < text.length && compact.length < length + slack) {
    const ch = text[i]!;
    if (char.test(ch)) {
      compact += ch;
      i++;
    } else if (
      (ch === ' ' || ch === '\u00a0' || ch === '-') &&
      char.test(text[i + 1] ?? '') &&
      compact.length
    ) {
      i++;
    } else break;
  }
  if (Math.abs(compact.length - length) > slack || alnum.test(text[i] ?? '')) return undefined;
  return { compact: compact.toUpperCase(), end: i };
}

/**
 * A Polish account number (NRB) is the IBAN without "PL": 26 digits, usually "93 1142 0040 …".
 * Its two check digits are the IBAN's, so a random run of 26 digits passes one time in 97.
 */
const nrbRe = /(?<![\p{L}\p{N}])\d{2}(?:[ \u00a0]?\d{4}){6}(?![\p{L}\p{N}])/gu;

export const ibanRecognizer: Recognizer = {
  name: 'iban',
  types: ['IBAN'],
  detect(ctx) {
    const { text } = ctx;
    const spans: Span[] = [];
    for (const m of text.matchAll(startRe)) {
      const spec = specs[m[0].slice(0, 2).toUpperCase()];
      if (!spec?.chars) continue;
      const read = readIban(text, m.index, spec.chars);
      if (!read) {
        const typo = readIban(text, m.index, spec.chars, lengthSlack);
        if (typo && /\d/.test(typo.compact.slice(4)) && hasContextBefore(text, m.index, contextRe))
          spans.push({ start: m.index, end: typo.end, type: 'IBAN', source: 'iban', score: 0.5 });
        continue;
      }
      if (isValidIBAN(read.compact)) {
        spans.push({ start: m.index, end: read.end, type: 'IBAN', source: 'iban', score: 1 });
      } else if (
        isValidBBAN(read.compact.slice(4), read.compact.slice(0, 2)) &&
        hasContextBefore(text, m.index, contextRe)
      ) {
        spans.push({ start: m.index, end: read.end, type: 'IBAN', source: 'iban', score: 0.5 });
      }
    }
    for (const m of firstCharMatches(nrbRe, text)) {
      if (isValidIBAN(`PL${m[0].replace(/\D/g, '')}`))
        spans.push({ start: m.index, end: m.index + m[0].length, type: 'IBAN', source: 'iban', score: 0.95 });
    }
    for (const [start, end] of lastDigitsMatches(text, endingRe)) {
      spans.push({ start, end, type: 'IBAN', source: 'iban', score: 0.6 });
    }
    return spans;
  },
};
