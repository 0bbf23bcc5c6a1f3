import { isStopword } from '../shared/language.js';
import { categoryOf, type EntityType, type Span, type SpecialType } from './anonymize.types.js';
import { mergeSpans } from './merge.models.js';
import { clusterTokens, groupPersonMentions } from './person-groups.models.js';
import { isGivenName, isSurname } from './recognizers/name-lists.js';
import { normalizeName } from './recognizers/name-variants.js';
import { isWordChar } from './text.models.js';

/**
 * From detected spans to anonymized text with per-thread consistent placeholders. Pure.
 *
 * Steps, all on the whole thread at once:
 * 1. spans are widened to whole tokens, so "Smithson" is never "[PERSON_1]son";
 * 2. person spans absorb adjacent capitalised name tokens and initials ("John" before a
 *    detected "Smith", "J." before "Smith"), so "John [PERSON_1]" cannot happen;
 * 3. person mentions are clustered (person-groups.models.ts), then every uncovered occurrence
 *    of a cluster's name tokens anywhere in the thread becomes a person span too;
 * 4. each value gets one placeholder per thread: [PERSON_n] per person cluster, [EMAIL_n] per
 *    address (case-insensitive), [PHONE_n] per digit sequence, and so on;
 * 5. special categories follow their policy: replace the phrase with [HEALTH], replace the whole
 *    sentence, or leave the text and flag the conversation for review.
 *
 * The map placeholder → original value is returned for in-memory use (re-personalising a draft);
 * this module never stores it.
 */
export type SpecialPolicy = 'phrase' | 'sentence' | 'flag';

export interface PlaceholderOptions {
  special?: Partial<Record<SpecialType, SpecialPolicy>>;
}

export interface SpecialFlag {
  message: number;
  type: SpecialType;
  start: number;
  end: number;
}

export interface PlaceholderResult {
  messages: string[];
  map: Map<string, string>;
  /** Final spans per message, in the original text's offsets. */
  spans: Span[][];
  /** Special-category mentions left in place under the 'flag' policy: review before use. */
  flags: SpecialFlag[];
}

const tokenRe = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const initialsBefore = /(?:\p{Lu}\.\s?){1,3}$/u;

/**
 * Widens a span so it starts and ends on token boundaries. A person's possessive ending stays
 * outside ("[PERSON_1]'s"), so the sentence still reads and the name is the same value.
 */
