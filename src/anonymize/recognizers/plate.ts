import type { DetectContext, Recognizer, Span } from '../anonymize.types.js';
import { contextWords, findContext, valuesAfter } from './near-context.js';
import { carMakes, plateFormats, standards } from './plate.formats.js';
import { firstCharMatches } from './regex-tools.js';

/**
 * Licence plates, mostly after a plate word: without one, "AB-123-CD" or "ABC 123" is as likely a
 * product or reference code. The value shape covers the common European and US formats:
 * DE "B-AB 1234" / "M AB 123E", NL "12-ABC-3", FR "AB-123-CD", ES "1234 ABC", IT "AB 123 CD",
 * SE/FI "ABC 123", NO/DK "AB 12345", PL "WA 12345", UK "AB12 CDE", CH "ZH 123456", US "7ABC123".
 * A few national shapes that are rarely anything else are also taken without a word (strictShape).
 */
const plateCues = [
  'licen* plate*',
  'number plate*',
  'registration number',
  'registration plate*',
  'vehicle registration',
  'reg no',
  'plate number',
  'plate',
  'plates',
  'tag number',
  'reg',
  'reg nr',
  'reg no',
  'car reg',
  'vehicle reg',
  'registration',
  'licen*',
  'kfz-kennzeichen*',
  'kfz-zeichen',
  'nummerbord*',
  'immatricolat*',
  'targato',
  'targata',
  'numero targa',
  'patente',
  'reg.nr.',
  'registreringsnr.',
  'registreringsskylt*',
  'bilnummer*',
  'rekisteritunnus*',
  'rekisteritunnukse*',
  'rekisterinro',
  'rek.nro',
  'nr rej',
  'nr rejestracyjny*',
  'tablice*',
  'tablicy*',
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
];
const plateWords = contextWords(plateCues);

// A vehicle named right before a plate-shaped code: "Ihres Fahrzeugs (IL-915 BR)", "mi coche es el
// 2093 HBD", "autoni (ZLN-715)", "véhicule VD 562 314", "Bilen din (EL 48213)". The code must still
// mix letters and digits, so "car 2" or "Fahrzeug A" are no plates.
const vehicleCues = [
  'car',
  'vehicle',
  'truck',
  'lorry',
  'motorbike',
  'motorcycle',
  'fahrzeug*',
  'auto',
  'autos',
  'pkw',
  'lkw',
  'wagen',
  'motorrad*',
  'transporter*',
  'véhicule*',
  'voiture*',
  'camion*',
  'voertuig*',
  'bestelbus*',
  'vrachtwagen*',
  'coche',
  'vehículo*',
  'furgoneta*',
  'camión',
  'bil',
  'bilen',
  'bilens',
  'bilar',
  'biler',
  'varebil*',
  'lastbil*',
  'personbil*',
  'firmabil*',
  'fordon*',
  'køretøj*',
  'kjøretøy*',
  'veicolo',
  'macchina',
  'furgone',
  'autoni',
  'autosi',
  'auton',
  'autoa',
  'autolla',
  'rekka*',
  'pakettiauto*',
  'ajoneuvo*',
  'samochód',
  'samochodu',
  'samochodem',
  'pojazd*',
  'ciężarówk*',
  // case forms and two-wheelers: "do mojego auta SK 4721F", "samochodzie", "autossa", "moto"
  'auta',
  'autem',
  'aucie',
  'samochodzie',
  'samochodów',
  'motocykl*',
  'skuter*',
  'autossa',
  'autoon',
  'autosta',
  'moottoripyörä*',
  'moto',
  'scooter*',
  'camper*',
  'motorcykel*',
  'motorsykkel*',
];
const vehicleWords = contextWords(vehicleCues);

// A country's exact plate format counts with a plate or vehicle word in its sentence, before or
// after it ("la voiture de mon fils (KL-305-MB)", "JKL-482 rekisteröidystä autosta"), or
// without one when the format is distinctive (plate.formats.ts).
const formatRe = new RegExp(
  `(?<![\\p{L}\\p{N}\\-/.])${standards}(?:${plateFormats.map((f) => `(${f.source})`).join('|')})(?![\\p{L}\\p{N}]|[-/.,]\\p{N})`,
  'gu',
);
const cueWords = contextWords([
  ...plateCues,
  ...vehicleCues,
  ...carMakes,
  'billån*',
  'bilforsikring*',
  'bilförsäkring*',
]);
const sentenceBreak = /[.!?](?:\s|$)|\n\s*\n/u;
const cueBefore = 80;
const cueAfter = 60;

