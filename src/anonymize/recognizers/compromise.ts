import nlp from 'compromise';
import type { DetectContext, EntityType, Recognizer, Span } from '../anonymize.types.js';

/**
 * English people, places and organisations from compromise's tagger (rule + lexicon based, no
 * model file). English only: its lexicon and grammar are English, and on other languages it tags
 * capitalised nouns as people. Scores stay below the structure evidence (0.9) and the gazetteer
 * with a surname (0.75), so overlaps are decided in their favour.
 *
 * Cost: the slowest rule recognizer by far, about 2 ms fixed per call plus roughly 10 ms per
 * 1.5 KB of English on one core (tests/anonymize/recognizers/compromise.test.ts prints it);
 * the other name, place and special-category recognizers take well under 1 ms per email.
 */

type Doc = ReturnType<typeof nlp>;
interface Picker {
  type: EntityType;
  pick: (doc: Doc) => { out(format: 'array'): unknown };
  score: number;
}
const kinds: Picker[] = [
  { type: 'PERSON', pick: (doc) => doc.people(), score: 0.55 },
  { type: 'LOCATION', pick: (doc) => doc.places(), score: 0.5 },
  { type: 'ORG', pick: (doc) => doc.organizations(), score: 0.45 },
];

/** Words compromise tags as people/places that are mail furniture, not personal data. */
const stop =
  /^(?:dear|hi|hello|regards|thanks|thank you|best|mr|mrs|ms|dr|sir|madam|customer|team|support)\.?$/iu;

/**
 * compromise runs a list of compute steps on every document. We read only people, places and
 * organisations, so the noun/verb chunker and the autocomplete index are skipped: measured at
 * about a third of the time per email with the same matches. (This list is global to compromise
 * in this process; nothing else here builds documents with it.)
 */
const world = (nlp as unknown as { world(): { hooks: string[] } }).world();
world.hooks = world.hooks.filter((h) => h !== 'chunks' && h !== 'typeahead');

export function compromiseSpans(text: string, allow: Set<string>): Span[] {
  const out: Span[] = [];
  // The whole text in one call: tagging only the sentences that looked promising lost a tenth of
  // the names (compromise needs the surrounding sentences) and saved little on real mail.
  tagRange(text, 0, text.length, allow, out);
  return out;
}

/**
 * compromise's own `.out('offset')` costs six times its `.out('array')`, so the matches are
 * located in the text here instead, in document order.
 */
function tagRange(text: string, from: number, to: number, allow: Set<string>, out: Span[]): void {
  const slice = text.slice(from, to);
  const doc = nlp(slice);
  for (const kind of kinds) {
    let cursor = 0;
    for (const raw of kind.pick(doc).out('array') as string[]) {
      const at = slice.indexOf(raw, cursor);
      if (at < 0) continue;
      cursor = at + raw.length;
      let start = from + at;
      let end = start + raw.length;
      // compromise includes trailing punctuation and possessives in the match; trim to the name.
      while (end > start && /[\s.,;:!?"'’)\]]/u.test(text.charAt(end - 1))) end--;
      if (/['’]s$/u.test(text.slice(start, end))) end -= 2;
      while (start < end && /[\s"'(“[]/u.test(text.charAt(start))) start++;
      const found = text.slice(start, end);
      if (found.length < 2 || stop.test(found) || allow.has(found.toLowerCase())) continue;
      // Lower-case matches are left to the transformer NER: compromise guesses them from its
      // first-name lexicon alone, and the rules promise to leave lower-case text to the model.
      if (!/\p{Lu}/u.test(found.charAt(0))) continue;
      out.push({ start, end, type: kind.type, source: 'compromise', score: kind.score });
    }
  }
}

export const compromiseRecognizer: Recognizer = {
  name: 'compromise',
  types: ['PERSON', 'LOCATION', 'ORG'],
  detect(ctx: DetectContext): Span[] {
    if (ctx.lang !== 'en') return [];
    return compromiseSpans(ctx.text, new Set(ctx.lists.allow.map((a) => a.toLowerCase())));
  },
};
