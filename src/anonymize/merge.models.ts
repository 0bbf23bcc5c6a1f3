import { type EntityType, nameTypes, type Span, specialTypes } from './anonymize.types.js';

/**
 * Overlap resolution. Recognizers run independently and often claim the same characters
 * (a phone number inside an IBAN, a person's name inside an email address, a date inside an
 * address). The result must be non-overlapping spans, so each character gets one placeholder.
 *
 * Priority (higher wins an overlap):
 *
 * | rank | types                               | why                                                  |
 * |------|-------------------------------------|------------------------------------------------------|
 * | 100  | NATIONAL_ID, IBAN, CARD             | checksum-validated: a match is almost never wrong    |
 * |  90  | EMAIL, URL, IP                      | exact syntax; names inside them are part of them     |
 * |  80  | PHONE                               | library-validated, but digit runs are ambiguous      |
 * |  75  | PASSPORT, ACCOUNT_NO, PLATE         | codes found through context words                    |
 * |  70  | ADDRESS                             | street + number + postcode + city beats its parts    |
 * |  65  | DOB                                 | a birth date beats a plain date and a number         |
 * |  60  | PERSON                              |                                                      |
 * |  50  | ORG, LOCATION                       | a person's name inside an org name stays the person  |
 * |  45  | AGE                                 |                                                      |
 * |  40  | DATE                                |                                                      |
 * |  30  | special categories (HEALTH, …)      | phrases; the identifiers inside them are replaced    |
 *
 * Ties: the longer span wins, then the higher score, then the earlier start.
 *
 * One exception to the table: a code right after its label ("Vertragskonto 542118333", "IPP
 * 2966263", score >= labelledCodeScore) ranks just above PHONE. Nine-digit customer numbers and
 * "2024-03880" case numbers also parse as phone numbers; the label says which one they are.
 *
 * Containment among word-found ("soft") types comes first: a PERSON, ORG, LOCATION, DATE, AGE or
 * special-category span strictly inside another soft span that is about as confident is dropped
 * before ranking ("Colegio Santa Ana" stays one ORG; see dropContainedSoft). Over exactly the same
 * characters, a special-category phrase from the rules' vocabularies beats the NER tagger's name
 * guess ("CVA", "oberschenkelhalsbruch" after a colon).
 *
 * Weak spans (score < 0.5: an unvalidated phone-shaped number, a guessed name) do not get their
 * type's rank against strong ones: every strong span beats every weak span, so a weak guess can
 * never take characters from a validated match. Among weak spans the same table applies.
 *
 * A loser is not simply dropped: the parts of it that no winner covers are kept if they still
 * hold at least three letters or digits, so "Dr. Anna Berg, Lindenweg 5" claimed partly by an
 * address keeps the name part. Smaller leftovers ("Z-" of "Z-443992") join the winner next to
 * them, so no fragment of a detected value stays in the text.
 */
export const typeRank: Record<EntityType, number> = {
  NATIONAL_ID: 100,
  IBAN: 100,
  CARD: 100,
  EMAIL: 90,
  URL: 90,
  IP: 90,
  PHONE: 80,
  PASSPORT: 75,
  ACCOUNT_NO: 75,
  PLATE: 75,
  ADDRESS: 70,
  DOB: 65,
  PERSON: 60,
  ORG: 50,
  LOCATION: 50,
  AGE: 45,
  DATE: 40,
  HEALTH: 30,
  ETHNIC_ORIGIN: 30,
  RELIGION: 30,
  POLITICAL_OPINION: 30,
  TRADE_UNION: 30,
  SEXUAL_ORIENTATION: 30,
  GENETIC: 30,
  BIOMETRIC: 30,
};

export const weakScore = 0.5;

/** The score the account-number recognizer gives a code found right after its label. */
export const labelledCodeScore = 0.85;

