import type { Lang } from '../../anonymize.types.js';

/**
 * Growth of RELIGION, GENETIC and BIOMETRIC spans over the words that make a faith word, a gene
 * or a biometric adjective a fact about the person. A lexicon knows "Muslim", "MLH1" or
 * "biometric"; mail writes "a visit from the Muslim chaplain", "pathogenic MLH1 variant",
 * "carrier of the MYBPC3 mutation", "firma biométrica". Anchored to the span's edges, so the
 * regexes run once per span.
 */

/** Clergy and a possessive or article before the faith word: "pastor de nuestra", "ksiądz". */
const clergy =
  'chaplain|priest|pastor|pastore|pasteur|aumônier|imam|imamen|rabbi|rabbin|rabbijn|Pfarrer(?:in)?|Seelsorger(?:in)?|Pastorin|dominee|predikant|präst(?:en)?|prest(?:en)?|præst(?:en)?|pappi|papin|ksiądz|księdza|kapelan(?:em)?|sacerdote|cappellano|capellán|minister';
const clergyLead = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${clergy})(?:[ \\t]+(?:of|from|de|del|della|di|du|de la|van|von|der|des|i|fra|från|av|z|ze))?(?:[ \\t]+(?:the|our|my|your|nuestra|nuestro|la|el|le|la nostra|il|de|het|onze|unserer|unseres|der|vår|vores|vår|naszej|nasza))?[ \\t]+$`,
  'iu',
);

/** "deeply religious", "głęboko wierzącym", "tief gläubig": how strongly is part of the belief. */
const devout =
  'deeply|devoutly|strongly|głęboko|tief|profondément|profundamente|profondamente|diep|djupt|dybt|dypt|syvästi';
const believing =
  'believing|practising|practicing|wierząc\\p{L}*|praktykując\\p{L}*|gläubige[nrs]?|praktizierende[nrs]?|pratiquante?|practicante|praticante|gelovige|troende|praktiserande|praktiserende|uskovai\\p{L}*';
const devoutLead = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${devout})[ \\t]+(?:(?:${believing})[ \\t]+)?|(?:${believing})[ \\t]+)$`,
  'iu',
);

/**
 * A faith act is done to something: a visit from the clergy ("visit from the Muslim chaplain",
 * "visite de l'aumônier"), a refusal of blood ("declined a blood transfusion").
 */
const refusalOrVisitLead =
  /(?<![\p{L}\p{N}])(?:visits?|visite|visita|Besuch|bezoek|besök|besøg|besøk|wizyt[aęy]|(?:declined|declines|refused|refuses|refusing|refuse|weigert|weigerde|refuse|refusé|rechaza|rechazó|rifiuta|rifiutato|odmawia|odmówił[a]?|avböjer|avböjde|nekter|nektet|afviser|afviste|kieltäytyy|lehnt|lehnte))(?:[ \t]+(?:from|of|by|de|du|del|della|dello|des|vom|von|van|fra|från|av|af))?(?:[ \t]+(?:the|a|an|la|le|el|il|lo|una?|der|die|des|eine[n]?|het|een)|[ \t]+l['’]|[ \t]+dell['’])?[ \t]*$/iu;

/** What the faith word qualifies: "Muslim chaplain", "Jehovas Vidners møder", "religiøse opdragelse". */
const faithTail = new RegExp(
  `^(?:['’]s[ \\t]+witness(?:es)?|[ \\t]+(?:${clergy}|section|community|congregation|upbringing|meetings?|services?|møder|møde|möten|møter|gudstjeneste[rn]?|gudstjänst(?:er|en)?|opdragelse|oppdragelse|uppfostran|Erziehung|éducation|educación|educazione|wychowanie|kasvatus|siunaustilaisuu\\p{L}*|kokouksi\\p{L}*|austreten|ausgetreten|beigetreten|(?:min|mitt|mine|hans|hennes|hendes|vår|vores|din|ditt))(?![\\p{L}\\p{N}]))`,
  'iu',
);

