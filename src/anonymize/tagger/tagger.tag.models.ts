import { type Gazetteer, sequenceFeatures } from './tagger.features.models.js';
import { emissions, type TaggerModel, type TagSpan, tagSpans, viterbi } from './tagger.models.js';
import { sequences, tokenize } from './tagger.tokens.models.js';

export interface TaggedEntity {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

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
  gaz: Gazetteer,
  text: string,
  lang: string,
  cache?: SequenceCache,
): TaggedEntity[] {
  const tokens = tokenize(text);
  const out: TaggedEntity[] = [];
  for (const [from, b] of sequences(text, tokens)) {
    let a = from;
    while (a < b && (tokens[a]!.text === '>' || tokens[a]!.text === '|')) a++;
    if (a === b) continue;
    const words = tokens.slice(a, b).map((t) => t.text);
    const key = `${lang}\u0000${words.join('\u0001')}`;
    let spans = cache?.get(key);
    if (!spans) {
      const n = words.length;
      const tags = viterbi(model, emissions(model, sequenceFeatures(words, lang, gaz), n), n);
      spans = tagSpans(tags).filter(
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
