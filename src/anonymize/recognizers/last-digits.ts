import { firstCharMatches } from './regex-tools.js';

/**
 * "The card ending 3003", "Konto mit der Endung 4357", "la tarjeta terminada en 6232": the last
 * digits of a card or account still single out its holder for whoever holds the statement.
 * Shared by card.ts and iban.ts, each with its own nouns; the "ending in" phrases are the same.
 */
const endingPhrases = [
  'ending(?: in| with| on)?',
  'which ends in',
  'that ends in',
  'ends in',
  'last (?:four|4) digits(?: are| of)?',
  'endet auf',
  'endend auf',
  'mit der endung',
  'mit endziffern',
  'se terminant par',
  'finissant par',
  'terminée? par',
  'terminad[ao] en',
  'que termina en',
  'acabad[ao] en',
  'eindigend op',
  'eindigt op',
  'die eindigt op',
  'slutar på',
  'som slutar på',
  'slutter på',
  'der ender på',
  'som ender på',
  'ender på',
  'che termina (?:con|in)',
  'terminante (?:con|in)',
  'joka päättyy',
  'päättyy',
  'kończąc[aey] się na',
  'z końcówką',
];

export function lastDigitsRe(nouns: readonly string[]): RegExp {
  return new RegExp(
    `(?:${nouns.join('|')})[^\\n.!?]{0,25}?(?:${endingPhrases.join('|')})\\s*(?:[:#]\\s*)?(?:[*xX•.]+\\s*)?(\\d{4})(?!\\d)`,
    'giu',
  );
}

/** Offsets of the captured digits of every match. */
export function lastDigitsMatches(text: string, re: RegExp): [number, number][] {
  const out: [number, number][] = [];
  for (const m of firstCharMatches(re, text)) {
    const end = m.index + m[0].length;
    out.push([end - 4, end]);
  }
  return out;
}
