/**
 * Cue words for dates written without a full day-month-year, in the 11 languages: a month or a
 * year alone is a date of the person's life only after a word that puts something in time ("in
 * March", "seit 2022", "depuis 2014", "w grudniu", "maaliskuussa"). Regex sources, matched
 * case-insensitively (spaces match any run of blanks). Kept apart from the logic in dates.ts so a
 * language's words can grow without touching it.
 */

/** Before a month name alone: "in March", "seit November", "en avril", "da febbraio", "od marca". */
export const beforeMonth = [
  // en
  'in',
  'since',
  'until',
  'till',
  'from',
  'by',
  'during',
  'through',
  // de
  'im',
  'seit',
  'bis',
  'ab',
  'von',
  // fr
  'en',
  'depuis',
  "jusqu['’]en",
  'dès',
  'courant',
  // nl
  'sinds',
  'tot',
  'vanaf',
  // es
  'desde',
  'hasta',
  'de',
  // sv, da, no
  'i',
  'sedan',
  'sen',
  'från',
  'till',
  'siden',
  'fra',
  'til',
  'indtil',
  'frem til',
  // it
  'a',
  'ad',
  'da',
  'fino a',
  'entro',
  'nel mese di',
  // pl (with the genitive: "od marca", "do maja", "od stycznia")
  'od',
  'do',
];

/**
 * Part-of-month words, taken into the span with the month: "half mei", "Ende März", "fin mars",
 * "early March", "a finales de marzo", "i slutet av maj", "pod koniec marca".
 */
export const monthParts = [
  'early',
  'mid',
  'mid-',
  'late',
  'end of',
  'the end of',
  'beginning of',
  'the beginning of',
  'the middle of',
  'anfang',
  'mitte',
  'ende',
  'début',
  'fin',
  'mi-',
  'half',
  'begin',
  'eind',
  'medio',
  'principios de',
  'finales de',
  'mediados de',
  'i början av',
  'i slutet av',
  'i mitten av',
  'i slutningen af',
  'i slutten av',
  'i starten af',
  'i starten av',
  'inizio',
  'fine',
  'metà',
  'na początku',
  'pod koniec',
  'w połowie',
];

/** Polish months in the locative, after "w"/"we": "w grudniu", "we wrześniu". */
export const polishLocativeMonths = [
  'styczniu',
  'lutym',
  'marcu',
  'kwietniu',
  'maju',
  'czerwcu',
  'lipcu',
  'sierpniu',
  'wrześniu',
  'październiku',
  'listopadzie',
  'grudniu',
];

/** Finnish month stems: "maalis" + "kuu" + a case ending. */
export const finnishMonthStems = [
  'tammi',
  'helmi',
  'maalis',
  'huhti',
  'touko',
  'kesä',
  'heinä',
  'elo',
  'syys',
  'loka',
  'marras',
  'joulu',
];

/**
 * Finnish case endings that make a month a date on their own: "maaliskuussa" (in), "-sta" (from),
 * "-hun" (until), "-lla" ("toukokuulla", during).
 */
export const finnishMonthCases = ['ssa', 'ssä', 'sta', 'stä', 'hun', 'lla', 'llä'];

/**
 * Finnish postpositions after a month in the genitive: "maaliskuun loppuun", "toukokuun alussa",
 * "kesäkuun aikana".
 */
export const finnishAfterGenitive = [
  'alussa',
  'alusta',
  'alkuun',
  'alkupuolella',
  'puolivälissä',
  'puolivälin',
  'lopussa',
  'loppuun',
  'lopulla',
  'loppupuolella',
  'aikana',
  'ajan',
];

