import type { Lang } from '../../anonymize.types.js';
import { twoToTen } from './number-words.js';

/**
 * Growth of a HEALTH span over the counts and times that belong to the fact:
 * - how many sessions, cycles or injections ("6 cycles of CAPOX chemo", "six more physio sessions",
 *   "zehn weitere Sitzungen Physiotherapie", "dix séances de kiné", "8 behandlinger hos fysioterapeut");
 * - the week or month of a pregnancy ("Fehlgeburt in der 12. Woche", "8. miesiącu ciąży");
 * - how often a treatment is given ("hormonsprøyte hver 3. måned", "injection every 3 months");
 * - after what distance or time a limitation starts ("breathless after about 50 yards", "nach 100 Metern").
 *
 * Grammar, not examples: small per-language word tables joined into one regex per language and
 * direction. Every regex is anchored to the span's edge (run once per HEALTH span, never over the
 * whole text) and crosses only spaces and tabs, so no growth passes a sentence end or a line
 * break. A count only joins when a session word says what was counted, so "2 Rechnungen" or an
 * amount of money next to a health word stays outside.
 */

/** Small numbers as words (counts of sessions, weeks, months). */
const numberWords: Record<Lang, string> = {
  en: `${twoToTen.en}|eleven|twelve|fifteen|twenty|a few|several`,
  de: `${twoToTen.de}|elf|zwölf|fünfzehn|zwanzig|einige|mehrere`,
  fr: `${twoToTen.fr}|onze|douze|quinze|vingt|quelques|plusieurs`,
  nl: `${twoToTen.nl}|elf|twaalf|vijftien|twintig|enkele|meerdere`,
  es: `${twoToTen.es}|once|doce|quince|veinte|varias|varios`,
  it: `${twoToTen.it}|undici|dodici|quindici|venti|alcune|alcuni`,
  pl: `${twoToTen.pl}|dwanaście|piętnaście|dwadzieścia|kilka|kilku`,
  sv: `${twoToTen.sv}|elva|tolv|femton|tjugo|några|flera`,
  da: `${twoToTen.da}|elleve|tolv|femten|tyve|nogle|flere`,
  no: `${twoToTen.no}|elleve|tolv|femten|tjue|noen|flere`,
  fi: `${twoToTen.fi}|kaksitoista|viisitoista|muutama`,
};

/** "more", "further", "another" around a count ("six more", "weitere zehn", "ytterligere seks"). */
const moreWords: Record<Lang, string> = {
  en: 'more|further|additional|extra|another|other',
  de: 'weitere[n]?|zusätzliche[n]?|noch',
  fr: 'autres|nouvelles|nouveaux|encore',
  nl: 'extra|andere|nieuwe|aanvullende|nog',
  es: 'otras|otros|nuevas|nuevos|más',
  it: 'altre|altri|ulteriori|nuove|nuovi',
  pl: 'kolejne|kolejnych|dodatkowe|dodatkowych|następne|następnych|jeszcze',
  sv: 'ytterligare|fler|nya',
  da: 'yderligere|flere|nye|endnu',
  no: 'ytterligere|flere|nye|enda',
  fi: 'vielä|lisää|uutta',
};

