/**
 * Maps tokenizer pieces back to character offsets. transformers.js returns neither offsets nor
 * the normalized text, so we replay the tokenizer's normalization per character (lower-casing and
 * accent stripping, as BERT's uncased and multilingual tokenizers do) and scan forward through
 * the original text. Handles WordPiece continuations ("##son"), SentencePiece word starts ("▁"),
 * characters the normalizer drops, and unknown tokens, whose extent is only known once the next
 * piece is found. Pure: no model, no I/O.
 */
export interface TokenOffset {
  start: number;
  end: number;
  /** A continuation piece of the word before it (WordPiece "##"), not a word start. */
  continuation: boolean;
}

/** How far past the cursor a piece that does not match in place is looked for. */
const SEARCH_AHEAD = 200;

/** Characters BERT-style normalizers drop: accents after NFD, format and control characters. */
const dropped = /[\p{Mn}\p{Cf}\ufffd]|(?![\t\n\r])\p{Cc}/gu;

export function foldChar(ch: string): string {
  // Fast path: printable ASCII only needs lower-casing (most of every email).
  if (ch.length === 1 && ch >= ' ' && ch <= '~') return ch.toLowerCase();
  return ch.normalize('NFD').replace(dropped, '').toLowerCase();
}

function pieceText(token: string): { text: string; continuation: boolean } {
  if (token.startsWith('##')) return { text: foldChar(token.slice(2)), continuation: true };
  return { text: foldChar(token.replace(/^▁+/, '')), continuation: false };
}

/** Matches `target` (folded) at `pos`, skipping characters that fold to nothing; returns the end or -1. */
function matchAt(text: string, pos: number, target: string): number {
  let acc = '';
  let j = pos;
  while (acc.length < target.length && j < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(j) ?? 0);
    const folded = foldChar(ch);
    j += ch.length;
    if (folded === '') {
      if (acc === '') return -1; // a dropped character may sit inside a piece, not start one
      continue;
    }
    acc += folded;
    if (!(target.startsWith(acc) || acc.startsWith(target))) return -1;
  }
  return acc.length >= target.length ? j : -1;
}

function skipSpace(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && /\s/u.test(text[p] ?? '')) p++;
  return p;
}

/** Gives unknown tokens the text between the last matched piece and the next one. */
function fillUnknown(text: string, from: number, to: number, indexes: number[], out: TokenOffset[]): void {
  const region: { start: number; end: number }[] = [];
  for (const m of text.slice(from, to).matchAll(/\S+/gu)) {
    region.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
  }
  indexes.forEach((tokenIndex, k) => {
    const last = k === indexes.length - 1;
    const first = region[Math.min(k, region.length - 1)];
    const end = last ? region[region.length - 1] : first;
    out[tokenIndex] =
      first && end
        ? { start: first.start, end: end.end, continuation: false }
        : { start: from, end: from, continuation: false };
  });
}

export function alignTokens(text: string, tokens: readonly string[], unkToken: string): TokenOffset[] {
  const out: TokenOffset[] = new Array(tokens.length);
  let cursor = 0;
  let pendingUnknown: number[] = [];
  let unknownFrom = 0;
  tokens.forEach((token, i) => {
    if (token === unkToken) {
      if (pendingUnknown.length === 0) unknownFrom = cursor;
      pendingUnknown.push(i);
      return;
    }
    const { text: target, continuation } = pieceText(token);
    let start = skipSpace(text, cursor);
    let end = target === '' ? start : matchAt(text, start, target);
    if (end < 0) {
      // The normalizer changed more than we replay (or a piece is missing): find it further on.
      end = -1;
      const limit = Math.min(text.length, cursor + SEARCH_AHEAD);
      for (let p = cursor; p < limit && end < 0; p++) {
        end = matchAt(text, p, target);
        if (end >= 0) start = p;
      }
      if (end < 0) {
        start = cursor;
        end = cursor;
      }
    }
    if (pendingUnknown.length > 0) {
      fillUnknown(text, unknownFrom, start, pendingUnknown, out);
      pendingUnknown = [];
    }
    out[i] = { start, end, continuation };
    cursor = end;
  });
  if (pendingUnknown.length > 0) fillUnknown(text, unknownFrom, text.length, pendingUnknown, out);
  return out;
}
