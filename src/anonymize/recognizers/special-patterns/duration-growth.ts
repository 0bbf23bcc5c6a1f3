import type { Lang } from '../../anonymize.types.js';
import { twoToTen } from './number-words.js';

/**
 * Growth of a HEALTH span over how long a stay or a sick leave lasted and how high a measured value
 * was: "seven weeks in hospital", "drei Wochen im Krankenstand", "indlagt en nat", "vårdades två
 * dygn på avdelning", "osastolla kahdeksan vuorokautta", "febbre a 39,8", "Pflegegrad 3". The
 * lexicon finds the care setting or the measurement; the duration and the value belong to the
 * same fact (and a stay's length points to its severity).
 */

/** Numbers of a stay's length: "one", the articles and the vague counts around two to ten. */
const numbers: Record<Lang, string> = {
  en: `one|${twoToTen.en}|a few|several|a couple of|many|a|an`,
  de: `ein(?:e|en|em)?|${twoToTen.de}|einige[n]?|mehrere[n]?|paar`,
  fr: `un|une|${twoToTen.fr}|quelques|plusieurs`,
  nl: `een|één|${twoToTen.nl}|enkele|paar`,
  es: `un|una|${twoToTen.es}|unos|unas|varios|varias`,
  it: `un|una|${twoToTen.it}|alcuni|alcune|qualche`,
  pl: `jeden|jedną|${twoToTen.pl}|kilka|kilku`,
  sv: `en|ett|${twoToTen.sv}|några|flera`,
  da: `en|et|${twoToTen.da}|nogle|flere`,
  no: `en|ett|ei|${twoToTen.no}|noen|flere`,
  // With the genitives a length takes ("kolmen viikon hoito").
  fi: `yksi|yhden|${twoToTen.fi}|kahden|kolmen|neljän|viiden|kuuden|muutaman|useamman|pari`,
};

const units: Record<Lang, string> = {
  en: 'days?|nights?|weeks?|months?|hours?',
  de: 'Tage[n]?|Tag|Nächte[n]?|Nacht|Wochen?|Monate[n]?|Monat|Stunden?',
  fr: 'jours?|nuits?|semaines?|mois|heures?',
  nl: 'dagen|dag|nachten|nacht|weken|week|maanden|maand|uur',
  es: 'días?|noches?|semanas?|mes(?:es)?|horas?',
  it: 'giorni|giorno|notti|notte|settimane|settimana|mesi|mese|ore',
  pl: 'dni|dzień|doby|dób|dobę|noc|nocy|tygodnie|tygodni|tydzień|miesiące|miesięcy|miesiąc|godzin',
  sv: 'dagar|dag|dygn|nätter|natt|veckor|vecka|månader|månad|timmar',
  da: 'dage|dag|døgn|nætter|nat|uger|uge|måneder|måned|timer',
  no: 'dager|dag|døgn|netter|natt|uker|uke|måneder|måned|timer',
  fi: 'päivää|päivän|päivä|vuorokautta|vuorokauden|yötä|yön|viikkoa|viikon|kuukautta|kuukauden|tuntia',
};

/** Between the duration and a care setting before it ("in hospital", "im Krankenstand", "på avdelning"). */
const links: Record<Lang, string> = {
  en: 'in|on|at|in the|on the|at the|of',
  de: 'im|in der|in|auf der|auf|bei',
  fr: "à l['’]|à la|au|en|dans|sous",
  nl: 'in het|in|op de|op|aan de',
  es: 'en el|en la|en|de',
  it: "in|al|alla|all['’]|nel|nella|di",
  pl: 'w|we|na',
  sv: 'på|i|inom',
  da: 'på|i',
  no: 'på|i',
  fi: '',
};

/** A care-setting word that takes a duration directly before it ("2 Tage stationär", "4 uur observatie"). */
const stayWords =
  /^(?:stationär\p{L}*|opname|observatie|ziekenhuisopname|reha\p{L}*|indlæggelse|innleggelse|sjukhusvistelse|sairaalahoito\p{L}*|hospitali[sz]ation|hospitalizaci[oó]n|ricovero|hospitalizacj\p{L}+|ospedale)$/iu;

/**
 * A measurement or grade that takes a value after it ("fever of 39", "Pflegegrad 3", "hémoglobine à
 * 11,2", "colesterol LDL en 245", "AMH à 1,4"): the span's last word is a lab value, a vital sign or
 * a grade word.
 */
const measured =
  /(?:fever|temperature|fieber|temperatur|fièvre|température|fiebre|febbre|koorts|feber|kuume\p{L}*|gorączk\p{L}*|hémoglobine|h[aeä]moglobin\p{L}*|emoglobina|hemoglobiini|hba1c|psa|inr|crp|amh|tsh|ft4|ferritin\p{L}*|ldl|hdl|egfr|kreatinin\p{L}*|creatinin\p{L}*|créatinine|triglyc\p{L}*|glu[ck]os\p{L}*|glycémie|glucemia|glicemia|blutzucker|blood sugar|blodsukker|blodsocker|bloedsuiker|verensokeri|cholesterol\p{L}*|cholestérol|colesterol\p{L}*|kolesterol\p{L}*|blutdruck|blood pressure|tension|bloeddruk|blodtryck|blodtryk|blodtrykk|pressione|ciśnienie|puls|pulse|pouls|pulso|polso|pols|tętno|saturation|sättigung|saturazione|saturación|spo2|pflegegrad|pflegestufe|grad|grade|stage|stadium|grado|stopień|stopnia|aste|gdb)$/iu;