function rankOf(s: Span): number {
  return s.type === 'ACCOUNT_NO' && s.score >= labelledCodeScore ? typeRank.PHONE + 1 : typeRank[s.type];
}

/** Types found by words and context rather than syntax: containment beats rank among them. */
const softTypes = new Set<EntityType>(['PERSON', 'ORG', 'LOCATION', 'DATE', 'AGE', ...specialTypes]);

/**
 * Among soft types, a span strictly inside another one about as confident is part of it:
 * "Colegio Santa Ana" is a school, not a person called Santa Ana; "La France insoumise" is a
 * political party, not the country. Without this rule the higher-ranked inner span would cut
 * the outer one into pieces ("[ORG_1] [PERSON_1]").
 */
function dropContainedSoft(spans: Span[]): Span[] {
  const soft = spans.filter((s) => softTypes.has(s.type)).sort((a, b) => a.start - b.start || b.end - a.end);
  if (soft.length < 2) return spans;
  const dropped = new Set<Span>();
  for (let i = 0; i < soft.length; i++) {
    const outer = soft[i]!;
    for (let j = i + 1; j < soft.length && soft[j]!.start < outer.end; j++) {
      const inner = soft[j]!;
      const strictly = inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;
      if (strictly && outer.score >= inner.score - 0.1 && outer.score >= weakScore) dropped.add(inner);
      else if (strictly && lexiconOverGuess(outer, inner) === inner) dropped.add(inner);
      else if (inner.start === outer.start && inner.end === outer.end) {
        const guess = lexiconOverGuess(outer, inner);
        if (guess) dropped.add(guess);
      }
    }
  }
  return dropped.size ? spans.filter((s) => !dropped.has(s)) : spans;
}

const guessedNames = new Set<EntityType>(nameTypes);
const specialSet = new Set<EntityType>(specialTypes);
/** Names found from context, not from a list of names: the NER tagger, and capitals after "bei", "at", "bij". */
const guessingSources = new Set(['ner-tagger', 'quasi-identifiers']);

/**
 * Of two spans over the same characters, or one inside the other, a name guessed from context
 * when the other is a special-category phrase the rules know from their vocabularies: "Zu meiner
 * Mutter: oberschenkelhalsbruch." is a fracture, not an organisation; "CVA" a stroke; in "das
 * Handgelenk gebrochen" the wrist is no organisation either. Ranked, the name would win and the
 * Art. 9 fact would go to review as an ORG, or be cut down to "gebrochen".
 */
function lexiconOverGuess(a: Span, b: Span): Span | undefined {
  const [special, other] = specialSet.has(a.type) ? [a, b] : [b, a];
  if (!specialSet.has(special.type) || special.source !== 'special-categories') return undefined;
  return guessedNames.has(other.type) && guessingSources.has(other.source) ? other : undefined;
}

/** Sort key: negative numbers sort first. */
function compareForMerge(a: Span, b: Span): number {
  const weakA = a.score < weakScore ? 1 : 0;
  const weakB = b.score < weakScore ? 1 : 0;
  return (
    weakA - weakB ||
    rankOf(b) - rankOf(a) ||
    b.end - b.start - (a.end - a.start) ||
    b.score - a.score ||
    a.start - b.start
  );
}

const alnum = /[\p{L}\p{N}]/gu;

/**
 * Non-overlapping spans sorted by start. `text` is used only to judge whether a loser's
 * leftover part is worth keeping (at least three letters or digits).
 */
export function mergeSpans(spans: readonly Span[], text: string): Span[] {
  const candidates = dropContainedSoft(spans.filter((s) => s.end > s.start)).sort(compareForMerge);
  // Accepted spans, kept sorted by start so overlap checks are a binary search + short walk.
  const accepted: Span[] = [];
  for (const cand of candidates) {
    const pieces = uncovered(accepted, cand.start, cand.end);
    for (let [start, end] of pieces) {
      const whole = start === cand.start && end === cand.end;
      if (whole) {
        insertSorted(accepted, cand);
        continue;
      }
      [start, end] = trimPiece(text, start, end, accepted);
      if (specialSet.has(cand.type)) end = withoutDanglingWords(text, start, end, accepted);
      const letters = text.slice(start, end).match(alnum)?.length ?? 0;
      if (letters >= 3) insertSorted(accepted, { ...cand, start, end });
      else if (letters > 0) absorbIntoNeighbour(accepted, text, start, end);
    }
  }
  return accepted;
}

