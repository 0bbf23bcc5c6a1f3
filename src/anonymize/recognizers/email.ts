import type { Recognizer, Span } from '../anonymize.types.js';

/**
 * Email addresses, including internationalised local parts and domains, and the common
 * obfuscations people type to dodge spam filters ("jan [at] example [dot] nl", "jan(at)example.nl").
 * A match is checked against the shape rules of RFC 5321 that a regex cannot express cheaply
 * (no leading/trailing/double dots, label lengths) before it becomes a span.
 */
const plainRe = /[\p{L}\p{N}._%+'-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}/gu;
// Bracketed "at" is unambiguous; a bare " at " only counts with a spelled-out " dot " after it,
// so prose like "met at school. Then" is not an address.
const bracketedRe =
  /[\p{L}\p{N}._%+-]+\s?(?:\[at\]|\(at\)|\{at\}|\[ät\]|\(a\)|\[@\]|\(@\))\s?(?:[\p{L}\p{N}-]+\s?(?:\[dot\]|\(dot\)|\{dot\}|\[punkt\]|\(punkt\)|\[point\]|\.)\s?)+\p{L}{2,24}\b/giu;
const spelledRe = /[\p{L}\p{N}._%+-]+ at (?:[\p{L}\p{N}-]+ dot )+\p{L}{2,24}\b/giu;
const obfuscationHint = /\bat\b|\(a\)|\[@\]|\(@\)|\[ät\]/i;

function validLocal(local: string): boolean {
  return local.length > 0 && local.length <= 64 && !/^[.]|[.]$|\.\./.test(local);
}

export const emailRecognizer: Recognizer = {
  name: 'email',
  types: ['EMAIL'],
  detect(ctx) {
    const { text } = ctx;
    const spans: Span[] = [];
    if (text.includes('@')) {
      for (const m of text.matchAll(plainRe)) {
        let start = m.index;
        let value = m[0];
        // Quotes and dots that touch the address belong to the sentence, not to the address.
        while (/^['.%+-]/.test(value)) {
          value = value.slice(1);
          start++;
        }
        const at = value.indexOf('@');
        if (!validLocal(value.slice(0, at)) || value.length > 254) continue;
        spans.push({ start, end: start + value.length, type: 'EMAIL', source: 'email', score: 1 });
      }
    }
    if (obfuscationHint.test(text)) {
      for (const re of [bracketedRe, spelledRe]) {
        for (const m of text.matchAll(re)) {
          spans.push({
            start: m.index,
            end: m.index + m[0].length,
            type: 'EMAIL',
            source: 'email',
            score: 0.85,
          });
        }
      }
    }
    return spans;
  },
};