/** A sick leave takes its length after it with a preposition ("arrêt de travail de 15 jours", "Krankschreibung für zwei Wochen"). */
const sickLeave =
  /sick|signed off|fit note|off work|krank|arbeitsunfähig|\bAU\b|arrêt|ziek|baja|incapacidad temporal|malattia|zwolnien|\bL4\b|sjuk|syg|syk|sairausloma/iu;
const sickLinks: Record<Lang, string> = {
  en: 'for|of',
  de: 'für|von|über',
  fr: "de|pour|d['’]une durée de|pendant",
  nl: 'voor|van',
  es: 'de|por|durante',
  it: 'di|per',
  pl: 'na|przez',
  sv: 'i|på',
  da: 'i|for|på',
  no: 'i|for|på',
  fi: '',
};

const numeral = '\\d+(?:[.,]\\d+)?';
const cache = new Map<
  Lang,
  {
    before: RegExp;
    after: RegExp;
    direct: RegExp;
    value: RegExp;
    linked: RegExp;
    sick: RegExp;
    unitAfter: RegExp;
  }
>();

function regexes(lang: Lang) {
  let r = cache.get(lang);
  if (r) return r;
  const n = `(?:${numeral}|${numbers[lang]})`;
  const span = `${n}(?:[ \\t]*(?:-|–|à|a|to|bis|tot|till|til|do|tai|o)[ \\t]*${n})?[ \\t]+(?:${units[lang]})`;
  const link = links[lang] ? `(?:${links[lang]})` : '(?!)';
  const before = new RegExp(`(?<![\\p{L}\\p{N}])${span}[ \\t]+${link}[ \\t]+$`, 'iu');
  const direct = new RegExp(`(?<![\\p{L}\\p{N}])${span}[ \\t]+$`, 'iu');
  const after = new RegExp(`^[ \\t]+(?:${link}[ \\t]+)?${span}(?![\\p{L}\\p{N}])`, 'iu');
  const value = new RegExp(
    `^(?:[ \\t]*[:=])?[ \\t]+(?:(?:a|à|of|von|de|di|da|van|på|op|na|w|on|at|en|bei|ved|yli|über|over|oltre|na poziomie|lag bei|liegt bei|was|war|était|era|var|oli|wynosi)[ \\t]+)?${numeral}(?:/\\d{2,3}(?![.,]\\d))?(?:[ \\t]*(?:°C|°|%|mmol/l|mmol/mol|µmol/l|pmol/l|mg/dl|mg/l|g/dl|g/l|ng/ml|ng/l|µg/l|U/l|IU/l|IE/l|mmHg|bpm|/min|grader|gradi|grados|degrés|degrees|Grad|stopni))?(?![\\p{L}\\p{N}])`,
    'iu',
  );
  // A care-setting term may carry its own preposition ("in hospital"): then the duration sits right before it.
  const linked = new RegExp(`^${link}[ \\t]`, 'iu');
  const sickLink = sickLinks[lang] ? `(?:(?:${sickLinks[lang]})[ \\t]+)?` : '';
  const sick = new RegExp(`^[ \\t]+${sickLink}${span}(?![\\p{L}\\p{N}])`, 'iu');
  // A span that ends on a number before its time unit ("Holter ECG 24 [ore]").
  const unitAfter = new RegExp(`^[ \\t]*(?:${units[lang]})(?![\\p{L}\\p{N}])`, 'iu');
  r = { before, after, direct, value, linked, sick, unitAfter };
  cache.set(lang, r);
  return r;
}

/** Grows a HEALTH span in place over a stay's duration and a measurement's value. */
export function growDuration(text: string, span: { start: number; end: number }, lang: Lang): void {
  const { before, after, direct, value, linked, sick, unitAfter } = regexes(lang);
  // A value cut at its decimal comma or point ("AMH à 1" of "AMH à 1,4") takes its decimals.
  if (/\p{N}$/u.test(text.slice(span.end - 1, span.end))) {
    const decimals = /^[.,]\d+(?![.,]?\p{N})/u.exec(text.slice(span.end, span.end + 8));
    if (decimals) span.end += decimals[0].length;
    const unit = unitAfter.exec(text.slice(span.end, span.end + 16));
    if (unit) span.end += unit[0].length;
  }
  const own = text.slice(span.start, span.end);
  const left = text.slice(Math.max(0, span.start - 50), span.start);
  // A stay or a sick leave takes its length right before it ("2 Tage stationär", "sechs Wochen
  // krankgeschrieben", "tre uger sygemeldt").
  const takesLength = stayWords.test(own) || linked.test(own) || sickLeave.test(/^\S*/u.exec(own)![0]);
  const l = before.exec(left) ?? (takesLength ? direct.exec(left) : null);
  if (l) span.start -= l[0].length;
  const right = text.slice(span.end, span.end + 50);
  const m =
    (measured.test(own) ? value.exec(right) : null) ??
    after.exec(right) ??
    (sickLeave.test(own) ? sick.exec(right) : null);
  if (m) span.end += m[0].length;
}
