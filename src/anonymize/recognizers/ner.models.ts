import type { EntityType, Span } from '../anonymize.types.js';
import type { TokenOffset } from './ner-align.models.js';

/**
 * The pure half of the transformer NER recognizer: token windows for long texts, the choice of
 * which window labels each token, and BIO aggregation into character spans.
 */
export interface TokenWindow {
  start: number;
  end: number;
}

/** Windows of at most `size` tokens, consecutive ones sharing `overlap` tokens. */
export function planWindows(tokenCount: number, size: number, overlap: number): TokenWindow[] {
  if (size <= overlap) throw new Error('window size must exceed the overlap');
  const windows: TokenWindow[] = [];
  for (let start = 0; ; start += size - overlap) {
    const end = Math.min(start + size, tokenCount);
    windows.push({ start, end });
    if (end >= tokenCount) return windows;
  }
}

/**
 * For each token, the window in which it sits furthest from an edge: a token near a cut has lost
 * the context on one side, so the neighbouring window's label is the better one.
 */
export function ownerWindows(tokenCount: number, windows: readonly TokenWindow[]): number[] {
  const owners = new Array<number>(tokenCount).fill(0);
  const margin = new Array<number>(tokenCount).fill(-1);
  windows.forEach((w, wi) => {
    for (let t = w.start; t < w.end; t++) {
      const m = Math.min(t - w.start, w.end - 1 - t);
      if (m > (margin[t] ?? -1)) {
        margin[t] = m;
        owners[t] = wi;
      }
    }
  });
  return owners;
}

const entityTypes: Record<string, EntityType> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  LOC: 'LOCATION',
  LOCATION: 'LOCATION',
  GPE: 'LOCATION',
};

/** Splits "B-PER" into its prefix and our entity type; labels we do not map (O, MISC) give null. */
export function parseLabel(label: string): { prefix: 'B' | 'I' | 'E' | 'S'; type: EntityType } | null {
  const m = /^([BIES])-(.+)$/.exec(label);
  const prefix = (m?.[1] ?? 'I') as 'B' | 'I' | 'E' | 'S';
  const type = entityTypes[(m?.[2] ?? label).toUpperCase()];
  return type ? { prefix, type } : null;
}

export interface LabelledToken extends TokenOffset {
  label: string;
  score: number;
}

const wordChar = /[\p{L}\p{N}\p{M}]/u;

/**
 * Groups B-/I- tags into spans, then widens each span to whole words: models often tag only a
 * word's first piece, and a half-replaced name ("[PERSON]son") would leak the rest.
 */
export function aggregateEntities(text: string, tokens: readonly LabelledToken[], source: string): Span[] {
  const spans: Span[] = [];
  let open: { span: Span; scores: number[] } | null = null;
  const close = () => {
    if (open)
      spans.push({ ...open.span, score: open.scores.reduce((a, b) => a + b, 0) / open.scores.length });
    open = null;
  };
  for (const token of tokens) {
    if (token.end <= token.start) continue;
    const tag = parseLabel(token.label);
    if (!tag) {
      // An untagged continuation piece stays inside the word; widening covers it below.
      if (!token.continuation) close();
      continue;
    }
    const current = open as { span: Span; scores: number[] } | null;
    const extend =
      current &&
      current.span.type === tag.type &&
      (tag.prefix === 'I' || tag.prefix === 'E' || token.continuation);
    if (current && extend) {
      current.span.end = token.end;
      current.scores.push(token.score);
    } else {
      close();
      open = {
        span: { start: token.start, end: token.end, type: tag.type, source, score: 0 },
        scores: [token.score],
      };
    }
    if (tag.prefix === 'E' || tag.prefix === 'S') close();
  }
  close();
  return mergeSameType(spans.map((s) => widenToWords(text, s)));
}

function widenToWords(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && wordChar.test(text[start - 1] ?? '')) start--;
  while (end < text.length && wordChar.test(text[end] ?? '')) end++;
  return { ...span, start, end };
}

function mergeSameType(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && last.type === s.type && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.score = Math.max(last.score, s.score);
    } else out.push({ ...s });
  }
  return out;
}
