/**
 * Tokens and sequences for the trained NER tagger. The corpora it learns from come tokenized
 * (CoNLL style: words and punctuation apart, "Dr." and "U.S." one token); mail does not, so this
 * tokenizer cuts raw text the same way and keeps each token's character offsets.
 */
export interface TextToken {
  text: string;
  start: number;
  end: number;
}

/**
 * A word: letters, marks and digits, joined by inner hyphens, apostrophes, periods or ampersands
 * ("Müller-Lüdenscheidt", "O'Brien", "U.S", "AT&T"); anything else is a one-character token.
 */
const tokenRe = /[\p{L}\p{M}\p{N}]+(?:['’.&-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Short words that keep their period: titles and common abbreviations in our languages. */
const abbreviations = new Set(
  'dr mr mrs ms st prof hr fr str nr mme mlle sr sra srta dott sig ul al os pl ing mag dipl jr sen bzw ca vgl evt tel inc ltd co corp'.split(
    ' ',
  ),
);

export function tokenize(text: string): TextToken[] {
  const out: TextToken[] = [];
  const re = new RegExp(tokenRe.source, tokenRe.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    // "Dr." and "U.S." as one token, as the corpora write them; a sentence's final period stays apart.
    if (text[end] === '.' && (abbreviations.has(m[0].toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(m[0]))) {
      end++;
      re.lastIndex = end;
    }
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

const maxSequence = 120;

/** "." "!" or "?" alone; tested per token, so without a regex. */
function isSentenceMark(token: string): boolean {
  if (token.length !== 1) return false;
  const c = token.charCodeAt(0);
  return c === 46 || c === 33 || c === 63;
}
const upperFirst = /^\p{Lu}/u;

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Cuts tokens into sequences the tagger decodes one at a time: a line break ends one (mail puts
 * names on lines of their own: greetings, signatures, address blocks), as does a sentence end
 * before a capital, and a sequence never exceeds maxSequence tokens. Returns [start, end) pairs
 * of token indices.
 */
export function sequences(text: string, tokens: readonly TextToken[]): [number, number][] {
  const out: [number, number][] = [];
  let begin = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && hasLineBreak(text, t.end, next.start);
    const sentenceEnd =
      next !== undefined && isSentenceMark(t.text) && upperFirst.test(next.text) && next.start > t.end;
    if (!next || lineBreak || sentenceEnd || i + 1 - begin >= maxSequence) {
      out.push([begin, i + 1]);
      begin = i + 1;
    }
  }
  return out;
}