const edgeJunk = /[\s,.;:()\-–]/u;

/**
 * A leftover piece without the spaces and punctuation it inherited from its neighbour, except one
 * joining character glued to a winner: "BWE-" of "BWE-31177402" keeps its hyphen, or the hyphen
 * would be left between two placeholders as a trace of the code's shape.
 */
function trimPiece(text: string, start: number, end: number, sorted: Span[]): [number, number] {
  const from = start;
  const to = end;
  while (start < end && edgeJunk.test(text[start]!)) start++;
  while (end > start && edgeJunk.test(text[end - 1]!)) end--;
  if (start === end) return [start, end];
  const glued = (a: number, b: number) => b - a === 1 && /[-–/]/u.test(text[a]!);
  if (glued(end, to) && sorted[firstEndingAfter(sorted, to)]?.start === to) end = to;
  if (glued(from, start) && sorted[firstEndingAfter(sorted, from - 1)]?.end === from) start = from;
  return [start, end];
}

/**
 * Function words a special-category phrase kept only to reach the name a winner took: "me operaron
 * en el [Hospital …]", "behandelt im [Klinikum …]" leave "en el", "im" behind, which say nothing.
 */
const danglingWord =
  /[ \t]+(?:en|el|la|los|las|al|del|de|in|at|the|of|im|am|bei|beim|der|die|das|dem|den|à|au|aux|chez|dans|du|des|le|les|l['’]|het|op|bij|nel|nella|alla|dal|dalla|presso|på|i|vid|hos|ved|w|we|na|u|z|ze)$/iu;
function withoutDanglingWords(text: string, start: number, end: number, sorted: Span[]): number {
  if (sorted[firstEndingAfter(sorted, end)]?.start !== end + (/^\s/u.test(text.slice(end, end + 1)) ? 1 : 0))
    return end;
  let at = end;
  for (let m = danglingWord.exec(text.slice(start, at)); m; m = danglingWord.exec(text.slice(start, at)))
    at = start + m.index;
  return at;
}

/**
 * A loser's leftover of one or two characters ("Z-" of "Z-443992" when the phone recognizer
 * claimed the digits) would stay in the text as a fragment; the winner next to it takes it.
 */
function absorbIntoNeighbour(sorted: Span[], text: string, start: number, end: number): void {
  // Joined only across nothing or one non-space character ("Z" + "-" + "443992"): a fragment
  // separated by a space is a word of its own.
  const joins = (a: number, b: number) => b === a || (b - a === 1 && !/\s/.test(text[a]!));
  const i = firstEndingAfter(sorted, start);
  const next = sorted[i];
  const prev = sorted[i - 1];
  if (next && joins(end, next.start)) sorted[i] = { ...next, start };
  else if (prev && joins(prev.end, start)) sorted[i - 1] = { ...prev, end };
}

/** First index whose span ends after `pos`. */
function firstEndingAfter(sorted: Span[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The parts of [start, end) not covered by the (sorted, disjoint) accepted spans. */
function uncovered(sorted: Span[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let pos = start;
  for (let i = firstEndingAfter(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) {
    const s = sorted[i]!;
    if (s.start > pos) out.push([pos, s.start]);
    pos = Math.max(pos, s.end);
  }
  if (pos < end) out.push([pos, end]);
  return out;
}

function insertSorted(sorted: Span[], span: Span): void {
  const i = firstEndingAfter(sorted, span.start);
  sorted.splice(i, 0, span);
}
