/**
 * The special-category tagger's gate: most sentences of customer mail hold no Art. 9 fact, and
 * decoding them all cost as much CPU as the NER tagger. A sentence is decoded only when a rule
 * recognizer marked a word in it or when one of its words, on its own, pulls the model towards a
 * special-category tag: the word's own features (word, affixes, shape, language × word) or one
 * of its neighbour features ("since my", "member of") give some tag more weight than O by at
 * least the threshold. The evidence is read from the model's weights (the feature ids are those
 * of specialFeatures, SPECIAL_FEATURE_VERSION 2) and kept per word and language.
 */
import { ownCopy } from '../lexicon/lexicon.text.js';
import { mix, strHash } from './tagger.features.models.js';
import { addFeatureRow, type TaggerModel, tagsOf } from './tagger.models.js';
import { ownFeatures, specialWord } from './tagger.special-features.models.js';

/**
 * In the model's weight units. Chosen on the second, third and fifth blind sets' dev halves with
 * the model of feature version 2: up to 56 the gate costs no character of special-category recall
 * there, at 64 the fifth loses some; 48 keeps a margin. There the words alone open the gate for
 * 43 % of the sentences at 48, against 63 % at 32 (the threshold of version 1, whose weights ran
 * lower). A retrained model must be checked again (the weights' scale moves with training; see
 * MODEL_CARD.md).
 */
export const SPECIAL_GATE_THRESHOLD = 48;

const cacheLimit = 50_000;

/** The largest margin of a special-category tag over O that the word brings, on its own. */
export function wordEvidence(model: TaggerModel, word: string, lang: string): number {
  const T = tagsOf(model).length;
  const w = specialWord(word);
  const own = new Float64Array(T);
  for (const f of [...ownFeatures(w), mix(mix(117, strHash(`lang:${lang}`)), w.lower)])
    addFeatureRow(model, f, own, 0, T);
  let best = Number.NEGATIVE_INFINITY;
  for (let t = 1; t < T; t++) best = Math.max(best, own[t]! - own[0]!);
  // As the word before (103), after (104), two before (105) and two after (106) another word.
  for (const id of [103, 104, 105, 106]) {
    const r = new Float64Array(T);
    addFeatureRow(model, mix(id, w.lower), r, 0, T);
    for (let t = 1; t < T; t++) best = Math.max(best, r[t]! - r[0]!);
  }
  return best * model.scale;
}

/** Words' evidence per language, kept across texts (it depends on the model only). */
export type EvidenceCache = Map<string, Map<string, number>>;

/** A gate for tagText: decode a sequence with a rule mark or a word whose evidence reaches `threshold`. */
export function specialGate(
  model: TaggerModel,
  lang: string,
  threshold = SPECIAL_GATE_THRESHOLD,
  cache: EvidenceCache = new Map(),
): (words: readonly string[], marks?: Uint8Array) => boolean {
  let mine = cache.get(lang);
  if (!mine) {
    mine = new Map();
    cache.set(lang, mine);
  }
  const known = mine;
  return (words, marks) => {
    if (marks) for (let i = 0; i < marks.length; i++) if (marks[i]) return true;
    for (const word of words) {
      let e = known.get(word);
      if (e === undefined) {
        if (known.size >= cacheLimit) known.clear();
        e = wordEvidence(model, word, lang);
        known.set(ownCopy(word), e);
      }
      if (e >= threshold) return true;
    }
    return false;
  };
}
