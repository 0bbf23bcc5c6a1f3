import { ci } from './regex-tools.js';

/**
 * Age phrases of the 11 languages, for the age part of the DOB recognizer. Each list holds regex
 * sources (spaces as `\s+`); the recognizer tests them only around the numbers of a text. Kept apart
 * from the logic so a language's phrases can grow without touching it.
 */

const compile = (sources: readonly string[], flags: string, before = '', after = '') =>
  new RegExp(`${before}(?:${sources.join('|')})${after}`, flags);

/** Right after the number, enough on their own: "79-year-old", "79 Jahre alt", "79-vuotias". */
const ownPhrases = [
  // en
  '[- ]?(?:years?|yrs?)[- ]old',
  '\\s+years?\\s+of\\s+age',
  '\\s?y\\.?o\\.?',
  // de
  '-?jährige[rnms]?',
  '-jährig',
  '\\s+jahre\\s+(?:alt|jung)',
  // "im 68. Lebensjahr", "in zijn 80e levensjaar": the year of life the person is in
  '\\.\\s+lebensjahr(?:es)?',
  '(?:e|ste)\\s+levensjaar',
  // nl: "op 58-jarige leeftijd" takes the noun with it
  '-jarige\\s+leeftijd',
  '-jarige?',
  '\\s+jaar\\s+oud',
  // es
  '-añer[oa]s?',
  '\\s+años\\s+de\\s+edad',
  // "con 71 cumplidos", "71 años cumplidos": completed years are always an age
  '\\s+(?:años\\s+)?cumplidos',
  // it
  '-?enne',
  '\\s+anni\\s+di\\s+età',
  '\\s+anni\\s+compiuti',
  // sv, da, no
  '-åri(?:g|ge|ga)',
  '-åring(?:en|ar|er|ane|erne)?',
  '\\s+år\\s+gam(?:mal|mel|le|la)',
  // fi: every case of -vuotias ("79-vuotiaan", "79-vuotiaana")
  '-vuotia\\p{L}*',
  '\\s+vuotta\\s+vanha\\p{L}*',
  // pl
  '-letni\\p{L}*',
  '-lat(?:ek|ka|kiem|ki)',
];
export const ageAfter = compile(ownPhrases, 'iuy', '', '(?![\\p{L}])');

/** The age word after a number that other words made an age: taken into the span. */
const unitWords = [
  '[\\s-](?:years?|yrs?)(?:[\\s-]old)?',
  '\\s+jahren?(?:\\s+alt)?',
  '\\s+ans',
  '\\s+jaar(?:\\s+oud)?',
  '\\s+años(?:\\s+de\\s+edad)?',
  '\\s+år(?:\\s+gam(?:mal|mel|le))?',
  '\\s+anni',
  '\\s+lata?',
  '\\s+vuotta(?:\\s+vanha)?',
  // fi "(9 v)", pl "(71 l.)": abbreviated, after a name only (see appositionBefore)
  '\\s+v\\.?',
  // nl "op haar 52e", "op zijn 65ste": the ordinal ending after "op" and a possessive
  '(?:e|ste)(?=\\s|[.,;)]|$)',
];
export const ageUnit = compile(unitWords, 'iuy', '', '(?![\\p{L}])');

/** Before the number, an age only with its unit after it: "j'ai 54 ans", "tengo 54 años", "mam 54 lata". */
const pairedWords = [
  // fr
  "j['’]ai",
  "j['’]aurai",
  'aura',
  'avait',
  'il\\s+a',
  'elle\\s+a',
  'âgée?s?\\s+de',
  'agée?s?\\s+de',
  "à\\s+l['’]âge\\s+de",
  "vient\\s+d['’]avoir",
  'fête\\s+ses',
  // es
  'tengo',
  'tenía',
  'con',
  'cumplo',
  'cumple',
  'cumplió',
  'cumpliré',
  'edad\\s+de',
  'a\\s+los',
  // it
  'ho',
  'avevo',
  'aveva',
  'compio',
  'compie',
  'compirò',
  'ha\\s+compiuto',
  "(?:all['’])?età\\s+di",
  // pl
  'mam',
  'miałe[mś]',
  'miała[mś]?',
  'skończę',
  'skończył[ae]?',
  'ukończył[ae]?',
  'w\\s+wieku',
  // de, nl
  'im\\s+alter\\s+von',
  'op\\s+(?:de\\s+)?leeftijd\\s+van',
  'werd',
  // sv, da, no
  'i\\s+en\\s+ålder\\s+av',
  'i\\s+en\\s+alder\\s+a[fv]',
  'blev',
  'ble',
  // fi
  'täytän',
  'täytti',
  'täyttää',
  // a pronoun and "is"/"has"/"was": "ze is 7 jaar", "ella tiene 63 años", "när han var 52 år"
  '(?:he|she)\\s+(?:is|was)',
  '(?:er|sie)\\s+(?:ist|war)',
  '(?:hij|ze|zij)\\s+(?:is|was)',
  '(?:él|ella)\\s+(?:tiene|tenía)',
  '(?:lui|lei)\\s+(?:ha|aveva)',
  '(?:han|hon|hen|hun|jag|jeg)\\s+(?:är|er|var|blir|bliver)',
  'hän\\s+on',
  '(?:on|ona)\\s+(?:ma|miał|miała)',
];
export const pairedBefore = compile(pairedWords, 'iu', '(?<![\\p{L}])', '\\s*$');
export const pairedAfter = /\s+(?:ans|años|anni|lata?|jahren?|jaar|år|vuotta|years?)(?![\p{L}])/iuy;