/** What a count counts: sessions, cycles, courses, injections, infusions, treatments, talks. */
const sessionWords: Record<Lang, string> = {
  en: 'sessions?|cycles?|courses?|rounds?|injections?|infusions?|treatments?|fractions?|shots?|jabs?',
  de: 'Sitzungen|Sitzung|Behandlungen|Behandlung|Zyklen|Zyklus|Kurse?|Einheiten|Spritzen|Injektionen|Infusionen|Bestrahlungen|Anwendungen|Therapiestunden|Stunden',
  fr: 'séances?|seances?|cycles?|cures?|injections?|perfusions?|traitements?|consultations?|piqûres?|fractions?',
  nl: 'sessies|sessie|behandelingen|behandeling|kuren|kuur|cycli|cyclussen|injecties|infusen|infusies|prikken|consulten|bestralingen',
  es: 'sesiones|sesión|sesion|ciclos?|tratamientos?|inyecciones|inyección|infusiones|infusión|consultas?',
  it: 'sedute|seduta|sessioni|sessione|cicli|ciclo|trattamenti|trattamento|iniezioni|iniezione|infusioni|infusione|punture|puntura',
  pl: 'sesje|sesji|sesja|seanse|seansów|cykle|cykli|cykl|zabiegi|zabiegów|zastrzyki|zastrzyków|wlewy|wlewów|wizyty|wizyt|naświetlań|kursy|kursów',
  sv: 'behandlingar|behandling|sessioner|session|omgångar|cykler|kurer|sprutor|injektioner|infusioner|samtal',
  da: 'behandlinger|behandling|sessioner|session|serier|kure|cyklusser|injektioner|infusioner|samtaler|konsultationer',
  no: 'behandlinger|behandling|økter|økt|kurer|sykluser|runder|sprøyter|injeksjoner|infusjoner|samtaler|konsultasjoner',
  fi: 'käyntiä|hoitokertaa|kertaa|sykliä|kuuria|istuntoa|pistosta|infuusiota|hoitoa',
};

/** Between the session word and the therapy ("cycles of", "séances de", "behandlinger hos"). */
const sessionLinks: Record<Lang, string> = {
  en: 'of|with|at',
  de: 'bei(?: der| dem| einer| einem)?|beim|mit|zur|zum|der|einer',
  fr: "de|d['’]|chez|avec",
  nl: 'bij(?: de| een)?|met|van',
  es: 'de|con',
  it: 'di|da|con',
  pl: 'u|z|w',
  sv: 'hos|med|av|på',
  da: 'hos|med|af|på',
  no: 'hos|med|av|på',
  fi: '',
};

/**
 * A count: one or two digits or a number word, not part of a longer number, a date, a decimal or
 * a labelled number ("Nr. 12", "no. 6"), optionally written "6x".
 */
function countOf(lang: Lang): string {
  return `(?<![\\p{L}\\p{N}.,/:#-]|(?:nr|no|n°|nº|number|nummer|numéro|numero|numer)\\.?[ \\t])(?:\\d{1,2}(?:[ \\t]?[x×])?|${numberWords[lang]})`;
}

/** Words that say pregnancy, its loss or its end (the week and month growth runs only on these). */
const pregnancyStem =
  /pregnan|miscarr|birth|deliver|caesar|c-section|schwanger|fehlgeburt|geburt|entbindung|kaiserschnitt|ssw|enceinte|grossesse|fausse couche|accouchement|césarienne|zwanger|miskraam|bevalling|keizersnede|embaraz|aborto|parto|cesárea|incinta|gravidanz|cesareo|ciąż|ciaz|poron|poród|porod|gravid|graviditet|svangerskap|missfall|spontanabort|abort|förlossning|fødsel|fodsel|kejsersnit|keisersnitt|raskau|raskaana|keskenmeno|synnytys|keisarinleikkaus/iu;

