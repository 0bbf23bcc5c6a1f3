import { type Gazetteer, sequenceFeatures } from './tagger.features.models.js';
import { emissions, type TaggerModel, type TagSpan, tagSpans, tagsOf, viterbi } from './tagger.models.js';
import { sequences, type TextToken, tokenize } from './tagger.tokens.models.js';

export interface TaggedEntity {
  start: number;
  end: number;
  type: string;
}

/**
 * A model's feature function: the hashed features of one sequence's words. `marks` holds one
 * small number per word that the caller computed from the whole text (the special-category
 * tagger's rule hits); the NER tagger has none.
 */
export type Featurize = (words: readonly string[], lang: string, marks?: Uint8Array) => Uint32Array;

export const nerFeatures =
  (gaz: Gazetteer): Featurize =>
  (words, lang) =>
    sequenceFeatures(words, lang, gaz);

/**
 * Decoded sequences by their words and language. A thread repeats itself (every reply quotes the
 * mail before it, signatures recur), so the tagger keeps what it decoded; the owner bounds it.
 */
export type SequenceCache = Map<string, TagSpan[]>;
const cacheLimit = 20_000;

/**
 * Tags raw text: tokenize, cut into sequences, decode each, and map entities back to characters.
 * Quote markers at the start of a line ("> > text") are not part of the sentence: they are left
 * out, so a quoted line is tagged as its original was.
 */
export function tagText(
  model: TaggerModel,
  featurize: Featurize,
  text: string,
  lang: string,
  cache?: SequenceCache,
  marksOf?: (tokens: readonly TextToken[]) => Uint8Array,
): TaggedEntity[] {
  const tokens = tokenize(text);
  const allMarks = marksOf?.(tokens);
  const out: TaggedEntity[] = [];
  for (const [from, b] of sequences(text, tokens)) {
    let a = from;
    while (a < b && (tokens[a]!.text === '>' || tokens[a]!.text === '|')) a++;
    if (a === b) continue;
    const words = tokens.slice(a, b).map((t) => t.text);
    const marks = allMarks?.subarray(a, b);
    const key = `${lang}\u0000${words.join('\u0001')}${marks ? `\u0000${marks.join()}` : ''}`;
    let spans = cache?.get(key);
    if (!spans) {
      const n = words.length;
      const tags = viterbi(model, emissions(model, featurize(words, lang, marks), n), n);
      spans = tagSpans(tags, tagsOf(model)).filter(
        (s) => !model.common || !words.slice(s.start, s.end).every((w) => model.common!.has(w.toLowerCase())),
      );
      if (cache) {
        if (cache.size >= cacheLimit) cache.clear();
        cache.set(key, spans);
      }
    }
    for (const s of spans)
      out.push({ start: tokens[a + s.start]!.start, end: tokens[a + s.end - 1]!.end, type: s.type });
  }
  return out;
}
