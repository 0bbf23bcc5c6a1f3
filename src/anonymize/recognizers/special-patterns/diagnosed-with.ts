import type { Lang } from '../../anonymize.types.js';
import { relativeNear } from '../dob.words.js';
import { isGivenName } from '../name-lists.js';
import { firstCharMatches } from '../regex-tools.js';
import type { PatternSpan } from './pattern.types.js';

/**
 * "diagnosed with …", "Diagnose: …", "diagnostiqué d'une …" plus the noun phrase after it: what
 * follows such a cue is the diagnosis whether or not a lexicon knows the word ("diagnosed with
 * Ehlers-Danlos"). The phrase ends at punctuation, a line end, a conjunction or preposition, or
 * after four words.
 *
 * The same holds for the other frames mail puts a condition in: "suffers from …", "treated for
 * …", "operated on …", "on sick leave because of …", "admitted with …" (and their equivalents in
 * every language). Those are looser than "diagnosed", so their phrase is shorter (three words)
 * and may start with an article or possessive, which stays outside the span.
 */

const cue =
  /(?<![\p{L}])(?:diagnosed with|diagnosis(?: of| is| was)?:?|diagnose[rd]?(?:t| lautet| ist| war| er| var| is)?:?|diagnostiqu[ée]e?s?(?: d['’]une?| avec| de)?|diagnostic(?: de)?(?: d['’]une?)?:?|diagnosticad[oa]s?(?: de| con)?|diagn[óo]stico(?: de)?:?|gediagnosticeerd(?: met)?|diagnosticeret(?: med)?|diagnostisert(?: med)?|diagnosticerad(?: med)?|fått diagnosen|fik diagnosen|fikk diagnosen|kreeg de diagnose|mit der diagnose|diagnosi(?: di)?:?|diagnosticat[oa](?: una?)?|diagnoz[aąeę]:?|zdiagnozowano(?: u mnie)?|diagnoosi(?:ksi)?:?|diagnosoitiin)[ \t]+/giu;

const frame = new RegExp(
  `(?<![\\p{L}])(?:${[
    // en
    'suffer(?:s|ing|ed)? from|treated for|treatment for|operated on|surgery on|(?:on|off) sick(?: leave)? (?:because of|due to|with)|signed off (?:sick )?(?:with|because of)|recovering from|hospitali[sz]ed (?:for|with|because of)|admitted (?:to hospital )?with',
    // de
    'leide[tn]? (?:an|unter)|litt (?:an|unter)|behandelt (?:wegen|für)|operiert (?:an|am|wegen)|krankgeschrieben (?:wegen|mit|aufgrund)|erkrankt an|eingeliefert (?:wegen|mit)',
    // fr
    "souffr(?:e|ant|ait) d['’]|souffr(?:e|ant|ait) de|atteinte? d['’]|atteinte? de|trait[ée]e? pour|soign[ée]e? pour|op[ée]r[ée]e? (?:du|de la|des|d['’])|en arr[êe]t (?:de travail|maladie) pour|hospitalis[ée]e? pour",
    // nl
    'lijdt aan|leed aan|behandeld (?:voor|wegens|aan)|geopereerd aan|ziek ?gemeld (?:met|wegens|vanwege)|opgenomen (?:met|wegens|vanwege)',
    // es
    'padec(?:e|ía|ió) (?:de )?|sufr(?:e|ía|ió) de|tratad[oa] (?:de|por)|operad[oa] de|de baja (?:por|debido a)|ingresad[oa] (?:por|con)',
    // it
    'soffr(?:e|o|iva) di|affett[oa] da|in cura per|curat[oa] per|operat[oa] (?:al|alla|di|per)|in malattia per|ricoverat[oa] per',
    // sv, da, no
    'lider (?:av|af)|behandla(?:s|des|d) för|behandlet for|operera(?:d|des) (?:för|i)|opere(?:re)?t (?:for|i)|sjukskriven (?:för|på grund av|pga\\.?|med)|syge?meldt (?:på grund af|pga\\.?|med)|syke?meldt (?:på grunn av|pga\\.?|med|for)|inlagd (?:för|med)|indlagt (?:med|for)|innlagt (?:med|for)',
    // fi: the object follows the verb ("sairastaa diabetesta")
    'sairasta(?:a|n|vat)|sairastui',
    // pl
    'cierpi(?:ę|my)? na|choruj[eę] na|leczon[ya] (?:na|z powodu)|operowan[ya] (?:na|z powodu)|na zwolnieniu (?:lekarskim )?z powodu|hospitalizowan[ya] z powodu',
  ].join(
    '|',
  )})(?:(?<=['’])|(?![\\p{L}]))(?:[ \\t]*(?:a|an|the|my|his|her|their|eine[mnrs]?|einem|meine[mnrs]?|seine[mnrs]?|ihre[mnrs]?|der|une?|la|le|les|sa|son|ses|ma|mon|mes|een|zijn|haar|mijn|de|het|un|una|uno|su|sus|il|lo|suo|sua|en|ett|et|min|sin|hans|hennes)(?![\\p{L}]))?[ \\t]*`,
  'giu',
);
const frameGate =
  /suffer|treat|operat|sick|signed off|recover|hospital|admitted|leide|litt|behandel|operiert|krank|erkrankt|eingeliefert|souffr|atteint|trait|soign|op[ée]r|arr[êe]t|lijd|leed|geopereerd|ziek|opgenomen|padec|sufr|tratad|operad|baja|ingresad|soffr|affett|cura|ricoverat|malattia|lider|behandla|opere|sjukskriv|syge?meld|syke?meld|inlagd|indlagt|innlagt|sairast|cierpi|choruj|leczon|operowan|zwolnieni|hospitalizowan/iu;

