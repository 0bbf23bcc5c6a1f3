import type { Lang, Span } from '../anonymize.types.js';
import { currencyCodes } from './currency.words.js';
import {
  beforeDayMonth,
  beforeMonth,
  beforeYear,
  finnishAfterGenitive,
  finnishMonthCases,
  finnishMonthStems,
  joiners,
  monthParts,
  moreWeekdays,
  polishLocativeMonths,
  timeCues,
  weekdayShort,
} from './dates.words.js';
import { birthCues, eventCues, meetingCues, months, weekdays } from './quasi-identifiers.data.js';
import { alternation, firstCharMatches, wordEnd, wordStart, wordStartMatches } from './regex-tools.js';

/**
 * Dates of events in the person's life (quasi-identifiers, GDPR Recital 26), in the 11 languages:
 * full dates ("3 marca 2024 r.", "3. maaliskuuta", "den 3:e mars", "il 3 marzo", "28.05.2024,
 * godz. 7:40"), and the shorter mentions that say as much in a story: a month or a year after a
 * word that puts something in time ("in March", "seit 2022", "w grudniu", "maaliskuussa"), a day
 * and month without a year ("21.2.", "od 19.04", "30.4–9.6"). Weekdays, ranges and times written
 * with a date join its span. Dates right after a birth word belong to the DOB recognizer, and the
 * timestamps of quote headers ("Am 15.05.2025 um 21:40 schrieb …", "Sent: …") are the mail's
 * metadata, not the person's story: both are left out.
 */

const month = alternation(months);
const fullMonths = alternation(months.filter((m) => /^[\p{L}]+$/u.test(m)));
const day = '(?:0?[1-9]|[12]\\d|3[01])';
const monthNum = '(?:0?[1-9]|1[0-2])';
const year = '(?:1[89]\\d\\d|2[01]\\d\\d)';
const ordinal = '(?:\\.|st|nd|rd|th|er|e|:e|:a|º|ª)?';
const blank = '[ \\t]';
const yearSuffix = `(?:${blank}*r\\.|${blank}+roku)?`;
const dateSources = [
  // 2 May, 3. März 2024, le 5 juin, 3 de mayo de 2024, 5th of May, 5. kesäkuuta, 5 maja, den 3:e mars
  `${day}${ordinal}(?:${blank}+(?:de|of|del))?${blank}*${month}(?:,?${blank}+(?:de${blank}+)?${year}${yearSuffix})?`,
  // May 2, May 2nd, 2024 (the year is needed outside English: "vanaf juni 4 uur" is no date)
  `${month}${blank}+${day}(?:st|nd|rd|th)?,?${blank}+${year}`,
  // 02.05.2024, 2/5/24, 2-5-2024, 2024-05-02, 5/22/2024 (US)
  `${day}[./-]${monthNum}[./-](?:${year}|\\d{2})${yearSuffix}`,
  `${year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])`,
  `${monthNum}/${day}/(?:${year}|\\d{2})`,
  // May 2024, junio de 2023
  `${month}${blank}+(?:de${blank}+)?${year}${yearSuffix}`,
];
const englishMonthDay = `${month}${blank}+${day}(?:st|nd|rd|th)?`;
const dateTail = '(?![\\p{L}\\p{N}]|[./-]\\d)';
const dateRe = new RegExp(`${wordStart}(?:${dateSources.join('|')})${dateTail}`, 'gu');
const englishRe = new RegExp(`${wordStart}${englishMonthDay}${dateTail}`, 'gu');
const monthYearOnly = new RegExp(`^${month}${blank}+(?:de${blank}+)?${year}`, 'u');
// A weekday with the day's ordinal and no month: "Saturday 12th", "Monday the 3rd".
const weekdayOrdinalRe = new RegExp(
  `${wordStart}${alternation(weekdays.slice(0, 7))}${blank}+(?:the${blank}+)?${day}(?:st|nd|rd|th)${wordEnd}`,
  'gu',
);

