/**
 * Training of the NER tagger: an averaged structured perceptron (Collins 2002). For each sequence,
 * decode with the current weights; where the best sequence differs from the gold one, add the
 * gold tags' features and subtract the predicted ones'. The returned weights are the average over
 * every step, which generalises far better than the last ones. Deterministic for a given seed.
 */
import { seededRandom } from '../../shared/random.js';
import { emissions, NO_FEATURE, TAGS, type TaggerModel, viterbi } from './tagger.models.js';

export interface TrainSequence {
  features: Uint32Array;
  gold: Uint8Array;
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  seed: number;
  /** The tag set the gold indices refer to; TAGS (NER) when absent. */
  tags?: readonly string[];
  /** Called with the averaged model after each epoch (for scoring on a development split). */
  onEpoch?: (epoch: number, model: TaggerModel) => void;
}

export function shuffle<X>(items: X[], random: () => number): X[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function averaged(w: Float32Array, acc: Float64Array, c: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i]! - acc[i]! / c;
  return out;
}

export function trainTagger(data: readonly TrainSequence[], options: TrainOptions): TaggerModel {
  const { buckets } = options;
  if ((buckets & (buckets - 1)) !== 0) throw new Error('buckets must be a power of two');
  const mask = buckets - 1;
  const tags = options.tags ?? TAGS;
  const T = tags.length;
  const w = new Float32Array(buckets * T);
  const acc = new Float64Array(buckets * T);
  const tw = new Float32Array((T + 1) * T);
  const tacc = new Float64Array((T + 1) * T);
  const live: TaggerModel = { buckets, weights: w, scale: 1, transitions: tw, tags };
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  let c = 1;

  const update = (features: Uint32Array, i: number, per: number, tag: number, delta: number) => {
    for (let k = 0; k < per; k++) {
      const f = features[i * per + k]!;
      if (f === NO_FEATURE) continue;
      const idx = ((f & mask) >>> 0) * T + tag;
      w[idx]! += delta;
      acc[idx]! += delta * c;
    }
  };

  let model: TaggerModel = live;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const s of shuffle(order, random)) {
      const { features, gold } = data[s]!;
      const n = gold.length;
      if (n === 0) continue;
      const per = features.length / n;
      const pred = viterbi(live, emissions(live, features, n), n);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          update(features, i, per, g, 1);
          update(features, i, per, p, -1);
        }
        const gPrev = i === 0 ? T : gold[i - 1]!;
        const pPrev = i === 0 ? T : pred[i - 1]!;
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * T + g]! += 1;
          tacc[gPrev * T + g]! += c;
          tw[pPrev * T + p]! -= 1;
          tacc[pPrev * T + p]! -= c;
        }
      }
      c++;
    }
    model = { buckets, weights: averaged(w, acc, c), scale: 1, transitions: averaged(tw, tacc, c), tags };
    options.onEpoch?.(epoch, model);
  }
  return model;
}
