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

export function detectLanguage(text: string): Lang | undefined {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 2000) ?? [];
  if (words.length < 3) return undefined;
  let best: Lang | undefined;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(stopwords) as [Lang, string[]][]) {
    const set = new Set(list);
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : undefined;
}