// A month alone, after a preposition (the span is the month) or a part-of-month word (the span
// takes the word too: "half mei", "Ende März", "fin mars").
const monthAfterRe = new RegExp(
  `${wordStart}${alternation(beforeMonth)}${blank}+(${fullMonths})${wordEnd}`,
  'gdu',
);
const monthPartRe = new RegExp(
  `${wordStart}${alternation(monthParts)}(?:${blank}+|(?<=-))(?:${fullMonths})${wordEnd}`,
  'gu',
);
const polishMonthRe = new RegExp(
  `${wordStart}[wW][eE]?${blank}+(${alternation(polishLocativeMonths)}(?:${blank}+${year}${yearSuffix})?)${wordEnd}`,
  'gdu',
);
const fiStem = `${alternation(finnishMonthStems)}kuu`;
const finnishMonthRe = new RegExp(
  `${wordStart}(?:${fiStem}(?:${alternation(finnishMonthCases)})|${fiStem}n${blank}+(?:${day}\\.${blank}+päivä\\p{L}*|${alternation(finnishAfterGenitive)}))${wordEnd}`,
  'gu',
);

// A year alone after its preposition ("seit 2022", "2014–2016"); a second one joined by "und" is a list item.
const bareYear = '(?:19\\d\\d|20[0-4]\\d)';
const notQuantity = `(?![ \\t]*(?:%|€|\\$|£|[kK]r\\b|zł|[eE]uros?\\b|${currencyCodes.join('|')}|km\\b|kg\\b|m²|m2\\b|cm\\b|mm\\b|ml\\b|mg\\b))`;
const yearAfterRe = new RegExp(
  `${wordStart}${alternation(beforeYear)}${blank}+(${bareYear}(?:${blank}*[-–/]${blank}*${bareYear})?${yearSuffix})(?![\\p{L}\\p{N}_]|[.,]\\d)${notQuantity}`,
  'gdu',
);

// Day and month without a year. With its trailing dot ("21.2.") it is hardly anything else, unless
// a section or version word stands before it; without ("19.04", "30.4") it needs a preposition
// before it or a second day.month after a dash.
const dayMonth = `${day}\\.${monthNum}`;
const notNumbered =
  /(?:version|versie|v|kap|kapitel|chapter|section|abschnitt|absatz|abs|punkt|pkt|kohta|luku|pykälä|art|artikel|artikkeli|nr|no|nro|§|ziff|seite|page|p|s|sida|side|sivu|step|schritt|tab|fig|rozdz|ust|par)\.?[ \t]*$/iu;
const dottedRe = new RegExp(`(?<![\\p{L}\\p{N}.,/:])${dayMonth}\\.(?![\\p{N}]|[.,]\\p{N})`, 'gu');
// After such a preposition a slash works too ("on 21/11", "le 30/11", "d. 9/10"), unless it is a
// share of something ("by 1/2 of the amount") or round the clock ("24/7").
const dayMonthSlash = `(?!24/7(?!\\d))${day}/${monthNum}(?!${blank}+(?:of|de|des|del|der|van|av|af|di|z)(?![\\p{L}]))`;
const cuedRe = new RegExp(
  `${wordStart}${alternation([...beforeDayMonth, ...weekdays])}${blank}+(${dayMonth}\\.?|${dayMonthSlash})(?![\\p{N}]|[.,/]\\p{N})${notQuantity}`,
  'gdu',
);
const rangeRe = new RegExp(
  `(?<![\\p{L}\\p{N}.,/:])${dayMonth}\\.?${blank}*[-–]${blank}*${dayMonth}\\.?(?![\\p{N}]|[.,]\\p{N})${notQuantity}`,
  'gu',
);
const listedRe = new RegExp(
  `(?:,${blank}*|${blank}+${alternation(joiners)}${blank}+)(${dayMonth}\\.?|${bareYear}${yearSuffix})(?![\\p{N}]|[.,]\\p{N})${notQuantity}`,
  'dyu',
);

