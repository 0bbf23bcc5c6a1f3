import type { DetectContext, Recognizer, Span } from '../anonymize.types.js';
import { nationalIdRules } from './national-id.rules.js';
import { contextWords, hasContext } from './near-context.js';

// Not inside a longer number or word, and not the tail of a digit group ("+49 123 456 789").
const before = '(?<![\\p{L}\\p{N}_+]|[\\p{N}+][ .\\-/])';
const after = '(?![\\p{L}\\p{N}_]|[.,\\-/]\\p{N})';

const compiled = nationalIdRules.map((rule) => ({
  rule,
  re: new RegExp(`${before}(?:${rule.pattern.source})${after}`, `${rule.pattern.flags.replace('u', '')}u`),
}));

// Words that say a digit run is something else: lower the score of context-free matches.
const otherNumber = contextWords([
  'tel*',
  'phone*',
  'fax',
  'mobil*',
  'handy',
  'gsm',
  'order*',
  'invoice*',
  'tracking*',
  'bestell*',
  'rechnung*',
  'commande*',
  'facture*',
  'bestelling*',
  'factuur*',
  'pedido*',
  'factura*',
  'faktura*',
  'ordine*',
  'zamówieni*',
  'sendung*',
  'ticket*',
  '€',
  'eur',
  'usd',
  'sek',
  'nok',
  'dkk',
  'chf',
  'pln',
]);

/** National identification numbers of 15 countries, validated by their check digits, scored by context. */
export const nationalIdRecognizer: Recognizer = {
  name: 'national-id',
  types: ['NATIONAL_ID'],
  detect(ctx: DetectContext): Span[] {
    const { text } = ctx;
    // Cheap exit: every format has at least 8 digits.
    if (!/\d{2}/.test(text)) return [];
    const best = new Map<string, Span>();
    for (const { rule, re } of compiled) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const verdict = rule.validate(m[0]);
        if (!verdict) continue;
        const start = m.index;
        const end = start + m[0].length;
        const near = hasContext(text, start, end, rule.context, 60, 24);
        let score: number;
        if (verdict === 'weak') score = near ? (rule.score.weak ?? 0) : 0;
        else if (near) score = rule.score.context;
        else
          score = hasContext(text, start, end, otherNumber, 24) ? rule.score.alone * 0.5 : rule.score.alone;
        if (score <= 0) continue;
        const key = `${start}:${end}`;
        const prev = best.get(key);
        if (!prev || prev.score < score) {
          best.set(key, { start, end, type: 'NATIONAL_ID', source: 'national-id', score });
        }
      }
    }
    return [...best.values()].sort((a, b) => a.start - b.start);
  },
};