/** After a pregnancy word: the week or month ("in der 12. Woche", "in week 12", "i uke 20", "w 8. miesiącu"). */
const pregnancyAfter: Record<Lang, string> = {
  en: '(?:in|at|during)[ \\t]+(?:week[ \\t]+\\d{1,2}|(?:the[ \\t]+)?\\d{1,2}(?:st|nd|rd|th)[ \\t]+(?:week|month)|\\d{1,2}[ \\t]+(?:weeks|months))(?:[ \\t]+of[ \\t]+(?:the[ \\t]+|my[ \\t]+|her[ \\t]+)?pregnancy)?',
  de: '(?:in[ \\t]+der|im)[ \\t]+(?:\\d{1,2}\\.[ \\t]*(?:Schwangerschaftswoche|Woche|SSW|Monat)|SSW[ \\t]+\\d{1,2}|Woche[ \\t]+\\d{1,2})',
  fr: "(?:à|au|en)[ \\t]+(?:\\d{1,2}[ \\t]+(?:semaines|mois)|\\d{1,2}(?:e|ème|eme)[ \\t]+(?:semaine|mois)|la[ \\t]+\\d{1,2}(?:e|ème|eme)[ \\t]+semaine)(?:[ \\t]+de[ \\t]+grossesse|[ \\t]+d['’]aménorrhée)?",
  nl: '(?:bij|met|in|op)[ \\t]+(?:\\d{1,2}[ \\t]+(?:weken|maanden)|week[ \\t]+\\d{1,2}|de[ \\t]+\\d{1,2}e[ \\t]+(?:week|maand))(?:[ \\t]+(?:van[ \\t]+de[ \\t]+)?zwangerschap)?',
  es: '(?:a[ \\t]+las|en[ \\t]+la|de)[ \\t]+(?:\\d{1,2}[ \\t]+(?:semanas|meses)|semana[ \\t]+\\d{1,2}|\\d{1,2}[ªa]?[ \\t]+semana)(?:[ \\t]+de[ \\t]+(?:embarazo|gestación))?',
  it: '(?:alla|a|di|al|nella)[ \\t]+(?:\\d{1,2}[ªa°º]?[ \\t]+(?:settimane|settimana|mesi|mese))(?:[ \\t]+di[ \\t]+gravidanza)?',
  pl: 'w[ \\t]+\\d{1,2}\\.?[ \\t]+(?:tygodniu|miesiącu|miesiacu)(?:[ \\t]+(?:ciąży|ciazy))?',
  sv: 'i[ \\t]+(?:(?:graviditets)?vecka[ \\t]+\\d{1,2}|v\\.?[ \\t]*\\d{1,2}(?![\\p{L}\\p{N}])|\\d{1,2}:?e[ \\t]+(?:veckan|månaden))',
  da: 'i[ \\t]+(?:(?:graviditets)?uge[ \\t]+\\d{1,2}|\\d{1,2}\\.[ \\t]+(?:uge|måned))',
  no: 'i[ \\t]+(?:(?:svangerskaps)?uke[ \\t]+\\d{1,2}|\\d{1,2}\\.[ \\t]+(?:uke|måned))',
  fi: '(?:raskaus)?viikolla[ \\t]+\\d{1,2}(?:\\+\\d)?',
};

/** Before a pregnancy word: the week or month, without its preposition ("[im] 8. Monat schwanger"). */
const pregnancyBefore: Record<Lang, string> = {
  en: '(?:week[ \\t]+\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)[ \\t]+(?:week|month))[ \\t]+of[ \\t]+(?:the[ \\t]+|my[ \\t]+|her[ \\t]+)?|\\d{1,2}[ \\t]+(?:weeks|months)',
  de: '\\d{1,2}\\.[ \\t]*(?:Monat|Woche)',
  fr: '\\d{1,2}(?:e|ème|eme)[ \\t]+(?:semaine|mois)[ \\t]+de',
  nl: '\\d{1,2}[ \\t]+(?:weken|maanden)',
  es: '(?:semana[ \\t]+\\d{1,2}|\\d{1,2}[ªa]?[ \\t]+semana)[ \\t]+de',
  it: '\\d{1,2}[ªa°º]?[ \\t]+(?:settimana|mese)[ \\t]+di',
  pl: '\\d{1,2}\\.?[ \\t]+(?:tygodniu|miesiącu|miesiacu)',
  sv: '\\d{1,2}[ \\t]+(?:veckor|månader)',
  da: '\\d{1,2}[ \\t]+(?:uger|måneder)',
  no: '\\d{1,2}[ \\t]+(?:uker|måneder)',
  fi: '\\d{1,2}\\.?[ \\t]+(?:raskaus)?viikolla',
};

/**
 * Treatments given at intervals, whose interval says which treatment it is (a depot injection
 * every 3 months, an infusion every 4 weeks). Tablets' daily schedules and check-ups stay outside:
 * a reviewer reads "Ibux 400 mg" and "colonoscopy" as the fact, not "three times a day".
 */
const interval =
  /inject|injeks|injekt|inyec|iniez|spritze|sprøyte|sprøjte|spruta|sprutor|piqûre|piqure|shot|jab|zastrzyk|pistos|pistoks|infus|infuu|wlew|depot|depo|prik/iu;

