import type { DetectContext, Recognizer, Span } from '../anonymize.types.js';
import { type NationalIdRule, nationalIdRules } from './national-id.rules.js';
import { contextWords, hasContext, tokenIndex } from './near-context.js';

// Not inside a longer number or word, not the tail of a digit group ("+49 123 456 789"), and not
// the digits of a prefixed reference ("Account no BWE-31177402": the account number owns them).
const before = '(?<![\\p{L}\\p{N}_+]|[\\p{N}+][ .\\-/]|\\p{L}[\\-/])';
const after = '(?![\\p{L}\\p{N}_]|[.,\\-/]\\p{N})';

const compiled = nationalIdRules.map((rule) => ({
  rule,
  re: rule.tokenLength
    ? rule.pattern
    : new RegExp(`${before}(?:${rule.pattern.source})${after}`, `${rule.pattern.flags.replace('u', '')}u`),
}));

/**
 * Stretches of text that can hold an ID: digit runs chained by gaps of at most six characters
 * ("1 85 05 2A 123 456 88"), with at least six digits in all (a NINO has the fewest), padded so
 * every lookaround sees its real neighbours. The rules' regexes then run on these slices only,
 * not on the whole text: prose between numbers costs nothing.
 */
const digitRun = /\d+/g;
function zones(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let zoneStart = -1;
  let zoneEnd = -1;
  let digits = 0;
  const close = () => {
    if (zoneStart >= 0 && digits >= 6)
      out.push([Math.max(0, zoneStart - 6), Math.min(text.length, zoneEnd + 6)]);
  };
  digitRun.lastIndex = 0;
  for (let m = digitRun.exec(text); m; m = digitRun.exec(text)) {
    if (zoneStart >= 0 && m.index - zoneEnd <= 6) {
      zoneEnd = m.index + m[0].length;
      digits += m[0].length;
      continue;
    }
    close();
    zoneStart = m.index;
    zoneEnd = m.index + m[0].length;
    digits = m[0].length;
  }
  close();
  return out;
}

/** Candidates of a rule as [start, end) pairs: regex matches in the zones, or whole tokens of the rule's length. */
function candidates(text: string, rule: NationalIdRule, re: RegExp, zoneList: Array<[number, number]>) {
  const found: Array<[number, number]> = [];
  if (rule.tokenLength) {
    const { count, starts, ends } = tokenIndex(text);
    for (let i = 0; i < count; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      if (end - start === rule.tokenLength && re.test(text.slice(start, end))) found.push([start, end]);
    }
    return found;
  }
  for (const [zs, ze] of zoneList) {
    const slice = text.slice(zs, ze);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice))
      found.push([zs + m.index, zs + m.index + m[0].length]);
  }
  return found;
}

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

export const nationalIdRecognizer: Recognizer = {
  name: 'national-id',
  types: ['NATIONAL_ID'],
  detect(ctx: DetectContext): Span[] {
    const { text } = ctx;
    const zoneList = zones(text);
    const best = new Map<string, Span>();
    for (const { rule, re } of compiled) {
      for (const [start, end] of candidates(text, rule, re, zoneList)) {
        const verdict = rule.validate(text.slice(start, end));
        if (!verdict) continue;
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