/** Before the number, enough unless a unit follows: "I am 54", "Age: 54", "ich bin 54", "olen 54". */
const beforeWords = [
  'i\\s+am',
  "i['’]m",
  "s?he['’]s",
  'aged',
  'age:',
  'at\\s+the\\s+age\\s+of',
  'turns?',
  'turned',
  'will\\s+be',
  'ich\\s+bin',
  'ich\\s+werde',
  'werde',
  'alter:?',
  'word\\s+binnenkort',
  'word\\s+straks',
  'fyller',
  'fyllde',
  'fylte',
  'fyldte',
  'fylder',
  'täytän',
  'âge\\s*:',
  'ik\\s+ben',
  'leeftijd:?',
  'edad:?',
  'jag\\s+är',
  'jeg\\s+er',
  'ålder:?',
  'alder:?',
  'età:?',
  'olen',
  'ikä:?',
  'wiek:?',
  // a pronoun and "is" ("zij is 14 en moet tekenen"); the verb of turning an age ("han ble 80.")
  '(?:he|she)\\s+is',
  '(?:er|sie)\\s+ist',
  '(?:hij|zij|ze)\\s+is',
  '(?:han|hun|hon|hen)\\s+(?:er|är|ble|blev|blei)',
  // nl "overleden op haar 52e", "met pensioen op zijn 65ste"
  'op\\s+(?:haar|zijn|mijn|je|jouw|uw|hun)',
  '(?<=[,(]\\s{0,2})lat\\.?',
];
export const ageBefore = compile(beforeWords, 'iu', '(?<![\\p{L}])', '\\s*$');

/** Age words written before the number, taken into the span: "aged 79", "Jan Nowak, lat 79" (pl). */
export const ageWordBefore = /(?<![\p{L}])(?:aged|lat\.?)\s+$/iu;

// A relative or a person named before the number: "my daughter Siobhan, who is 11", "mein Sohn Uwe
// ist 13", "mi hijo Manuel, de 5 años", "una signora di 79 anni", "äitini on 79 vuotta".
const people = [
  'son|daughter|child|kid|grandson|granddaughter|husband|wife|mother|father|mum|mom|dad|brother|sister|patient|man|woman|boy|girl|baby|grandmother|grandfather|partner',
  'sohn|tochter|kind|enkel|enkelin|ehemann|ehefrau|mann|frau|mutter|vater|bruder|schwester|patientin|junge|mädchen|oma|opa|großmutter|großvater',
  'fils|fille|enfant|mari|femme|mère|père|frère|sœur|soeur|patiente|homme|garçon|bébé|grand-mère|grand-père',
  'zoon|dochter|vrouw|moeder|vader|broer|zus|patiënt|jongen|meisje',
  'hijo|hija|niño|niña|marido|esposo|esposa|mujer|madre|padre|hermano|hermana|paciente|hombre|chico|chica|abuela|abuelo|bebé',
  'dotter|barn|fru|hustru|kone|mamma|mor|pappa|far|bror|syster|søster|pasient|pojke|flicka|gutt|jente|dreng|pige|mormor|farmor|morfar|farfar|datter|sønn|søn',
  'figlio|figlia|bambin[oa]|marito|moglie|madre|padre|fratello|sorella|paziente|uomo|donna|ragazz[oa]|nonn[oa]|signora|signore',
  '(?:poika|tytär|tytt|lapsi|lapse|mies|miehe|vaimo|äiti|isä|veli|velje|sisko|siskon|potilas|mummo|vaari)(?:ni|si|mme|nne|ämme)?',
  'syn|córka|dziecko|mąż|żona|matka|ojciec|mama|tata|brat|siostra|pacjent|pacjentka|mężczyzna|kobieta|chłopiec|dziewczynka|babcia|dziadek',
  // pl case forms: "w przypadku córki, Leili (8 lat)", "synowi", "matce", "ojca"
  'syna|synowi|córki|córce|córkę|dziecka|dziecku|męża|mężowi|żony|żonie|matki|matce|ojca|ojcu|mamy|taty|brata|siostry|siostrze|babci|dziadka|wnuka|wnuczki|wnuk|wnuczka',
  // sv, da, no definite forms: "sonen Emil (9 år)", "datteren Ida, 12 år"
  'sonen|dottern|datteren|sønnen|barnet|mannen|kona|konen|hustrun|pojken|flickan|gutten|jenta|drengen|pigen',
];
const linkWords = [
  'who\\s+is',
  "who['’]s",
  'who\\s+turned',
  'is',
  'ist',
  'est',
  'a',
  'es',
  'är',
  'er',
  'è',
  'on',
  'jest',
  'ma',
  'tiene',
  'ha',
  'de',
  'di',
  'van',
  'von',
  'of',
  'aged',
  'som\\s+är',
  'som\\s+er',
  'wird',
  'wordt',
  'turned',
  'turns',
  'cumple',
  // sv, da, no: "min mor på 84 år"
  'på',
  'compie',
  'fyller',
  'fylder',
  'täyttää',
];
// Without the `i` flag: with it, \p{Lu} would take any word for the name ("jente blant de 30").
export const familyBefore = new RegExp(
  `(?<![\\p{L}])(?:${ci(people.join('|'))})(?:\\s+\\p{Lu}[\\p{L}'’-]+)?(?:,?\\s+(?:${ci(linkWords.join('|'))})\\s+|,\\s*)$`,
  'u',
);

