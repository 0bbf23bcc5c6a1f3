/**
 * Minimal language guess by stopword counts. Placeholder with the final signature: the
 * anonymizer branch owns the real detector and replaces this file when branches merge.
 */
export type Lang = 'en' | 'de' | 'fr' | 'nl' | 'es' | 'it' | 'da' | 'sv';

const stopwords: Record<Lang, string[]> = {
  en: ['the', 'and', 'you', 'your', 'is', 'for', 'with', 'have', 'this', 'please', 'thanks'],
  de: ['und', 'der', 'die', 'das', 'ich', 'nicht', 'ist', 'sie', 'mit', 'bitte', 'ihre'],
  fr: ['le', 'la', 'les', 'et', 'je', 'vous', 'est', 'pour', 'avec', 'merci', 'une'],
  nl: ['de', 'het', 'een', 'en', 'ik', 'niet', 'voor', 'met', 'graag', 'dank', 'uw'],
  es: ['el', 'los', 'las', 'que', 'por', 'para', 'con', 'gracias', 'usted', 'una', 'es'],
  it: ['il', 'che', 'per', 'con', 'sono', 'grazie', 'non', 'della', 'una', 'gli', 'è'],
  da: ['og', 'jeg', 'ikke', 'det', 'til', 'med', 'er', 'tak', 'har', 'på', 'venlig'],
  sv: ['och', 'jag', 'inte', 'att', 'det', 'med', 'för', 'tack', 'är', 'på', 'har'],
};

const index = new Map<string, Lang[]>();
for (const [lang, list] of Object.entries(stopwords) as [Lang, string[]][]) {
  for (const w of list) index.set(w, [...(index.get(w) ?? []), lang]);
}

export function detectLanguage(text: string): Lang | undefined {
  const words =
    text
      .slice(0, 5_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return undefined;
  const scores = new Map<Lang, number>();
  for (const w of words) for (const lang of index.get(w) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  let best: Lang | undefined;
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : undefined;
}
