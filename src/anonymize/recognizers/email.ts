import type { Recognizer, Span } from '../anonymize.types.js';

/**
 * Email addresses, including internationalised local parts and domains, and the common
 * obfuscations people type to dodge spam filters ("jan [at] example [dot] nl", "jan(at)example.nl").
 * A match is checked against the shape rules of RFC 5321 that a regex cannot express cheaply
 * (no leading/trailing/double dots, label lengths) before it becomes a span.
 */
// Searched from each "@" outwards: a regex starting with the local part would be tried at every
// character of every word, re-reading the word each time, which made this the slowest of the
// structured recognizers on mail without a single address in it.
const localChar = /[\p{L}\p{N}._%+'-]/u;
const domainRe = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}/uy;
// Bracketed "at" is unambiguous; a bare " at " only counts with a spelled-out " dot " after it,
// so prose like "met at school. Then" is not an address.
const bracketedRe =
  /[\p{L}\p{N}._%+-]+\s?(?:\[at\]|\(at\)|\{at\}|\[ät\]|\(a\)|\[@\]|\(@\))\s?(?:[\p{L}\p{N}-]+\s?(?:\[dot\]|\(dot\)|\{dot\}|\[punkt\]|\(punkt\)|\[point\]|\.)\s?)+\p{L}{2,24}\b/giu;
const spelledRe = /[\p{L}\p{N}._%+-]+ at (?:[\p{L}\p{N}-]+ dot )+\p{L}{2,24}\b/giu;
// Each obfuscated form only runs when its marker is in the text: " at " alone is in most English mail.
const bracketHint = /\[at\]|\(at\)|\{at\}|\[ät\]|\(a\)|\[@\]|\(@\)/i;
const spelledHint = / at [\p{L}\p{N}-]+ dot /iu;

/** Plain addresses: the local part runs back from each "@", the domain forward from it. */
function plainAddresses(text: string, spans: Span[]): void {
  let after = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at < after) continue;
    let start = at;
    while (start > 0 && localChar.test(text[start - 1]!)) start--;
    domainRe.lastIndex = at + 1;
    const domain = domainRe.exec(text);
    if (start === at || !domain) continue;
    const end = at + 1 + domain[0].length;
    after = end;
    // Quotes and dots that touch the address belong to the sentence, not to the address.
    while (/^['.%+-]/.test(text[start]!)) start++;
    if (!validLocal(text.slice(start, at)) || end - start > 254) continue;
    spans.push({ start, end, type: 'EMAIL', source: 'email', score: 1 });
  }
}

function validLocal(local: string): boolean {
  return local.length > 0 && local.length <= 64 && !/^[.]|[.]$|\.\./.test(local);
}

export const emailRecognizer: Recognizer = {
  name: 'email',
  types: ['EMAIL'],
  detect(ctx) {
    const { text } = ctx;
    const spans: Span[] = [];
    plainAddresses(text, spans);
    for (const [hint, re] of [
      [bracketHint, bracketedRe],
      [spelledHint, spelledRe],
    ] as const) {
      if (!hint.test(text)) continue;
      for (const m of text.matchAll(re))
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          type: 'EMAIL',
          source: 'email',
          score: 0.85,
        });
    }
    return spans;
  },
};