export function toWholeTokens(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  if (span.type === 'PERSON') {
    const possessive = /['’]s?$/u.exec(text.slice(start, end));
    if (possessive && end - possessive[0].length > start) end -= possessive[0].length;
  }
  return start === span.start && end === span.end ? span : { ...span, start, end };
}

/** "Smith's" / "Smith’s" / "Jones'" → the name without the possessive ending. */
function withoutPossessive(token: string): string {
  return token.replace(/['’]s?$/u, '');
}

function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

function sentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[.!?\n:;"'(]/.test(text[i]!);
}

/** Tokens with offsets, once per message. */
function tokensOf(text: string): { start: number; end: number; value: string }[] {
  const out: { start: number; end: number; value: string }[] = [];
  for (const m of text.matchAll(tokenRe)) {
    const value = withoutPossessive(m[0]);
    out.push({ start: m.index, end: m.index + value.length, value });
  }
  return out;
}

function covered(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && s.end > start);
}

/** Step 2: person spans absorb neighbouring capitalised tokens (max two per side) and initials. */
function absorbNeighbours(text: string, spans: Span[]): Span[] {
  const tokens = tokensOf(text);
  return spans.map((s) => {
    if (s.type !== 'PERSON') return s;
    let { start, end } = s;
    // A capitalised neighbour is part of the name if it is a known name, or if it is not just
    // the first word of a sentence ("Yesterday Smith called") or a German noun at sentence start.
    const isNameLike = (t: { start: number; value: string }) =>
      isCapitalised(t.value) &&
      t.value.length > 1 &&
      !isStopword(t.value.toLowerCase()) &&
      (isGivenName(t.value) || isSurname(t.value) || !sentenceInitial(text, t.start));
    for (let k = 0; k < 2; k++) {
      const prev = tokens.findLast((t) => t.end <= start);
      if (
        !prev ||
        !/^ $/.test(text.slice(prev.end, start)) ||
        !isNameLike(prev) ||
        covered(spans, prev.start, prev.end)
      )
        break;
      start = prev.start;
    }
    for (let k = 0; k < 2; k++) {
      const next = tokens.find((t) => t.start >= end);
      if (
        !next ||
        !/^ $/.test(text.slice(end, next.start)) ||
        !isNameLike(next) ||
        covered(spans, next.start, next.end)
      )
        break;
      end = next.end;
    }
    const initials = initialsBefore.exec(text.slice(Math.max(0, start - 9), start));
    if (initials && !isWordChar(text[start - initials[0].length - 1])) start -= initials[0].length;
    return start === s.start && end === s.end ? s : { ...s, start, end };
  });
}

/** The first letter as normalizeName would fold it ("Ü" → "u", "É" → "e"). */
function foldedFirst(value: string): string {
  return value.charAt(0).toLowerCase().normalize('NFD').charAt(0);
}

/** Step 3: uncovered occurrences of known name tokens become person spans. */
function propagateNames(texts: string[], spans: Span[][]): Span[][] {
  const mentions = spans.flatMap((ss, i) =>
    ss.filter((s) => s.type === 'PERSON').map((s) => texts[i]!.slice(s.start, s.end)),
  );
  if (!mentions.length) return spans;
  const tokenToCluster = clusterTokens(mentions, groupPersonMentions(mentions));
  // normalizeName is the costly part of this step: only tokens whose first letter starts a
  // known name token are normalised, each distinct token once.
  const firstLetters = new Set([...tokenToCluster.keys()].map((t) => t.charAt(0)));
  const memo = new Map<string, boolean>();
  const isNameToken = (value: string): boolean => {
    if (!firstLetters.has(foldedFirst(value))) return false;
    let known = memo.get(value);
    if (known === undefined) {
      known = tokenToCluster.has(normalizeName(value));
      memo.set(value, known);
    }
    return known;
  };
  return texts.map((text, i) => {
    const own = spans[i]!;
    const added: Span[] = [];
    const tokens = tokensOf(text);
    for (const [k, t] of tokens.entries()) {
      if (!isNameToken(t.value) || covered(own, t.start, t.end)) continue;
      const norm = normalizeName(t.value);
      const neighbour = (j: number) => {
        const o = tokens[j];
        return o !== undefined && isNameToken(o.value) && Math.abs(o.start - t.start) < 40;
      };
      const caps = isCapitalised(t.value);
      // Lower-case mentions count only next to another name token ("john smith") or for long surnames.
      if (!caps && !neighbour(k - 1) && !neighbour(k + 1) && norm.length < 5) continue;
      added.push({ start: t.start, end: t.end, type: 'PERSON', source: 'thread-names', score: 0.8 });
    }
    // Join "John" + "Smith" found separately into one mention.
    const joined: Span[] = [];
    for (const s of added) {
      const last = joined.at(-1);
      if (last && /^\s?$/.test(text.slice(last.end, s.start))) last.end = s.end;
      else joined.push({ ...s });
    }
    return joined.length ? [...own, ...absorbNeighbours(text, joined)] : own;
  });
}

/** The identity of a value within its type, so the same value gets the same placeholder. */
function valueKey(type: EntityType, value: string): string {
  switch (type) {
    case 'PHONE':
      return value.replace(/\D+/g, '').replace(/^00/, '');
    case 'IBAN':
    case 'CARD':
    case 'NATIONAL_ID':
    case 'PASSPORT':
    case 'ACCOUNT_NO':
    case 'PLATE':
      return value.replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();
    default:
      return value.toLowerCase().replace(/\s+/g, ' ').trim();
  }
}

/** Longer, or as long and capitalised where the other is not ("John Smith" over "john smith"). */
function fuller(a: string, b: string): boolean {
  return a.length > b.length || (a.length === b.length && /\p{Lu}/u.test(a) && !/\p{Lu}/u.test(b));
}

const sentenceEnd = /[.!?]\s|\n/g;

/**
 * The sentence-end marks of a text, found once per message: looking a span's sentence up is then
 * a binary search, so the sentence policy stays linear in the text however many spans it has.
 */
interface SentenceMarks {
  at: number[];
  length: number[];
}

function sentenceMarks(text: string): SentenceMarks {
  const marks: SentenceMarks = { at: [], length: [] };
  for (const m of text.matchAll(sentenceEnd)) {
    marks.at.push(m.index);
    marks.length.push(m[0].length);
  }
  return marks;
}

/** Index of the first mark at or after pos (marks.at.length when none). */
function firstMarkFrom(marks: SentenceMarks, pos: number): number {
  let lo = 0;
  let hi = marks.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks.at[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence around [start, end): from after the previous .!? or newline to the next one. */
function sentenceAround(text: string, marks: SentenceMarks, start: number, end: number): [number, number] {
  const before = firstMarkFrom(marks, start) - 1;
  const s = before >= 0 ? marks.at[before]! + marks.length[before]! : 0;
  const next = firstMarkFrom(marks, end);
  return [s, next < marks.at.length ? marks.at[next]! + 1 : text.length];
}

export function applyPlaceholders(
  texts: readonly string[],
  detected: readonly Span[][],
  options: PlaceholderOptions = {},
): PlaceholderResult {
  const policyOf = (t: SpecialType): SpecialPolicy => options.special?.[t] ?? 'phrase';
  // Steps 1–3.
  let spans = texts.map((text, i) => {
    const whole = mergeSpans(
      detected[i]!.map((s) => toWholeTokens(text, s)),
      text,
    );
    return mergeSpans(absorbNeighbours(text, whole), text);
  });
  spans = propagateNames([...texts], spans).map((ss, i) => mergeSpans(ss, texts[i]!));

  // Step 5 (sentence policy) before numbering, so identifiers inside a removed sentence use no number.
  const flags: SpecialFlag[] = [];
  spans = spans.map((ss, i) => {
    const text = texts[i]!;
    let marks: SentenceMarks | undefined;
    // One span per sentence to replace (the last special span in it decides the type); sentences
    // do not overlap, so one pass over the sorted spans drops what they cover.
    const sentences: Span[] = [];
    for (const s of ss) {
      if (categoryOf(s.type) !== 'special') continue;
      const policy = policyOf(s.type as SpecialType);
      if (policy === 'flag')
        flags.push({ message: i, type: s.type as SpecialType, start: s.start, end: s.end });
      if (policy !== 'sentence') continue;
      marks ??= sentenceMarks(text);
      const [a, b] = sentenceAround(text, marks, s.start, s.end);
      const last = sentences[sentences.length - 1];
      if (last && last.start === a) sentences[sentences.length - 1] = { ...s, start: a, end: b };
      else sentences.push({ ...s, start: a, end: b });
    }
    let out = ss;
    if (sentences.length > 0) {
      out = [];
      let k = 0;
      for (const o of ss) {
        while (k < sentences.length && sentences[k]!.end <= o.start) out.push(sentences[k++]!);
        const cur = sentences[k];
        if (!cur || o.end <= cur.start) out.push(o);
      }
      while (k < sentences.length) out.push(sentences[k++]!);
    }
    return out.filter((s) => categoryOf(s.type) !== 'special' || policyOf(s.type as SpecialType) !== 'flag');
  });

  // Step 4: numbering, persons by cluster, everything else by normalised value.
  const persons = spans.flatMap((ss, i) =>
    ss.filter((s) => s.type === 'PERSON').map((s) => texts[i]!.slice(s.start, s.end)),
  );
  const clusterIds = groupPersonMentions(persons);
  let personIndex = 0;
  const byKey = new Map<string, string>();
  const counters = new Map<EntityType, number>();
  const map = new Map<string, string>();
  const messages = texts.map((text, i) => {
    let out = '';
    let pos = 0;
    for (const s of spans[i]!) {
      const value = text.slice(s.start, s.end);
      let placeholder: string;
      if (categoryOf(s.type) === 'special') {
        placeholder = `[${s.type}]`;
      } else {
        const key =
          s.type === 'PERSON'
            ? `PERSON#${clusterIds[personIndex++]}`
            : `${s.type}#${valueKey(s.type, value)}`;
        let known = byKey.get(key);
        if (!known) {
          const n = (counters.get(s.type) ?? 0) + 1;
          counters.set(s.type, n);
          known = `[${s.type}_${n}]`;
          byKey.set(key, known);
          map.set(known, value);
        } else if (s.type === 'PERSON' && fuller(value, map.get(known)!)) {
          map.set(known, value); // the fullest form of the name, for re-personalising
        }
        placeholder = known;
      }
      out += text.slice(pos, s.start) + placeholder;
      pos = s.end;
    }
    return out + text.slice(pos);
  });
  return { messages, map, spans, flags };
}
