import type { Span } from '../anonymize.types.js';
import { postcodeCityLine, ukPostcodeLine, unitLine, usCityStateZipLine } from './address.patterns.js';

/**
 * Address blocks: the pieces found on one line are joined into one span, a building number
 * written before a street line is taken with it, and the lines that continue a block (flat,
 * town, region, postcode, country) are found after it. Pure functions over spans and text.
 */

// Where an address piece may end: at the end of the line, before sentence punctuation, or before
// the sentence goes on in lower case ("… 50882 last night", "…, Austria 29614. Please call").
const pieceEnd = '(?=[ \\t,.]*(?:\\n|$)|[ \\t,]+\\p{Ll}|[.;!?](?:\\s|$))';

// Lines that continue an address block: flat, postcode/city, ALL-CAPS town, "Country 12345", "City, ST 12345".
const countryZip = "(?:\\p{L}[\\p{L}\\p{M}.'’-]*[ ]?){1,3},?[ ]?(?:[A-Z]{2}[ ]|nan[ ])?\\d{4,6}";
// Form-style blocks put the state and the ZIP on lines of their own: "Trancoso\n, GU\n 59797".
const stateLine = ',[ ]?(?:[A-Z]{2}|nan)';
const zipLine = '\\d{4,6}';
const continuationLine = new RegExp(
  [
    unitLine,
    postcodeCityLine,
    ukPostcodeLine,
    usCityStateZipLine,
    "\\p{Lu}[\\p{Lu}\\p{M} \\-'.]{2,40}",
    countryZip,
    stateLine,
    zipLine,
  ]
    .map((p) => `(?:${p})${pieceEnd}`)
    .join('|'),
  'uy',
);
// A town written in ordinary case ("Zoetermeer", "El Tornadizo"): only taken when a postcode line follows.
const townLine = /\p{L}[\p{L}\p{M}.'’-]*(?:[ ]\p{L}[\p{L}\p{M}.'’-]*){0,3}(?=[ \t,]*\n)/uy;
const countryZipLine = new RegExp(
  `(?:${countryZip}|${postcodeCityLine}|${stateLine}|${zipLine})${pieceEnd}`,
  'uy',
);
// The rest of a street line when it is only towns, regions, countries and a postcode:
// "68 Hulsterdreef 100 Apt. 535, København K, Sweden 36018", "4589 40th Street Suite 603 Calgary AB".
const sameLineTail = new RegExp(
  `(?:,?[ ](?:\\p{Lu}[\\p{L}\\p{M}'’-]*|[A-Z]{2}|\\d{4,6}|nan|(?:de|del|la|le|di|da|do|van|von|am|an|der|sur|on|en|and|y|i)(?=[ ]\\p{Lu}))){1,8}${pieceEnd}`,
  'uy',
);
const lineLead = /[ \t,]*\n(?:[ \t]*\n)?[ \t>|*?]*/y;

// A building or door number written before the street line: "42 machelsesteenweg 19", "95 P.O. Box 101".
const leadingNumber = /(?:^|[\s>?,:])(\d{1,4}[ \t])$/;

/** Joins spans that overlap or are separated only by spaces, commas or hyphens on the same line. */
export function join(spans: Span[], text: string): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && (s.start <= last.end || /^[ \t,–-]{0,3}$/.test(text.slice(last.end, s.start)))) {
      last.end = Math.max(last.end, s.end);
      // Two weak pieces side by side ("59 Delta 116 Apt. 879") are stronger together.
      last.score = Math.min(0.9, Math.max(last.score, s.score) + (s.start > last.start ? 0.15 : 0));
    } else {
      const lead = leadingNumber.exec(text.slice(Math.max(0, s.start - 6), s.start));
      out.push({ ...s, start: s.start - (lead?.[1]?.length ?? 0) });
    }
  }
  return out;
}

/** Matches `re` at the start of the line after `end` (one blank line allowed); returns [start, end] or undefined. */
function nextLine(text: string, end: number, re: RegExp): [number, number] | undefined {
  lineLead.lastIndex = end;
  if (!lineLead.exec(text)) return undefined;
  re.lastIndex = lineLead.lastIndex;
  const m = re.exec(text);
  return m && m[0].length > 0 ? [m.index, m.index + m[0].length] : undefined;
}

/**
 * Takes up to four following lines that continue an address block (flat, town, postcode,
 * country). A weak start (a bare flat, a number-name-number line) counts only when such a line follows.
 */
export function continueBlocks(spans: Span[], text: string): Span[] {
  const extra: Span[] = [];
  for (const s of spans) {
    let end = s.end;
    const lines: Span[] = [];
    if (s.score >= 0.75) {
      sameLineTail.lastIndex = end;
      const tail = sameLineTail.exec(text);
      if (tail) {
        s.end = end = tail.index + tail[0].length;
      }
    }
    for (let line = 0; line < 4; line++) {
      let next = nextLine(text, end, continuationLine);
      if (!next) {
        const town = nextLine(text, end, townLine);
        const after = town && nextLine(text, town[1], countryZipLine);
        if (!town || !after) break;
        lines.push({ start: town[0], end: town[1], type: 'ADDRESS', source: 'address', score: 0.7 });
        next = after;
      }
      lines.push({ start: next[0], end: next[1], type: 'ADDRESS', source: 'address', score: 0.7 });
      end = next[1];
    }
    if (lines.length > 0) {
      extra.push(...lines);
      s.score = Math.max(s.score, 0.75);
    }
  }
  return extra;
}