/** Before a year alone: "since 2022", "seit 2022", "für 2024", "nel 2022", "vuonna 2019", "od 2022 r.". */
export const beforeYear = [
  // en
  'in',
  'since',
  'until',
  'from',
  'by',
  'during',
  'early',
  'late',
  'mid',
  'the year',
  // de
  'im jahre?',
  'seit',
  'bis',
  'ab',
  'von',
  'für',
  'anfang',
  'mitte',
  'ende',
  // fr
  'en',
  'depuis',
  "jusqu['’]en",
  'dès',
  "l['’]année",
  // nl
  'sinds',
  'sedert',
  'tot',
  'vanaf',
  'medio',
  'het jaar',
  // es
  'desde',
  'hasta',
  'el año',
  'del año',
  // sv, da, no
  'i',
  'sedan',
  'sen',
  'från',
  'till',
  'siden',
  'fra',
  'til',
  'år',
  'året',
  // it
  'nel',
  'dal',
  "dall['’]",
  'fino al',
  "nell['’]anno",
  "dell['’]anno",
  // fi
  'vuonna',
  'vuodesta',
  'vuoteen',
  'vuoden',
  // pl
  'w',
  'od',
  'do',
  'w roku',
  'od roku',
];

/** Words joining two years or two dates into one mention: "2024 und 2025", "15.05, 15.06 i 15.07". */
export const joiners = [
  'and',
  'und',
  'et',
  'en',
  'y',
  'e',
  'och',
  'og',
  'ja',
  'i',
  'oraz',
  'or',
  'oder',
  'ou',
  'o',
];

/** Before a day.month without a year: "od 19.04", "am 3.3", "den 30.4", "du 5.6". */
export const beforeDayMonth = [
  'am',
  'vom',
  'bis',
  'ab',
  'seit',
  'zum',
  'on',
  'from',
  'until',
  'since',
  'by',
  'le',
  'du',
  'au',
  "jusqu['’]au",
  'depuis le',
  'el',
  'del',
  'al',
  'desde el',
  'hasta el',
  'il',
  'dal',
  'op',
  'tot',
  'vanaf',
  'per',
  'den',
  'd\\.',
  'fra',
  'från',
  'til',
  'till',
  'fr\\.o\\.m\\.',
  't\\.o\\.m\\.',
  'od',
  'do',
  'dnia',
  'dn\\.',
  'z dnia',
  'w dniu',
  'na',
];

/** Before a time that belongs to the date before it: "23. maj kl. 14", "28.05.2024, godz. 7:40". */
export const timeCues = [
  'at',
  'um',
  'à',
  'a las',
  'alle',
  'alle ore',
  'om',
  'kl\\.?',
  'klo',
  'klockan',
  'godz\\.?',
  'o godz\\.?',
  'o',
];

/** Weekday abbreviations before a date, with their dot: "Mo., 12. Mai", "ons. 29. mai". */
export const weekdayShort = [
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
  'sa',
  'so',
  'lun',
  'mar',
  'mer',
  'jeu',
  'ven',
  'sam',
  'dim',
  'ma',
  'wo',
  'vr',
  'za',
  'zo',
  'mån',
  'tis',
  'ons',
  'tor',
  'fre',
  'lör',
  'sön',
  'man',
  'tir',
  'lør',
  'søn',
];

/** Weekdays of the languages the meeting-cue list in quasi-identifiers.data.ts does not cover. */
export const moreWeekdays = [
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
  'søndag',
  // fi: the weekday in any case ("torstaina", "torstaille", "maanantaihin")
  'maanantai\\p{Ll}{0,4}',
  'tiistai\\p{Ll}{0,4}',
  'keskiviik\\p{Ll}{1,5}',
  'torstai\\p{Ll}{0,4}',
  'perjantai\\p{Ll}{0,4}',
  'lauantai\\p{Ll}{0,4}',
  'sunnuntai\\p{Ll}{0,4}',
  'poniedziałek',
  'wtorek',
  'środa',
  'czwartek',
  'piątek',
  'sobota',
  'niedziela',
  'w poniedziałek',
  'we wtorek',
  'w środę',
  'w czwartek',
  'w piątek',
  'w sobotę',
  'w niedzielę',
  // pl genitive after "od", "do", "z": "od wtorku 12 marca"
  'poniedziałku',
  'wtorku',
  'środy',
  'czwartku',
  'piątku',
  'soboty',
  'niedzieli',
];
