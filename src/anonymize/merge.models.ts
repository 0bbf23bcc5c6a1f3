import type { EntityType, Span } from './anonymize.types.js';

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
 * Weak spans (score < 0.5: an unvalidated phone-shaped number, a guessed name) do not get their
 * type's rank against strong ones: every strong span beats every weak span, so a weak guess can
 * never take characters from a validated match. Among weak spans the same table applies.
 *
 * A loser is not simply dropped: the parts of it that no winner covers are kept if they still
 * hold at least three letters or digits, so "Dr. Anna Berg, Lindenweg 5" claimed partly by an
 * address keeps the name part. Everything else of the loser is covered by the winner anyway.
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

/** Sort key: negative numbers sort first. */
function compareForMerge(a: Span, b: Span): number {
  const weakA = a.score < weakScore ? 1 : 0;
  const weakB = b.score < weakScore ? 1 : 0;
  return (
    weakA - weakB ||
    typeRank[b.type] - typeRank[a.type] ||
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
  const candidates = spans.filter((s) => s.end > s.start).sort(compareForMerge);
  // Accepted spans, kept sorted by start so overlap checks are a binary search + short walk.
  const accepted: Span[] = [];
  for (const cand of candidates) {
    const pieces = uncovered(accepted, cand.start, cand.end);
    for (let [start, end] of pieces) {
      const whole = start === cand.start && end === cand.end;
      if (!whole) [start, end] = trimPiece(text, start, end);
      if (!whole && (text.slice(start, end).match(alnum)?.length ?? 0) < 3) continue;
      insertSorted(accepted, whole ? cand : { ...cand, start, end });
    }
  }
  return accepted;
}

const edgeJunk = /[\s,.;:()\-–]/u;

/** A leftover piece without the spaces and punctuation it inherited from its neighbour. */
function trimPiece(text: string, start: number, end: number): [number, number] {
  while (start < end && edgeJunk.test(text[start]!)) start++;
  while (end > start && edgeJunk.test(text[end - 1]!)) end--;
  return [start, end];
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