/** How often: "every 3 months", "alle drei Monate", "hver 3. måned", "twice a week", "3 kuukauden välein". */
function frequencyOf(lang: Lang): string {
  const n = `(?:\\d{1,2}|${numberWords[lang]})`;
  const table: Record<Lang, string> = {
    en: `every[ \\t]+(?:other[ \\t]+|${n}(?:st|nd|rd|th)?[ \\t]+|second[ \\t]+|third[ \\t]+)?(?:days?|weeks?|months?|years?|hours?)|(?:once|twice|${n}[ \\t]?(?:x|times))[ \\t]+(?:a|per|each|every)[ \\t]+(?:day|week|fortnight|month|year)`,
    de: `(?:alle|jede[nrs]?)[ \\t]+(?:${n}\\.?[ \\t]+)?(?:Tage?|Wochen?|Monate?|Jahre?|Stunden?|Quartal)|(?:einmal|zweimal|dreimal|${n}[ \\t]?(?:x|mal))[ \\t]+(?:pro|im|in[ \\t]+der|am|je)[ \\t]+(?:Tag|Woche|Monat|Jahr|Quartal)`,
    fr: `(?:tous|toutes)[ \\t]+les[ \\t]+(?:${n}[ \\t]+)?(?:jours|semaines|mois|ans|heures)|(?:une|${n})[ \\t]+fois[ \\t]+par[ \\t]+(?:jour|semaine|mois|an)|chaque[ \\t]+(?:jour|semaine|mois|année)`,
    nl: `(?:elke|iedere|om[ \\t]+de)[ \\t]+(?:${n}[ \\t]+)?(?:dagen|dag|weken|week|maanden|maand|jaar|uur)|(?:eens|een[ \\t]+keer|${n}[ \\t]?(?:x|keer))[ \\t]+per[ \\t]+(?:dag|week|maand|jaar)`,
    es: `cada[ \\t]+(?:${n}[ \\t]+)?(?:días?|semanas?|mes(?:es)?|años?|horas?)|(?:una|${n})[ \\t]+vec(?:es|ez)[ \\t]+(?:al|a[ \\t]+la|por)[ \\t]+(?:día|semana|mes|año)`,
    it: `ogni[ \\t]+(?:${n}[ \\t]+)?(?:giorni|giorno|settimane|settimana|mesi|mese|anni|anno|ore)|(?:una|${n})[ \\t]+volt[ae][ \\t]+(?:al|a|alla|per)[ \\t]+(?:giorno|settimana|mese|anno)`,
    pl: `co[ \\t]+(?:${n}[ \\t]+)?(?:dni|dzień|tygodnie|tygodni|tydzień|miesiące|miesięcy|miesiąc|lata|lat|rok|godziny|godzin)|(?:raz|${n}[ \\t]?(?:x|razy))[ \\t]+(?:w[ \\t]+(?:tygodniu|miesiącu|roku)|na[ \\t]+(?:dobę|tydzień|miesiąc)|dziennie|tygodniowo|miesięcznie)`,
    sv: `(?:var|varje)[ \\t]+(?:\\d{1,2}:?[ea][ \\t]+|annan[ \\t]+|andra[ \\t]+|tredje[ \\t]+|fjärde[ \\t]+|sjätte[ \\t]+)?(?:dag|vecka|månad|år|timme)|(?:en|${n})[ \\t]+gånger?[ \\t]+(?:i|per|om)[ \\t]+(?:dagen|veckan|månaden|året|dag|vecka|månad)`,
    da: `hvert?[ \\t]+(?:\\d{1,2}\\.[ \\t]+|anden[ \\t]+|tredje[ \\t]+|fjerde[ \\t]+|sjette[ \\t]+|halve[ \\t]+)?(?:dag|uge|måned|år|time)|(?:en|${n})[ \\t]+gange?[ \\t]+(?:om|i|pr\\.?|per)[ \\t]+(?:dagen|ugen|måneden|året|dag|uge|måned)`,
    no: `hvert?[ \\t]+(?:\\d{1,2}\\.[ \\t]+|annen[ \\t]+|andre[ \\t]+|tredje[ \\t]+|fjerde[ \\t]+|sjette[ \\t]+|halve[ \\t]+)?(?:dag|uke|måned|år|time)|(?:en|${n})[ \\t]+gang(?:er)?[ \\t]+(?:i|om|per|pr\\.?)[ \\t]+(?:døgnet|dagen|uka|uken|måneden|året|dag|uke|måned)`,
    fi: `(?:\\d{1,2}|kahden|kolmen|neljän|kuuden)[ \\t]+(?:päivän|viikon|kuukauden|vuoden|tunnin)[ \\t]+välein|(?:kerran|kahdesti|kolmesti|\\d{1,2}[ \\t]+kertaa)[ \\t]+(?:päivässä|viikossa|kuukaudessa|vuodessa)`,
  };
  return table[lang];
}

