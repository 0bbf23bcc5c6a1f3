import { categoryOf, type EntityType } from '../anonymize/anonymize.types.js';
import type { Risk } from '../anonymize/risk.models.js';

/**
 * The review queue's pure core: how an anonymized text is shown (placeholders and residual-risk
 * spots marked), and how a missed term becomes a placeholder. Nothing here stores or logs text.
 */
export type SegmentKind = 'plain' | 'placeholder' | 'risk';
export interface Segment {
  kind: SegmentKind;
  text: string;
}

const placeholderRe = /\[[A-Z_]+(?:_\d+)?\]/g;

/**
 * Splits a text into plain, placeholder and risk segments. The segments' texts joined give the
 * text back exactly: the page's selection script counts offsets on the rendered characters.
 * Risk spots never overlap placeholders (residualRisk blanks placeholders before looking).
 */
export function segmentText(text: string, risk: Risk): Segment[] {
  const marks: { start: number; end: number; kind: SegmentKind }[] = [];
  for (const m of text.matchAll(placeholderRe))
    marks.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder' });
  for (const r of risk.reasons)
    for (const [start, end] of r.at) if (end > start) marks.push({ start, end, kind: 'risk' });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const m of marks) {
    if (m.start < pos) continue; // overlapping spots: the first (longest) wins
    if (m.start > pos) out.push({ kind: 'plain', text: text.slice(pos, m.start) });
    out.push({ kind: m.kind, text: text.slice(m.start, m.end) });
    pos = m.end;
  }
  if (pos < text.length) out.push({ kind: 'plain', text: text.slice(pos) });
  return out;
}

/** The next placeholder of a type in a conversation: [PERSON_n] with n one above the highest, [HEALTH] unnumbered. */
export function nextPlaceholder(texts: readonly string[], type: EntityType): string {
  if (categoryOf(type) === 'special') return `[${type}]`;
  const re = new RegExp(`\\[${type}_(\\d+)\\]`, 'g');
  let highest = 0;
  for (const t of texts) for (const m of t.matchAll(re)) highest = Math.max(highest, Number(m[1]));
  return `[${type}_${highest + 1}]`;
}

const wordChar = /[\p{L}\p{N}]/u;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Exact (case-sensitive) occurrences of a term; a term that starts or ends in a letter or digit only matches whole words there. */
function termRegex(term: string): RegExp {
  const before = wordChar.test(term[0]!) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wordChar.test(term.at(-1)!) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${escapeRegex(term)}${after}`, 'gu');
}

/**
 * Start offsets of the term's occurrences outside placeholders: "PERSON" or "AGENT" typed by a
 * reviewer must never rewrite "[PERSON_1]" or "[AGENT]" from the inside.
 */
function occurrences(text: string, term: string): number[] {
  const out: number[] = [];
  const re = termRegex(term);
  let gapStart = 0;
  const gaps: [number, number][] = [];
  for (const m of text.matchAll(placeholderRe)) {
    gaps.push([gapStart, m.index]);
    gapStart = m.index + m[0].length;
  }
  gaps.push([gapStart, text.length]);
  for (const [from, to] of gaps) for (const m of text.slice(from, to).matchAll(re)) out.push(from + m.index);
  return out;
}

export type TermCheck = { ok: true; term: string } | { ok: false; message: string };

/**
 * Checks a term the reviewer marked. With offsets (the selection script), the term must be
 * exactly there and on whole words; without (the plain text field), it must occur somewhere.
 * Surrounding whitespace is dropped; placeholders cannot be part of it.
 */
export function checkTerm(
  texts: readonly string[],
  term: string,
  at?: { text: number; start: number; end: number },
): TermCheck {
  const trimmed = term.trim();
  if (trimmed.length < 2) return { ok: false, message: 'Select or type at least two characters.' };
  if (trimmed.length > 190) return { ok: false, message: 'Select at most 190 characters.' };
  if (/[[\]\n\r]/.test(trimmed))
    return { ok: false, message: 'Select text on one line, outside the existing placeholders.' };
  const matches = texts.flatMap((t, i) => occurrences(t, trimmed).map((index) => ({ i, index })));
  if (at) {
    const text = texts[at.text];
    const lead = term.length - term.trimStart().length;
    const start = at.start + lead;
    if (
      !text ||
      text.slice(at.start, at.end) !== term ||
      !matches.some((m) => m.i === at.text && m.index === start)
    )
      return {
        ok: false,
        message:
          'The selected text is not at that place in the conversation (or is part of a word). Select it again.',
      };
  }
  if (matches.length === 0)
    return { ok: false, message: 'That text does not occur in this conversation as a whole word.' };
  return { ok: true, term: trimmed };
}

/** Replaces every whole-word occurrence of the term; returns the new text and how many were replaced. */
export function replaceTerm(
  text: string,
  term: string,
  placeholder: string,
): { text: string; count: number } {
  const at = occurrences(text, term);
  let out = '';
  let pos = 0;
  for (const start of at) {
    out += text.slice(pos, start) + placeholder;
    pos = start + term.length;
  }
  return { text: out + text.slice(pos), count: at.length };
}

/** A deny-list line: typed ("ORG:Sunrise Clinic") except for PERSON, the detector's default type. */
export function denyEntry(type: EntityType, term: string): string {
  return type === 'PERSON' ? term : `${type}:${term}`;
}

/** Adds a line to a term list unless it is there already (case-insensitively). */
export function withTerm(list: readonly string[], line: string): { list: string[]; added: boolean } {
  const key = line.toLowerCase();
  if (list.some((l) => l.toLowerCase() === key)) return { list: [...list], added: false };
  return { list: [...list, line], added: true };
}