/**
 * The looser frames say a condition only of a person: "the network suffers from congestion", "der
 * Einzelhandel leidet unter dem Onlinegeschäft" are not health. When words stand before the
 * frame in its clause, one of them must be a person: a singular pronoun or possessive, a title, a
 * relative or other person word ("patient"), or a given name. A frame that opens its clause
 * ("Suffering from migraines, I …", "Leide an …") speaks of the writer. Languages that drop the
 * subject are not checked.
 */
const personWord =
  /(?<![\p{L}])(?:i|me|he|him|she|my|his|her|mr|mrs|ms|ich|er|sie|mein\p{L}*|sein\p{L}*|ihr\p{L}*|herr|je|j|il|elle|mon|ma|mes|son|sa|ses|madame|monsieur|mme|ik|hij|zij|ze|mijn|zijn|haar|meneer|mevrouw|yo|él|ella|mi|mis|su|sus|señora?|sra?|io|lui|lei|mio|mia|miei|mie|suo|sua|suoi|sue|signora?|jag|han|hon|hun|jeg|min|mitt?|mina|mine|hans|hennes|hendes|minä|hän|minun|hänen|ja|on|ona|mój|moja|moje|mojego|mojej|jego|jej|pan|pani)(?![\p{L}])/iu;
const clauseBefore = /[^.!?;:\n]{0,80}$/u;

/** Languages that drop the subject ("Estoy de baja por …", "Soffre di …") are not checked. */
const proDrop = new Set<Lang>(['es', 'it', 'pl', 'fi']);

function personBefore(text: string, lang: Lang, at: number): boolean {
  if (proDrop.has(lang)) return true;
  const clause = clauseBefore.exec(text.slice(Math.max(0, at - 80), at))![0];
  if (!/\p{L}/u.test(clause)) return true;
  if (personWord.test(clause) || relativeNear.test(clause)) return true;
  return (clause.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []).some((w) => isGivenName(w));
}

