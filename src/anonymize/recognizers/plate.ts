import type { DetectContext, Recognizer, Span } from '../anonymize.types.js';
import { contextWords, valuesAfter } from './near-context.js';

/**
 * Licence plates, only after a plate word: without one, "AB-123-CD" or "ABC 123" is as likely a
 * product or reference code. The value shape covers the common European and US formats:
 * DE "B-AB 1234" / "M AB 123E", NL "12-ABC-3", FR "AB-123-CD", ES "1234 ABC", IT "AB 123 CD",
 * SE/FI "ABC 123", NO/DK "AB 12345", PL "WA 12345", UK "AB12 CDE", CH "ZH 123456", US "7ABC123".
 */
const plateWords = contextWords([
  'licen* plate*',
  'number plate*',
  'registration number',
  'registration plate*',
  'vehicle registration',
  'reg no',
  'plate number',
  'plate',
  'tag number',
  'kennzeichen*',
  'nummernschild*',
  'autokennzeichen*',
  "plaque d'immatriculation",
  'plaque',
  'immatriculation*',
  'immatriculé*',
  'kenteken*',
  'nummerplaat*',
  'matrícula*',
  'matricula*',
  'placa*',
  'registreringsnummer*',
  'registreringsnr',
  'regnr',
  'reg.nr',
  'regnummer*',
  'nummerplåt*',
  'nummerplade*',
  'skiltnummer*',
  'targa',
  'numero di targa',
  'rekisterinumero*',
  'rekisterikilpi*',
  'tablica rejestracyjn*',
  'numer rejestracyjny*',
  'numery rejestracyjne*',
]);

// Up to three groups of upper-case letters/digits joined by space, hyphen or middle dot.
const plateValue = /[A-ZÄÖÜÅÆØ0-9]{1,8}(?:[- ·][A-ZÄÖÜÅÆØ0-9]{1,6}){0,2}(?![\p{L}\p{N}])/uy;

function plausible(value: string): boolean {
  const compact = value.replace(/[- ·]/g, '');
  return compact.length >= 4 && compact.length <= 9 && /\d/.test(compact) && /[A-ZÄÖÜÅÆØ]/.test(compact);
}

export const plateRecognizer: Recognizer = {
  name: 'plate',
  types: ['PLATE'],
  detect(ctx: DetectContext): Span[] {
    return valuesAfter(ctx.text, plateWords, plateValue)
      .filter(([start, end]) => plausible(ctx.text.slice(start, end)))
      .map(([start, end]) => ({ start, end, type: 'PLATE', source: 'plate', score: 0.9 }));
  },
};