/** After what distance or time a limitation starts: "after about 50 yards", "nach 100 Metern", "po 200 metrach". */
function distanceOf(lang: Lang): string {
  const n = `(?:\\d{1,4}|${numberWords[lang]})`;
  const table: Record<Lang, [string, string, string]> = {
    // [preposition, hedges ("about", "only"), units]
    en: [
      'after|within',
      'about|around|only|just|roughly|approximately|approx\\.|barely|a few|some',
      'yards?|metres?|meters?|m|km|miles?|steps?|stairs|flights of stairs|minutes?|mins?',
    ],
    de: [
      'nach|ab',
      'etwa|ca\\.|circa|ungefähr|rund|knapp|schon|bereits|nur|wenigen|einigen',
      'Metern|Meter|m|km|Kilometern|Schritten|Stufen|Treppen|Stockwerken|Minuten|Min',
    ],
    fr: [
      'après|au bout de|dès',
      'environ|à peine|seulement|quelques|une centaine de',
      'mètres|m|km|pas|marches|étages|minutes|min',
    ],
    nl: [
      'na|vanaf',
      "ongeveer|zo['’]n|circa|ca\\.|nog geen|een paar|enkele|maar",
      'meter|m|km|stappen|treden|trappen|minuten|min',
    ],
    es: [
      'después de|tras|a los|al cabo de',
      'unos|unas|apenas|solo|sólo|poco más de',
      'metros|m|km|pasos|escalones|pisos|minutos|min',
    ],
    it: ['dopo', 'circa|appena|pochi|poche|solo|neanche', 'metri|m|km|passi|gradini|piani|rampe|minuti|min'],
    pl: [
      'po',
      'około|ok\\.|kilku|kilkunastu|zaledwie|tylko',
      'metrach|m|km|krokach|schodach|piętrach|minutach|min',
    ],
    sv: ['efter', 'ca|ungefär|cirka|bara|några|knappt', 'meter|m|km|steg|trappsteg|trappor|minuter|min'],
    da: [
      'efter',
      'ca\\.?|omkring|cirka|kun|få|nogle',
      'meter|m|km|skridt|trappetrin|trapper|etager|minutter|min',
    ],
    no: [
      'etter',
      'ca\\.?|omtrent|cirka|bare|noen|få',
      'meter|m|km|skritt|trappetrinn|trapper|etasjer|minutter|min',
    ],
    fi: ['', '', ''],
  };
  const [prep, hedge, unit] = table[lang];
  // Finnish puts the postposition last: "(noin) 50 metrin (kävelyn) jälkeen".
  if (lang === 'fi')
    return `(?:noin[ \\t]+|jo[ \\t]+)?\\d{1,4}[ \\t]+(?:metrin|kilometrin|askeleen|minuutin|portaan)[ \\t]+(?:kävelyn[ \\t]+)?jälkeen`;
  return `(?:${prep})[ \\t]+(?:(?:${hedge})[ \\t]+)?${n}[ \\t]?(?:${unit})`;
}

/** An upper-case short name (case-sensitive on purpose: the i flag would let \p{Lu} match any letter). */
const acronym = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}-]{1,9}[ \t]+$/u;

interface Regexes {
  countLeft: RegExp;
  sessionRight: RegExp;
  sessionEdge: RegExp;
  pregnancyRight: RegExp;
  pregnancyLeft: RegExp;
  distance: RegExp;
  frequency: RegExp;
}