function cueNear(text: string, start: number, end: number): boolean {
  return findContext(text, cueWords).some(([s, e]) => {
    if (e <= start) return start - e <= cueBefore && !sentenceBreak.test(text.slice(e, start));
    return s >= end && s - end <= cueAfter && !sentenceBreak.test(text.slice(end, s));
  });
}

function formatted(text: string): Span[] {
  const out: Span[] = [];
  for (const m of firstCharMatches(formatRe, text)) {
    const format = plateFormats[m.slice(1).findIndex((g) => g !== undefined)]!;
    const end = m.index + m[0].length;
    if (format.alone || cueNear(text, m.index, end))
      out.push({ start: m.index, end, type: 'PLATE', source: 'plate', score: format.alone ? 0.7 : 0.8 });
  }
  return out;
}

// Shapes that are rarely anything else, taken without a plate word: German district letters with
// their hyphen ("M-AB 1234", "B-XY 123E"; not standards like "DIN-EN 1234" or years) and Irish
// plates with their county code ("12-D-12345"). The French "AB-123-CD" is as often a product code,
// so it needs its word. The cheap test runs first: most mail has none of these.
const strictHint = /[A-Z]-[A-Z]{1,2} \d|\d-[A-Z]{1,2}-\d/;
const strictShape =
  /(?<![\p{L}\p{N}\-/.])(?:(?!(?:DIN|ISO|EN|IEC|VDE|VDI|DVGW|CEN|ETS|TS|A-Z)[- ])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} (?!(?:19|20)\d\d(?!\d))\d{1,4}[EH]?|\d{2,3}-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|W|WH|WX|WW)-\d{1,6})(?![\p{L}\p{N}]|[-/.,]\p{N})/gu;

// Up to three groups of upper-case letters/digits joined by space, hyphen or middle dot.
const plateValue = /[A-ZÄÖÜÅÆØ0-9]{1,8}(?:[- ·][A-ZÄÖÜÅÆØ0-9]{1,6}){0,2}(?![\p{L}\p{N}])/uy;

/**
 * The skipped words between a plate word and its value include "el", "le", "no", "de": written in
 * capitals right before the digits ("Bilen din (EL 48213)", "matrícula LE 4521") they are the
 * plate's letters, which the value starts with.
 */
function withLetters(text: string, start: number): number {
  const before = /(?<![\p{L}\p{N}])[A-ZÄÖÜÅÆØ]{2,3}[ -]$/u.exec(text.slice(Math.max(0, start - 5), start));
  return before ? start - before[0].length : start;
}

function plausible(value: string): boolean {
  const compact = value.replace(/[- ·]/g, '');
  return compact.length >= 4 && compact.length <= 9 && /\d/.test(compact) && /[A-ZÄÖÜÅÆØ]/.test(compact);
}

export const plateRecognizer: Recognizer = {
  name: 'plate',
  types: ['PLATE'],
  detect(ctx: DetectContext): Span[] {
    const { text } = ctx;
    const spans: Span[] = valuesAfter(text, plateWords, plateValue)
      .map(([start, end]) => [withLetters(text, start), end] as const)
      .filter(([start, end]) => plausible(text.slice(start, end)))
      .map(([start, end]) => ({ start, end, type: 'PLATE', source: 'plate', score: 0.9 }));
    for (const [found, end] of valuesAfter(text, vehicleWords, plateValue, 12)) {
      const start = withLetters(text, found);
      if (plausible(text.slice(start, end)) && !spans.some((s) => s.start === start))
        spans.push({ start, end, type: 'PLATE', source: 'plate', score: 0.8 });
    }
    const known = new Set(spans.map((s) => s.start));
    for (const s of formatted(text)) {
      if (known.has(s.start)) continue;
      known.add(s.start);
      spans.push(s);
    }
    if (!strictHint.test(text)) return spans.sort((a, b) => a.start - b.start);
    for (const m of firstCharMatches(strictShape, text)) {
      if (!known.has(m.index))
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          type: 'PLATE',
          source: 'plate',
          score: 0.6,
        });
    }
    return spans.sort((a, b) => a.start - b.start);
  },
};