// What joins a date's span: the weekday before it, the first day of a range, the time after it.
const weekdayBefore = new RegExp(
  `${wordStart}(?:${alternation([...weekdays, ...moreWeekdays])}|${alternation(weekdayShort)}\\.)${blank}*,?${blank}+(?:(?:den|the)${blank}+)?$`,
  'u',
);
// The first day of a range written with one month: "vom 4. bis 7. April", "du 4 au 7 mai".
const rangeStartBefore = new RegExp(
  `(?<![\\p{L}\\p{N}.,/:])(${day}\\.?)${blank}*(?:[-–]|${alternation(['bis', 'to', 'till', 'til', 'tot', 'au', 'al', 'a', 'do', 'and', 'und', 'et', 'e', 'y', 'och', 'og', 'ja', 'i'])})${blank}*$`,
  'du',
);
// What joins the months of a range ("bis", "till", "hasta", a dash).
const monthsJoined = `(?:[-–]|${alternation(['bis', 'to', 'until', 'till', 'til', 'tot', 'au', 'à', 'al', 'hasta', 'a', 'do', 'fino a'])})`;
// The first month of a range of months: "September bis Mitte Oktober", "april till augusti".
const monthRangeStartBefore = new RegExp(
  `${wordStart}(${fullMonths})${blank}*${monthsJoined}${blank}+$`,
  'du',
);
// And the last one, after a month found: "from May to September".
const monthRangeEndAfter = new RegExp(
  `${blank}*${monthsJoined}${blank}+((?:${alternation(monthParts)}${blank}+)?(?:${fullMonths}))${wordEnd}`,
  'dyu',
);
const timeAfter = new RegExp(
  `(?:,?${blank}*${alternation(timeCues)}${blank}*\\d{1,2}(?:[:.h]\\d{2})?(?:${blank}*(?:Uhr|uur|h|horas|ore)(?![\\p{L}]))?|,?${blank}+\\d{1,2}:\\d{2}(?::\\d{2})?)(?![\\p{N}]|[:.]\\d)`,
  'uy',
);

// Within the birth word's sentence only: "date of birth. It's 3/23/1940" is still found as a date.
const birthRe = new RegExp(`${wordStart}${alternation(birthCues)}[^\\n\\d.!?]{0,25}$`, 'u');
const eventRe = new RegExp(`${wordStart}${alternation(eventCues)}${wordEnd}`, 'u');
const weekdayRe = new RegExp(
  `${wordStart}${alternation(meetingCues)}${wordEnd}[^.!?\\n]{0,20}?${wordStart}(${alternation(weekdays)})${wordEnd}`,
  'gdu',
);

// Quote headers: "On … wrote:", "Am … schrieb …:", "Le … a écrit :", "… kirjoitti 24.6.2024 klo 22.14:",
// and the "Sent:" line of an Outlook header block.
const wroteLine = new RegExp(
  `${wordStart}${alternation(['wrote', 'schrieb', 'a écrit', 'escribió', 'schreef', 'skrev', 'ha scritto', 'kirjoitti', 'napisał\\(a\\)', 'napisała?', 'pisze'])}${wordEnd}.*:[ \\t]*$`,
  'u',
);
const sentLine = new RegExp(
  `^[> \\t]*${alternation(['sent', 'date', 'gesendet', 'datum', 'envoyé', 'enviado el', 'enviado', 'fecha', 'verzonden', 'skickat', 'sendt', 'inviato', 'data', 'lähetetty', 'päivämäärä', 'wysłano'])}[ \\t]*:`,
  'u',
);

/** [start, end) of the lines that are quote headers (with the line before a wrapped "wrote:" line). */
function quoteHeaders(text: string): [number, number][] {
  const out: [number, number][] = [];
  let prev: [number, number] | undefined;
  for (const m of text.matchAll(/[^\n]*/gu)) {
    const line = m[0];
    const range: [number, number] = [m.index, m.index + line.length];
    if (sentLine.test(line)) out.push(range);
    else if (wroteLine.test(line)) {
      out.push(range);
      if (prev && !/\d/.test(line)) out.push(prev);
    }
    if (line.length > 0) prev = range;
  }
  return out;
}

/** The span with the weekday written right before it ("Sunday 11 May") and the time after it ("kl. 14"). */
function extend(text: string, start: number, end: number): [number, number] {
  const head = text.slice(Math.max(0, start - 24), start);
  const weekday = weekdayBefore.exec(head);
  if (weekday) start -= head.length - weekday.index;
  timeAfter.lastIndex = end;
  const time = timeAfter.exec(text);
  if (time) end += time[0].length;
  return [start, end];
}