const notCondition =
  /^(?:\d.*|free|nothing|delays?|lack|gratis|rien|nada|niente|niets|ingenting|nichts|nic|one|two|three|four|several|ein|eine|zwei|drei|vier|einige|deux|trois|quatre|quelques|dos|tres|cuatro|unos|unas|due|tre|quattro|alcune|alcuni|twee|drie|enkele|två|fyra|några|to|fire|nogle|noen|kaksi|kolme|dwa|dwie|trzy|kilka)$/iu;

const stop: Record<Lang, string> = {
  en: 'and|or|but|in|on|at|last|since|which|who|that|after|before|when|from|by|for|the|a|an|i|we|so|is|was|has|have|had|am|are|your|our|full|complete',
  de: 'und|oder|aber|im|am|seit|letzte[nmrs]?|vor|nach|die|der|das|ich|wir|bei|von|mit|wegen|als|sodass|weshalb|bin|ist|war|habe|hat|hatte|wurde|sind|laut|gestellt',
  fr: 'et|ou|mais|en|depuis|il|elle|je|au|à|par|pour|qui|que|le|la|les|dans|votre|vos|notre|nos|complet|complète',
  nl: 'en|of|maar|in|sinds|vorig|vorige|ik|we|bij|door|na|voor|die|dat|de|het|uw|onze|ons|volledige',
  es: 'y|o|pero|en|desde|hace|el|la|los|las|que|por|para|con|a|yo',
  sv: 'och|eller|men|i|sedan|sen|förra|jag|vi|vid|av|för|som|på',
  it: 'e|o|ma|in|da|dal|dalla|lo|la|il|che|per|con|a|io',
  da: 'og|eller|men|i|siden|sidste|jeg|vi|ved|af|for|som|på',
  no: 'og|eller|men|i|siden|forrige|jeg|vi|ved|av|for|som|på',
  fi: 'ja|tai|mutta|viime|minä|me|kun|joka|jonka',
  pl: 'i|oraz|ale|w|od|we|u|przez|po|przed|który|która|jak',
};

const word = /^[ \t]*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’./-]*)/u;
/** Words that join a name to its condition and cannot end one: "ziekte van …", "maladie de …". */
const joiner = /^(?:of|van|von|de|du|des|del|della|di|av|af|z|ze)$/iu;
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
  if (/diagno/iu.test(text)) phrasesAfter(text, lang, cue, 4, 0.85, out);
  if (frameGate.test(text)) phrasesAfter(text, lang, frame, 3, 0.75, out);
}

function phrasesAfter(
  text: string,
  lang: Lang,
  re: RegExp,
  most: number,
  score: number,
  out: PatternSpan[],
): void {
  const stops = stopRe(lang);
  for (const m of firstCharMatches(re, text)) {
    if (re === frame && !personBefore(text, lang, m.index)) continue;
    let end = m.index + m[0].length;
    // Where the last word that does more than join ends ("ziekte van Brelt", not "diagnose van").
    let kept = -1;
    for (let words = 0; words < most; words++) {
      const w = word.exec(text.slice(end, end + 60));
      if (!w || stops.test(w[1]!)) break;
      // "in malattia per tre settimane" is a duration, "treated for free" a price, "suffers from
      // delays" a grievance: a looser frame needs a condition after it.
      if (words === 0 && re === frame && notCondition.test(w[1]!.replace(/[.'’/-]+$/u, ''))) break;
      end += w[0].length;
      if (!joiner.test(w[1]!)) kept = end;
      // A word that ends its sentence ends the phrase: "leidet an Demenz. Herr Kowalski …".
      if (/[.!?]$/u.test(w[1]!) && /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) break;
    }
    if (kept < 0) continue;
    end = kept;
    // A phrase ending in a dot ("… Sklerose.") keeps the sentence's full stop outside the span.
    while (/[.'’/-]/u.test(text.charAt(end - 1))) end--;
    // The cue stays outside: "diagnosed with" says nothing until the diagnosis follows it.
    out.push({ start: m.index + m[0].length, end, score });
  }
}
