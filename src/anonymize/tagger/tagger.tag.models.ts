import { nerEmissions } from './tagger.emissions.models.js';
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
export interface Featurize {
  (words: readonly string[], lang: string, marks?: Uint8Array): Uint32Array;
  /** The same scores as emissions() over the features, computed faster (see tagger.emissions.models.ts). */
  emissions?: (
    model: TaggerModel,
    words: readonly string[],
    lang: string,
    marks?: Uint8Array,
  ) => Float32Array;
}

export const nerFeatures = (gaz: Gazetteer): Featurize =>
  Object.assign((words: readonly string[], lang: string) => sequenceFeatures(words, lang, gaz), {
    emissions: (model: TaggerModel, words: readonly string[], lang: string) =>
      nerEmissions(model, words, lang, gaz),
  });

/**
 * Decoded sequences by their words and language. A thread repeats itself (every reply quotes the
 * mail before it, signatures recur), so the tagger keeps what it decoded; the owner bounds it.
 */
export type SequenceCache = Map<string, TagSpan[]>;
const cacheLimit = 20_000;

/** A text's tokens and the sequences the taggers decode, quote markers already left out. */
export interface TextSequences {
  tokens: TextToken[];
  /** [start, end) token indices, never empty. */
  spans: [number, number][];
  /** Each sequence's words, and its words joined for the decoded-sequence caches (made when first asked). */
  words: (string[] | undefined)[];
  joined: (string | undefined)[];
}

/**
 * The last texts' tokens and sequences: both taggers read the same text one after the other (the
 * detector hands each model the same batch), so the second one reuses the first one's work. A
 * batch's texts are enough (the detector's default batch): a text's tokens take ~40 KB.
 */
const textCache = new Map<string, TextSequences>();
const textCacheLimit = 16;

/**
 * Tokenize and cut into sequences. Quote markers at the start of a line ("> > text") are not part
 * of the sentence: they are left out, so a quoted line is tagged as its original was.
 */
export function textSequences(text: string): TextSequences {
  let out = textCache.get(text);
  if (!out) {
    const tokens = tokenize(text);
    const spans: [number, number][] = [];
    for (const [from, b] of sequences(text, tokens)) {
      let a = from;
      while (a < b && (tokens[a]!.text === '>' || tokens[a]!.text === '|')) a++;
      if (a < b) spans.push([a, b]);
    }
    out = { tokens, spans, words: new Array(spans.length), joined: new Array(spans.length) };
    if (textCache.size >= textCacheLimit) textCache.clear();
    textCache.set(text, out);
  }
  return out;
}

export interface TagOptions {
  /** Decoded sequences to reuse (see SequenceCache). */
  cache?: SequenceCache;
  /** One mark per token of the whole text, handed to the feature function per sequence. */
  marksOf?: (tokens: readonly TextToken[]) => Uint8Array;
  /** A cheap test per sequence: false means it holds nothing to tag and is not decoded. */
  gate?: (words: readonly string[], marks?: Uint8Array) => boolean;
}

/** Tags raw text: each sequence decoded (or taken from the cache), entities mapped back to characters. */
export function tagText(
  model: TaggerModel,
  featurize: Featurize,
  text: string,
  lang: string,
  options: TagOptions = {},
): TaggedEntity[] {
  const { cache, marksOf, gate } = options;
  const seqs = textSequences(text);
  const { tokens } = seqs;
  const allMarks = marksOf?.(tokens);
  const out: TaggedEntity[] = [];
  // Both taggers read the same sequences of a text: their words and cache keys are made once.
  for (let q = 0; q < seqs.spans.length; q++) {
    const [a, b] = seqs.spans[q]!;
    let words = seqs.words[q];
    if (!words) {
      words = new Array(b - a);
      for (let i = a; i < b; i++) words[i - a] = tokens[i]!.text;
      seqs.words[q] = words;
    }
    const marks = allMarks?.subarray(a, b);
    if (gate && !gate(words, marks)) continue;
    seqs.joined[q] ??= words.join('\u0001');
    const joined = seqs.joined[q];
    const key = `${lang}\u0000${joined}${marks ? `\u0000${String.fromCharCode(...marks)}` : ''}`;
    let spans = cache?.get(key);
    if (!spans) {
      const n = words.length;
      const em = featurize.emissions
        ? featurize.emissions(model, words, lang, marks)
        : emissions(model, featurize(words, lang, marks), n);
      const tags = viterbi(model, em, n);
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