/**
 * A name right before the number, in brackets or after a comma: "Luca Steiner (9 Jahre)", "Arnaq
 * Berthelsen (80 år, CPR …)", "Mohamed El Amrani, 79 anni, è", "Veetille (9 v)". Taken only with a
 * unit after the number and a bracket or comma after the unit, and with two capitalised words or
 * a relative nearby (a German "Laufzeit (10 Jahre)" is a capitalised noun, not a name).
 */
export const appositionBefore =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)*(?:\s*\(\s*|,\s*(?:(?:de|di|aged)\s+)?)$/u;
export const twoNamesBefore =
  /(?<![\p{L}])(?!(?:Die|Der|Das|Den|Dem|Des|The|This|That|La|Le|Les|El|Il|Lo|De|Het|Een|Ein|Eine|En|Ett|Det|Dette|Denne|Questo|Questa|Esta|Este|Cette|Ce|Ten|Ta|To)\s)\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+(?:\s*\(\s*|,\s*(?:(?:de|di|aged)\s+)?)$/u;
/**
 * A name and "has" in the languages that give ages with it: "Marco ha 40 anni", "Gennaro adesso ha
 * 3 anni", "Lucía tiene 7 años", "Marek ma 7 lat". Paired with a unit, like pairedBefore; a
 * capitalised word after an article is a thing ("La Empresa tiene 10 años").
 */
export const nameHasBefore =
  /(?<![\p{L}])(?<!(?:[Ll]a|[Ee]l|[Ii]l|[Ll]o|[Uu]na?|[Uu]no|[Ll]e|[Ll]os|[Ll]as|[Gg]li|[Ii]|[Tt]a|[Tt]en|[Tt]o)\s)(?![Ll]['’])\p{Lu}[\p{L}'’-]+(?:\s+(?:adesso|ora|oggi|ormai|ahora|ya|teraz|już))?\s+(?:ha|tiene|ma)\s*$/u;
// "Rosaria Lo Iacono, 73 anni (nata il …)": a bracket may open after the unit as well.
export const appositionEnd = /\s*[),;(]/y;
export const relativeNear = new RegExp(`(?<![\\p{L}])(?:${ci(people.join('|'))}|poja|tyttär)\\p{L}*`, 'u');

// "I am 20 minutes late", "I am 100% sure", "ich bin 3 mal": a quantity, not an age.
export const notAnAge =
  /\s*(?:%|percent|prozent|procent|euros?|eur|dollars?|pounds?|€|\$|£|kr|x|mal|times|km|kg|cm|(?:minute|min|hour|hr|day|week|month|second|item|piece|time|mile|meter|metre|minuten|stunden|tage|wochen|monate|uhr|minuter|timmar|dagar|minutter|timer|dage|minuti|ore|giorni|minutos|horas|días|uur|dagen|heures|jours|minuuttia|tuntia|päivää|minut|godzin|dni|keer|weken|maanden|gange|ganger|gånger|fois|veces|volte|razy|kertaa)s?)(?![\p{L}])/iuy;

// After the unit: the years are a duration of something ("10 años de experiencia", "10 years of
// contract", "10 ans d'ancienneté") or a time ago ("10 Jahre später", "10 lat temu").
export const durationTail =
  /\s+(?:(?:de|d['’]|di|of|van|von|del|della)\s*(?!edad|età|âge|age)\p{L}|ago|later|earlier|lang|später|zuvor|her|plus\s+tard|auparavant|geleden|later|después|antes|atrás|sedan|senare|siden|senere|sitten|myöhemmin|temu|później|fa|dopo|prima|klant|kunde|kund|client|cliente|customer|lid|mitglied|medlem|jäsen|asiakas|klientem|gwarancji|garantie|garanti|warranty)/iuy;
