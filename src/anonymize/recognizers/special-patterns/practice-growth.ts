import type { Lang } from '../../anonymize.types.js';

/**
 * Growth of the categories whose fact is an act or a practice, not a word: biometric data is
 * *taken* ("relevé de vos empreintes digitales", "fingeravtrykk av to fingre", "impronte digitali
 * dei due indici"), a religious garment is *worn* ("het dragen van een hoofddoek", "noszenie
 * chusty"), and an office is held *somewhere* ("kommunalråd för Centerpartiet i Falun",
 * "gemeenteraadslid voor de SP in Lansingerland": the town names the seat, which identifies the
 * person). Anchored to the span's edges, so the regexes run once per span.
 */

/** Which fingers or how many: "of two fingers", "dei due indici", "palców wskazujących". */
const fingerTail =
  /^[ \t]+(?:(?:of|from|av|af|de|des|di|dei|degli|von|der|z|ze|från|fra|van)[ \t]+)?(?:(?:the|your|my|both|all|two|ten|to|ti|två|tio|deux|dix|due|dieci|zwei|zehn|dos|diez|twee|tien|kaksi|kymmenen|dwóch|dziesięciu|\d{1,2})[ \t]+)?(?:fingers?|thumbs?|fingre|fingrar|fingrene|fingrarna|fingre|doigts|pouces|dita|indici|pollici|Fingern?|Daumen|dedos|pulgares|vingers|duimen|sormesta|sormen|sormien|palców|kciuków|wskazujących)(?:[ \t]+(?:wskazujących|indici))?(?![\p{L}\p{N}])/iu;

/** Taking or registering it: "relevé de vos", "taking of your", "Anmeldung per", "registrering av". */
const captureLead =
  /(?<![\p{L}\p{N}])(?:(?:relevé|prise|enregistrement)[ \t]+d(?:e|es|['’])[ \t]*(?:(?:vos|tes|ses|mes|leurs)[ \t]+)?|(?:taking|scanning|collection|registration)[ \t]+(?:of[ \t]+)?(?:(?:your|my|the|his|her)[ \t]+)?|(?:Anmeldung|Entsperren|Erfassung|Abnahme)[ \t]+(?:per|mit|der|von)[ \t]+|(?:registrering|inhämtning|opptak|optagelse|afgivelse)[ \t]+(?:av|af)[ \t]+|(?:rilevamento|acquisizione|raccolta)[ \t]+(?:delle|della|del|dei)[ \t]+|(?:toma|registro)[ \t]+de[ \t]+(?:(?:las|sus|tus)[ \t]+)?|(?:pobranie|pobrania|zeskanowanie)[ \t]+)$/iu;

/** Wearing it: "wearing a", "het dragen van een", "noszenie", "bærer", "porter le". */
const wearLead =
  /(?<![\p{L}\p{N}])(?:wear(?:s|ing)?(?:[ \t]+(?:a|an|the|my|her|his))?|(?:het[ \t]+)?dragen[ \t]+van(?:[ \t]+(?:een|de|het|mijn))?|(?:das[ \t]+)?[Tt]ragen[ \t]+(?:eines|einer|des|der|ein(?:e|es)?|mein(?:e|es)?)|port(?:er|e|ant)?(?:[ \t]+(?:du|le|la|un|une|mon|ma))?|llevar(?:[ \t]+(?:el|la|un|una|mi))?|indossare(?:[ \t]+(?:il|la|un|una))?|bär(?:a|er)?|bær(?:e|er)?|käyttää|nosz(?:enie|ę|ą)|nosi(?:ć)?)[ \t]+$/iu;

/**
 * Asking for a carer of one sex for religious reasons: "a female carer for religious reasons",
 * "en kvindelig fysioterapeut af religiøse grunde", "eine weibliche Pflegekraft aus religiösen
 * Gründen", "une femme médecin pour des raisons religieuses". The request is the practice.
 */
const sexLead =
  /(?<![\p{L}\p{N}])(?:female|male|woman|kvindelig|mandlig|weibliche[nrs]?|männliche[nrs]?|vrouwelijke|mannelijke|kvinnlig|manlig|kvinnelig|mannlig|naispuolise[nt]?|miespuolise[nt]?|femme)[ \t]+\p{L}[\p{L}-]*[ \t]+$/iu;

/** The seat of an office: "in Lansingerland", "i Falun", "à Bayonne", "en Vigo", "w Gdańsku". */
const seatTail = /^[ \t]+(?:in|i|à|a|en|w|we|bei|im|på|zu)[ \t]+\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?/u;

/** "i kommunstyrelsen", "in the council", "en las municipales", "alle comunali". */
const bodyTail =
  /^[ \t]+(?:i|in|en|alle|nella|im|in der|bei der|für|aux?|w|på|for|för|til)[ \t]+(?:(?:the|las|los|el|la|le|les|der|den)[ \t]+)?(?:(?:Orts|Bezirks)?[Bb]eirat|Ortschaftsrat|Bezirksvertretung|kommunstyrelsen|kommunfullmäktige|regionfullmäktige|kommunestyret|bystyret|fylkestinget|byrådet|kommunalbestyrelsen|regionsrådet|gemeenteraad|provinciale staten|gemeinderat|stadtrat|kreistag|landtag|council|local elections?|municipales|elecciones(?: municipales| autonómicas| generales)?|municipales|comunali|elezioni(?: comunali| regionali)?|radzie (?:gminy|miasta)|sejmiku|valtuustossa|kunnanvaltuustossa|kaupunginvaltuustossa)(?![\p{L}\p{N}])/iu;

export function growPractice(
  text: string,
  span: { start: number; end: number },
  type: string,
  _lang: Lang,
): void {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 60);
  if (type === 'BIOMETRIC') {
    const l = captureLead.exec(before);
    if (l) span.start -= l[0].length;
    const r = fingerTail.exec(after);
    if (r) span.end += r[0].length;
  } else if (type === 'RELIGION') {
    const l = wearLead.exec(before) ?? sexLead.exec(before);
    if (l) span.start -= l[0].length;
  } else if (type === 'POLITICAL_OPINION') {
    const r = bodyTail.exec(after) ?? seatTail.exec(after);
    if (r) span.end += r[0].length;
  }
}
