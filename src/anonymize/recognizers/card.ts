import type { Recognizer, Span } from '../anonymize.types.js';
import { hasContextBefore } from '../text.models.js';
import { lastDigitsMatches, lastDigitsRe } from './last-digits.js';
import { luhnValid } from './national-id.models.js';

/**
 * Payment card numbers: 13 to 19 digits, compact or grouped with one kind of separator
 * (space or dash), a known issuer prefix, and a valid Luhn check digit. Luhn alone passes one
 * random number in ten, so the issuer prefix and a consistent grouping are required too; card
 * words nearby ("card", "Karte", "carte", "tarjeta", "kort", …) raise the score. Masked numbers
 * and "the card ending 1234" are kept too, with lower scores.
 */
const candidateRe = /\b\d(?:[ -]?\d){12,18}\b/g;
const issuerRe = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|4[4-9]|5)|35|62|50|5[6-9]|6[0-9])/;
const contextRe =
  /(?:card|credit|debit|visa|master|amex|karte|kreditkarte|carte|tarjeta|kaart|creditcard|kort|kortnummer|carta|kortti|karta|karty)\b[^\n]{0,25}$/i;

// Masked numbers ("**** **** **** 1234", "XXXX-XXXX-XXXX-1234") and "the card ending 1234":
// only the last digits are left, and they are the holder's.
const maskedRe = /(?:[*xX•]{4}[ -]?){3}\d{4}(?!\d)/g;
const endingRe = lastDigitsRe([
  'card',
  'karte',
  'carte',
  'tarjeta',
  'kaart',
  'creditcard',
  'kort(?:et)?',
  'carta',
  'kortti',
  'kart[ay]',
  'visa',
  'mastercard',
  'amex',
]);

export const cardRecognizer: Recognizer = {
  name: 'card',
  types: ['CARD'],
  detect(ctx) {
    const { text } = ctx;
    const spans: Span[] = [];
    for (const m of text.matchAll(candidateRe)) {
      const raw = m[0];
      const separators = new Set(raw.match(/[ -]/g) ?? []);
      if (separators.size > 1) continue;
      const digits = raw.replace(/[ -]/g, '');
      if (digits.length < 13 || digits.length > 19 || !issuerRe.test(digits) || !luhnValid(digits)) continue;
      // Grouped numbers must use groups of 4 (or Amex 4-6-5 / Diners 4-6-4).
      if (separators.size === 1) {
        const groups = raw.split(/[ -]/).map((g) => g.length);
        const fours = groups.slice(0, -1).every((g) => g === 4) && (groups.at(-1) ?? 0) <= 4;
        const amex = groups.length === 3 && groups[0] === 4 && groups[1] === 6;
        if (!fours && !amex) continue;
      }
      const score = hasContextBefore(text, m.index, contextRe) ? 1 : 0.9;
      spans.push({ start: m.index, end: m.index + raw.length, type: 'CARD', source: 'card', score });
    }
    for (const m of text.matchAll(maskedRe)) {
      spans.push({ start: m.index, end: m.index + m[0].length, type: 'CARD', source: 'card', score: 0.8 });
    }
    for (const [start, end] of lastDigitsMatches(text, endingRe)) {
      spans.push({ start, end, type: 'CARD', source: 'card', score: 0.7 });
    }
    return spans;
  },
};
