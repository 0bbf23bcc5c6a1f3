import type { Lang } from '../../anonymize.types.js';
import type { PatternSpan } from './pattern.types.js';

/**
 * "diagnosed with …", "Diagnose: …", "diagnostiqué d'une …" plus the noun phrase after it: what
 * follows such a cue is the diagnosis whether or not a lexicon knows the word ("diagnosed with
 * Ehlers-Danlos"). The phrase ends at punctuation, a line end, a conjunction or preposition, or
 * after four words.
 */

const cue =
  /(?<![\p{L}])(?:diagnosed with|diagnosis(?: of| is| was)?:?|diagnose[rd]?(?:t| lautet| ist| war| er| var| is)?:?|diagnostiqu[ée]e?s?(?: d['’]une?| avec| de)?|diagnostic(?: de)?(?: d['’]une?)?:?|diagnosticad[oa]s?(?: de| con)?|diagn[óo]stico(?: de)?:?|gediagnosticeerd(?: met)?|diagnosticeret(?: med)?|diagnostisert(?: med)?|diagnosticerad(?: med)?|fått diagnosen|fik diagnosen|fikk diagnosen|kreeg de diagnose|mit der diagnose|diagnosi(?: di)?:?|diagnosticat[oa](?: una?)?|diagnoz[aąeę]:?|zdiagnozowano(?: u mnie)?|diagnoosi(?:ksi)?:?|diagnosoitiin)[ \t]+/giu;

const stop: Record<Lang, string> = {
  en: 'and|or|but|in|on|at|last|since|which|who|that|after|before|when|from|by|for|the|a|an|i|we|so|is|was|has|have|had|am|are',
  de: 'und|oder|aber|im|am|seit|letzte[nmrs]?|vor|nach|die|der|das|ich|wir|bei|von|mit|wegen|als|sodass|weshalb|bin|ist|war|habe|hat|hatte|wurde|sind|laut|gestellt',
  fr: 'et|ou|mais|en|depuis|il|elle|je|au|à|par|pour|qui|que|le|la|les|dans',
  nl: 'en|of|maar|in|sinds|vorig|vorige|ik|we|bij|door|na|voor|die|dat|de|het',
  es: 'y|o|pero|en|desde|hace|el|la|los|las|que|por|para|con|a|yo',
  sv: 'och|eller|men|i|sedan|sen|förra|jag|vi|vid|av|för|som|på',
  it: 'e|o|ma|in|da|dal|dalla|lo|la|il|che|per|con|a|io',
  da: 'og|eller|men|i|siden|sidste|jeg|vi|ved|af|for|som|på',
  no: 'og|eller|men|i|siden|forrige|jeg|vi|ved|av|for|som|på',
  fi: 'ja|tai|mutta|viime|minä|me|kun|joka|jonka',
  pl: 'i|oraz|ale|w|od|we|u|przez|po|przed|który|która|jak',
};

const word = /^[ \t]*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’./-]*)/u;
const stopRes = new Map<Lang, RegExp>();

function stopRe(lang: Lang): RegExp {
  let re = stopRes.get(lang);
  if (!re) {
    re = new RegExp(`^(?:${stop[lang]}|${stop.en})$`, 'iu');
    stopRes.set(lang, re);
  }
  return re;
}

export function diagnosedWithSpans(text: string, lang: Lang, out: PatternSpan[]): void {
  if (!/diagno/iu.test(text)) return;
  const stops = stopRe(lang);
  for (const m of text.matchAll(cue)) {
    let end = m.index + m[0].length;
    let words = 0;
    for (; words < 4; words++) {
      const w = word.exec(text.slice(end, end + 60));
      if (!w || stops.test(w[1]!)) break;
      end += w[0].length;
    }
    if (words === 0) continue;
    // A phrase ending in a dot ("… Sklerose.") keeps the sentence's full stop outside the span.
    while (/[.'’/-]/u.test(text.charAt(end - 1))) end--;
    // The cue stays outside: "diagnosed with" says nothing until the diagnosis follows it.
    out.push({ start: m.index + m[0].length, end, score: 0.85 });
  }
}
