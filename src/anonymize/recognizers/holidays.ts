import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EntityType, type Lang, nameTypes, type Span } from '../anonymize.types.js';
import { lexiconDir } from '../lexicon/lexicon.loader.js';
import { escapeRegex, wordEnd, wordStart, wordStartMatches } from './regex-tools.js';

/**
 * Holidays by name (models/lexicons/calendar/holidays.txt): opening-hours notices name them, and
 * the name recognizers took the saint or feast in them for a person or a place ("Kristi" of
 * "Kristi himmelfärdsdag", "Per Pasqua", "Nochebuena", "w Wigilię").
 */
export const holidaysFile = path.join(lexiconDir, 'calendar', 'holidays.txt');

/** The phrases of each language, as written in the file (`*`: any ending). */
export function parseHolidays(source: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let lang: string | undefined;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const section = /^\[([a-z]{2})\]$/u.exec(line);
    if (section) {
      lang = section[1]!;
      if (!out.has(lang)) out.set(lang, []);
      continue;
    }
    if (!lang) throw new Error(`${holidaysFile}: "${line}" comes before any [language] section`);
    out.get(lang)!.push(line);
  }
  return out;
}

const phraseSource = (phrase: string) =>
  phrase
    .split(/\s+/u)
    .map((w) => (w.endsWith('*') ? `${escapeRegex(w.slice(0, -1))}\\p{L}*` : escapeRegex(w)))
    .join('[ \\t]+')
    .replace(/'/gu, "['’]");

let byLang: Map<string, RegExp> | undefined;

function holidayRe(lang: Lang): RegExp | undefined {
  if (!byLang) {
    byLang = new Map();
    for (const [l, phrases] of parseHolidays(readFileSync(holidaysFile, 'utf8'))) {
      const sources = phrases.map(phraseSource).sort((a, b) => b.length - a.length);
      byLang.set(l, new RegExp(`${wordStart}(?:${sources.join('|')})${wordEnd}`, 'giu'));
    }
  }
  return byLang.get(lang);
}

/** Where the text names a holiday of its language. */
export function holidayRanges(text: string, lang: Lang): [number, number][] {
  const re = holidayRe(lang);
  return re ? wordStartMatches(re, text).map((m) => [m.index, m.index + m[0].length]) : [];
}

const names = new Set<EntityType>(nameTypes);

/** The spans left when guessed names inside or over a holiday's name are dropped. */
export function withoutHolidayNames(text: string, lang: Lang, spans: Span[]): Span[] {
  if (!spans.some((s) => names.has(s.type))) return spans;
  const ranges = holidayRanges(text, lang);
  if (ranges.length === 0) return spans;
  return spans.filter(
    (s) =>
      s.source === 'deny-list' || !names.has(s.type) || !ranges.some(([a, b]) => s.start < b && s.end > a),
  );
}