/** How a gene finding is qualified before it: "pathogenic", "germline", "carrier of the", "drager van de". */
const geneLead =
  /(?<![\p{L}\p{N}])(?:(?:pathogenic|likely pathogenic|germline|predictive|hereditary|inherited|familial|pathogene|prädiktive[nmrs]?|molekulargenetische[nmrs]?|gezielte[nmrs]?|predictieve|erfelijke|prédictive|héréditaire|predictivo|predictiva|hereditari[oa]|predittiv[oa]|ereditari[oa]|prediktiv[ta]?|arvelig[te]?|ärftlig[ta]?|perinnöllinen|predyktywn\p{L}*|dziedziczn\p{L}*)|(?:carrier|carriers)[ \t]+of(?:[ \t]+(?:the|a|an))?|drager[ \t]+(?:is[ \t]+)?van(?:[ \t]+(?:de|het|een))?|porteuse?[ \t]+d(?:e|u|e la|['’])|portador(?:a)?[ \t]+de(?:[ \t]+(?:la|una?))?|portatric?e[ \t]+d(?:i|ella|el)|Anlageträger(?:in)?[ \t]+(?:für|von|der|des)|Träger(?:in)?[ \t]+(?:der|einer|des|eines)|bærer[ \t]+(?:af|av)|bärare[ \t]+av|nosiciel(?:em|ką|ka)?)[ \t]+$/iu;

/** What follows a gene finding: zygosity, "familiar", and a short parenthesis naming the syndrome. */
const geneTail =
  /^(?:[ \t]+(?:for|of|on|auf|für|pour|per|para|voor|op|för|på|af|av|na)[ \t]+(?:(?:the|la|le|il|el|die|de|het)[ \t]+)?(?:family|family's|familial|familiale|familiar|familiare|familiäre|familie|familiens|familjens|släktens|rodzinn\p{L}*|suvun)[ \t]+(?:variant|mutation|mutatie|Mutation|Variante|mutación|mutazione|mutasjon|mutacj\p{L}*|variante|mutaatio\p{L}*)|[ \t]+(?:h[eé]t[eé]ro|homo|h[eé]mi)(?:zygo|tsygo|cigo|zigo)\p{L}*|[ \t]+(?:familiar|familial|familiale|familiare|familiär\p{L}*|familiær\p{L}*|familiaris)|[ \t]*\([^()\n]{1,30}\))(?![\p{L}\p{N}])/iu;

/** A biometric adjective and the noun it qualifies: "firma biométrica", "biometrisches Passfoto". */
const biometricAdjective =
  /^(?:biometri\p{L}*|biométri\p{L}*|biométric\p{L}*|biometryczn\p{L}*|biometrisk\p{L}*|biometrisch\p{L}*)$/iu;
const nounBefore = new Set<Lang>(['fr', 'es', 'it', 'pl']);

/** What a fingerprint or a face is used for: "fingerprint log-in", "Face ID unlock", "scan". */
const biometricUse =
  /^[ \t-]+(?:log-?in|login|sign-?in|unlock(?:ing)?|scan(?:ner|ning)?|reader|verification|recognition|Anmeldung|Entsperrung|inloggning|innlogging|login|kirjautuminen|logowanie)(?![\p{L}\p{N}])/iu;
/** The device that reads it: "czytniki linii papilarnych", "lecteur d'empreintes". */
const readerLead =
  /(?<![\p{L}\p{N}])(?:readers?|scanners?|czytnik\p{L}*|skaner\p{L}*|lecteurs?[ \t]+d['’]|lector(?:es)?[ \t]+de|lettore[ \t]+di|Leser|läsare|lesere|læsere|lukija\p{L}*)[ \t]*$/iu;
const nounAfter = /^[ \t-]+\p{L}{3,}(?:-\p{L}+)?/u;
/** Where the noun comes first, only the body part may follow: "weryfikacja biometryczna twarzy". */
const bodyPartAfter =
  /^[ \t]+(?:twarzy|palca|palców|tęczówki|du visage|des doigts|del (?:volto|rostro)|facial(?:es)?|faciale?s?)(?![\p{L}\p{N}])/iu;
const conjunction = /^[ \t]+(?:and|und|et|y|e|en|og|och|ja|i|oraz|or|oder|ou|o|eller|tai)$/iu;

export function growFaithGene(
  text: string,
  span: { start: number; end: number },
  type: string,
  lang: Lang,
): void {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 60);
  if (type === 'RELIGION') {
    const l = clergyLead.exec(before) ?? devoutLead.exec(before);
    if (l) span.start -= l[0].length;
    const v = refusalOrVisitLead.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (v) span.start -= v[0].length;
    const r = faithTail.exec(after);
    if (r) span.end += r[0].length;
  } else if (type === 'GENETIC') {
    const l = geneLead.exec(before);
    if (l) span.start -= l[0].length;
    const r = geneTail.exec(after);
    if (r) span.end += r[0].length;
  } else if (type === 'BIOMETRIC' && !biometricAdjective.test(text.slice(span.start, span.end))) {
    const l = readerLead.exec(before);
    if (l) span.start -= l[0].length;
    const r = biometricUse.exec(after);
    if (r) span.end += r[0].length;
  } else if (type === 'BIOMETRIC') {
    const l = nounBefore.has(lang) ? /(?<![\p{L}\p{N}])\p{L}{3,}[ \t]+$/u.exec(before) : null;
    if (l) span.start -= l[0].length;
    const r = nounBefore.has(lang) ? bodyPartAfter.exec(after) : nounAfter.exec(after);
    if (r && !conjunction.test(r[0])) span.end += r[0].length;
  }
}