const cache = new Map<Lang, Regexes>();

function regexes(lang: Lang): Regexes {
  let r = cache.get(lang);
  if (r) return r;
  const more = `(?:${moreWords[lang]})`;
  const session = `(?:${sessionWords[lang]})`;
  const link = sessionLinks[lang] ? `(?:[ \\t]+(?:${sessionLinks[lang]}))?` : '';
  r = {
    // "six more [physio sessions]", "zehn weitere Sitzungen [Physiotherapie]", "8 behandlinger hos [fysioterapeut]".
    // Group 1 is the session word when it lies outside the span.
    countLeft: new RegExp(
      `(?:${more}[ \\t]+)?${countOf(lang)}[ \\t]+(?:${more}[ \\t]+)?(?:(${session})${link}[ \\t]+)?$`,
      'iu',
    ),
    // "6 [chemo] cycles": the session word right after the span.
    sessionRight: new RegExp(`^[ \\t]+${session}(?![\\p{L}\\p{N}])`, 'iu'),
    // The span itself begins or ends with a session word ("cycles of CAPOX chemo", "physio sessions").
    sessionEdge: new RegExp(`^${session}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${session}$`, 'iu'),
    pregnancyRight: new RegExp(`^[ \\t]+(?:${pregnancyAfter[lang]})(?![\\p{L}\\p{N}])`, 'iu'),
    pregnancyLeft: new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${pregnancyBefore[lang]})[ \\t]+$`, 'iu'),
    // Sticky: tried at the span's end and at the starts of its last words, so that a span cut in
    // the middle of the phrase ("breathless after about 50") still reaches its end.
    distance: new RegExp(`(?:${distanceOf(lang)})(?![\\p{L}\\p{N}])`, 'iuy'),
    frequency: new RegExp(`(?:${frequencyOf(lang)})(?![\\p{L}\\p{N}])`, 'iuy'),
  };
  cache.set(lang, r);
  return r;
}

/** Grows over a frequency or a distance that starts at the span's end or inside its last words. */
function growTail(text: string, span: { start: number; end: number }, tail: RegExp): void {
  // Candidate starts: the first word after the span, then the starts of the span's last three words.
  const starts: number[] = [];
  const next = /^[ \t]+/.exec(text.slice(span.end, span.end + 4));
  if (next) starts.push(span.end + next[0].length);
  let words = 0;
  for (let i = span.end - 1; i > span.start && words < 3; i--)
    if (/[ \t]/.test(text.charAt(i - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(i))) {
      starts.push(i);
      words++;
    }
  for (const at of starts) {
    tail.lastIndex = at;
    const m = tail.exec(text);
    if (m && at + m[0].length > span.end) {
      span.end = at + m[0].length;
      return;
    }
  }
}

/** Grows a HEALTH span in place over its count, pregnancy week or month, frequency and distance. */
export function growQuantity(text: string, span: { start: number; end: number }, lang: Lang): void {
  const r = regexes(lang);
  const own = text.slice(span.start, span.end);
  if (pregnancyStem.test(own)) {
    const right = r.pregnancyRight.exec(text.slice(span.end, span.end + 60));
    if (right) span.end += right[0].length;
    const left = r.pregnancyLeft.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (left) span.start -= left[0].length;
  }
  growTail(text, span, r.distance);
  if (interval.test(own)) growTail(text, span, r.frequency);
  const sessionAfter = r.sessionRight.exec(text.slice(span.end, span.end + 30));
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const count = r.countLeft.exec(before);
  let reach = count && (count[1] || sessionAfter || r.sessionEdge.test(own)) ? count[0].length : 0;
  // A regimen's short name between the session word and the therapy ("6 cycles of CAPOX [chemo]").
  const name = count ? null : acronym.exec(before);
  const outer = name ? r.countLeft.exec(before.slice(0, before.length - name[0].length)) : null;
  if (name && outer?.[1]) reach = outer[0].length + name[0].length;
  if (reach) {
    span.start -= reach;
    if (sessionAfter && !count?.[1] && !outer) span.end += sessionAfter[0].length;
  }
}