/** Every event date of the text as DATE spans, overlapping finds joined into one. */
export function eventDates(text: string, lang: Lang): Span[] {
  const found: Span[] = [];
  // Each place once: the list and range steps below add spans to the list they walk, and a span
  // added twice would be walked again ("1 i 2022" made "2022" and "1" find each other forever).
  const seen = new Set<number>();
  const add = (start: number, end: number, score: number) => {
    const key = start * (text.length + 1) + end;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ start, end, type: 'DATE', source: 'quasi-identifiers', score });
  };
  for (const m of wordStartMatches(weekdayRe, text)) {
    const [start, end] = m.indices![1]!;
    add(start, end, 0.5);
  }
  const full =
    lang === 'en'
      ? [...wordStartMatches(dateRe, text), ...wordStartMatches(englishRe, text)]
      : wordStartMatches(dateRe, text);
  for (const m of full) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const score = monthYearOnly.test(m[0]) ? 0.5 : eventRe.test(before) ? 0.8 : 0.65;
    add(m.index, m.index + m[0].length, score);
  }
  // Months are capitalised in English and German ("in may be" is no date) and written in lower
  // case elsewhere, where a capitalised one is a name ("en August Strindberg", "Plaza de Mayo").
  const capitalised = lang === 'en' || lang === 'de';
  for (const m of wordStartMatches(monthAfterRe, text)) {
    const [start, end] = m.indices![1]!;
    if (capitalised !== /^\p{Lu}/u.test(text[start]!)) continue;
    add(start, end, 0.5);
  }
  if (lang === 'en')
    for (const m of wordStartMatches(weekdayOrdinalRe, text)) add(m.index, m.index + m[0].length, 0.6);
  for (const m of wordStartMatches(monthPartRe, text)) add(m.index, m.index + m[0].length, 0.55);
  for (const m of wordStartMatches(polishMonthRe, text)) add(m.indices![1]![0], m.indices![1]![1], 0.55);
  for (const m of wordStartMatches(finnishMonthRe, text)) add(m.index, m.index + m[0].length, 0.6);
  for (const m of wordStartMatches(yearAfterRe, text)) add(m.indices![1]![0], m.indices![1]![1], 0.5);
  // Both need a day, a dot and a month ("21.2"): a mail without a digit, dot and digit in a row
  // is spared two scans whose leading lookbehind is tried at every character.
  const dayDotMonth = /\d\.\d/.test(text);
  if (dayDotMonth)
    for (const m of firstCharMatches(dottedRe, text)) {
      if (!notNumbered.test(text.slice(Math.max(0, m.index - 12), m.index)))
        add(m.index, m.index + m[0].length, 0.6);
    }
  for (const m of wordStartMatches(cuedRe, text)) add(m.indices![1]![0], m.indices![1]![1], 0.6);
  if (dayDotMonth) for (const m of firstCharMatches(rangeRe, text)) add(m.index, m.index + m[0].length, 0.6);
  // Further items of a list ("do 15.05, 15.06 i 15.07.2024", "für 2024 und 2025") and the first
  // day of a range ("vom 4. bis 7. April 2025"): their own spans, the words between stay.
  for (let i = 0; i < found.length; i++) {
    const s = found[i]!;
    listedRe.lastIndex = s.end;
    const m = listedRe.exec(text);
    if (m) add(m.indices![1]![0], m.indices![1]![1], s.score);
    const before = text.slice(Math.max(0, s.start - 16), s.start);
    // A range's first day comes before a day ("4. bis 7. April"), never before a bare year.
    const range = /^\d(?!\d{3}$)/.test(text.slice(s.start, s.end)) ? rangeStartBefore.exec(before) : null;
    if (range) {
      const at = s.start - before.length + range.indices![1]![0];
      add(at, at + range[1]!.length, s.score);
    }
    if (!/^\p{L}/u.test(text.charAt(s.start))) continue;
    const first = monthRangeStartBefore.exec(before);
    if (first) {
      const at = s.start - before.length + first.indices![1]![0];
      if (capitalised === /^\p{Lu}/u.test(text.charAt(at))) add(at, at + first[1]!.length, s.score);
    }
    monthRangeEndAfter.lastIndex = s.end;
    const last = /\p{L}$/u.test(text.charAt(s.end - 1)) ? monthRangeEndAfter.exec(text) : null;
    if (last) {
      const [at, end] = last.indices![1]!;
      const month = text
        .slice(at, end)
        .split(/[ \t-]+/u)
        .at(-1)!;
      if (capitalised === /^\p{Lu}/u.test(month)) add(at, end, s.score);
    }
  }
  const headers = quoteHeaders(text);
  const kept = found.filter((s) => {
    if (headers.some(([a, b]) => s.start >= a && s.end <= b)) return false;
    return !birthRe.test(text.slice(Math.max(0, s.start - 40), s.start));
  });
  return joinOverlaps(kept.map((s) => ({ ...s, ...toRange(extend(text, s.start, s.end)) })));
}

function toRange([start, end]: [number, number]): { start: number; end: number } {
  return { start, end };
}

function joinOverlaps(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      out[out.length - 1] = { ...last, end: Math.max(last.end, s.end), score: Math.max(last.score, s.score) };
    } else out.push(s);
  }
  return out;
}
