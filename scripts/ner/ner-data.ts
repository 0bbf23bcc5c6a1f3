/** Corpus sentences to the tagger's training sequences, and scoring a model on sentences. */
import { type Gazetteer, sequenceFeatures } from '../../src/anonymize/tagger/tagger.features.models.js';
import { emissions, TAGS, type TaggerModel, viterbi } from '../../src/anonymize/tagger/tagger.models.js';
import type { TrainSequence } from '../../src/anonymize/tagger/tagger.train.models.js';
import { countSentence, type EntityCounts, type EntityScore, score } from './conlleval.js';
import type { Sentence } from './corpora.js';

const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));

export function toTrainSequence(s: Sentence, gaz: Gazetteer): TrainSequence {
  return {
    features: sequenceFeatures(s.tokens, s.lang, gaz),
    gold: Uint8Array.from(s.tags, (t) => tagIndex.get(t) ?? 0),
  };
}

export function predict(model: TaggerModel, s: Sentence, gaz: Gazetteer): string[] {
  const n = s.tokens.length;
  const tags = viterbi(model, emissions(model, sequenceFeatures(s.tokens, s.lang, gaz), n), n);
  return Array.from(tags, (t) => TAGS[t]!);
}

/** Entity-level scores per type and "ALL"; `types` restricts what counts (e.g. without MISC). */
export function evaluate(
  model: TaggerModel,
  sentences: readonly Sentence[],
  gaz: Gazetteer,
  types?: ReadonlySet<string>,
): Record<string, EntityScore> {
  const counts = new Map<string, EntityCounts>();
  for (const s of sentences) countSentence(s.tags, predict(model, s, gaz), counts, types);
  return Object.fromEntries([...counts].map(([k, c]) => [k, score(c)]));
}
