import { type Gazetteer, sequenceFeatures } from './tagger.features.models.js';
import { emissions, type TaggerModel, tagSpans, viterbi } from './tagger.models.js';
import { sequences, tokenize } from './tagger.tokens.models.js';

export interface TaggedEntity {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** Tags raw text: tokenize, cut into sequences, decode each, and map entities back to characters. */
export function tagText(model: TaggerModel, gaz: Gazetteer, text: string, lang: string): TaggedEntity[] {
  const tokens = tokenize(text);
  const out: TaggedEntity[] = [];
  for (const [a, b] of sequences(text, tokens)) {
    const words = tokens.slice(a, b).map((t) => t.text);
    const n = words.length;
    const tags = viterbi(model, emissions(model, sequenceFeatures(words, lang, gaz), n), n);
    for (const s of tagSpans(tags)) {
      if (model.common && words.slice(s.start, s.end).every((w) => model.common!.has(w.toLowerCase())))
        continue;
      out.push({ start: tokens[a + s.start]!.start, end: tokens[a + s.end - 1]!.end, type: s.type });
    }
  }
  return out;
}
