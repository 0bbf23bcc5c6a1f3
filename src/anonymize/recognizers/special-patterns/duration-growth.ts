import type { Lang } from '../../anonymize.types.js';

/**
 * Growth of a HEALTH span over how long a stay or a sick leave lasted and how high a measured value
 * was: "seven weeks in hospital", "drei Wochen im Krankenstand", "indlagt en nat", "vårdades två
 * dygn på avdelning", "osastolla kahdeksan vuorokautta", "febbre a 39,8", "Pflegegrad 3". The
 * lexicon finds the care setting or the measurement; the duration and the value belong to the
 * same fact (and a stay's length points to its severity).
 */

const numbers: Record<Lang, string> = {
  en: 'one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of|many|a|an',
  de: 'ein(?:e|en|em)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|einige[n]?|mehrere[n]?|paar',
  fr: 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs',
  nl: 'een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|paar',
  es: 'un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|unas|varios|varias',
  it: 'un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|alcuni|alcune|qualche',
  pl: 'jeden|jedną|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|kilka|kilku',
  sv: 'en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några|flera',
  da: 'en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|nogle|flere',
  no: 'en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|noen|flere',
  fi: 'yksi|yhden|kaksi|kahden|kolme|kolmen|neljä|neljän|viisi|viiden|kuusi|kuuden|seitsemän|kahdeksan|yhdeksän|kymmenen|muutaman|useamman|pari',
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

/** A measurement or grade that takes a value after it ("fever of 39", "Pflegegrad 3", "hémoglobine à 11,2"). */
const measured =
  /(?:fever|temperature|fieber|temperatur|fièvre|température|fiebre|febbre|koorts|feber|kuume\p{L}*|gorączk\p{L}*|hémoglobine|h[aeä]moglobin\p{L}*|emoglobina|hba1c|psa|inr|crp|glu[ck]os\p{L}*|blutzucker|blood sugar|verensokeri|cholesterol\p{L}*|blutdruck|blood pressure|pflegegrad|pflegestufe|grad|grade|stage|stadium|grado|stopień|stopnia|aste|gdb)$/iu;

const numeral = '\\d+(?:[.,]\\d+)?';
const cache = new Map<
  Lang,
  { before: RegExp; after: RegExp; direct: RegExp; value: RegExp; linked: RegExp }
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
    `^[ \\t]+(?:(?:a|à|of|von|de|di|da|van|på|op|na|w|on|at|bei|ved|yli|über|over|über|oltre)[ \\t]+)?${numeral}(?:[ \\t]*(?:°C|°|%|mmol/l|mg/dl|g/dl|g/l|grader|gradi|grados|degrés|degrees|Grad|stopni))?(?![\\p{L}\\p{N}])`,
    'iu',
  );
  // A care-setting term may carry its own preposition ("in hospital"): then the duration sits right before it.
  const linked = new RegExp(`^${link}[ \\t]`, 'iu');
  r = { before, after, direct, value, linked };
  cache.set(lang, r);
  return r;
}

/** Grows a HEALTH span in place over a stay's duration and a measurement's value. */
export function growDuration(text: string, span: { start: number; end: number }, lang: Lang): void {
  const { before, after, direct, value, linked } = regexes(lang);
  const own = text.slice(span.start, span.end);
  const left = text.slice(Math.max(0, span.start - 50), span.start);
  const l = before.exec(left) ?? (stayWords.test(own) || linked.test(own) ? direct.exec(left) : null);
  if (l) span.start -= l[0].length;
  const right = text.slice(span.end, span.end + 50);
  const m = (measured.test(own) ? value.exec(right) : null) ?? after.exec(right);
  if (m) span.end += m[0].length;
}
