import { describe, expect, it } from 'vitest';
import { countSentence, type EntityCounts, score } from '../../../scripts/ner/conlleval.js';
import {
  FEATURES_PER_TOKEN,
  type Gazetteer,
  sequenceFeatures,
  shapeOf,
} from '../../../src/anonymize/tagger/tagger.features.models.js';
import { decodeModel, encodeModel } from '../../../src/anonymize/tagger/tagger.file.js';
import {
  allowed,
  emissions,
  NO_FEATURE,
  T,
  TAGS,
  type TaggerModel,
  tagSpans,
  toIob2,
  viterbi,
} from '../../../src/anonymize/tagger/tagger.models.js';
import { nerFeatures, tagText } from '../../../src/anonymize/tagger/tagger.tag.models.js';
import { sequences, tokenize } from '../../../src/anonymize/tagger/tagger.tokens.models.js';
import { trainTagger } from '../../../src/anonymize/tagger/tagger.train.models.js';

const noGaz: Gazetteer = { given: () => false, surname: () => false, place: () => false };
const tag = (name: string) => TAGS.indexOf(name as (typeof TAGS)[number]);

describe('tagger tokens', () => {
  it('cuts words and punctuation with their offsets, keeping titles and initialisms whole', () => {
    const text = 'Dr. Anna Müller-Lüdenscheidt (U.S.A.) wrote, on 3.4.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'Dr.',
      'Anna',
      'Müller-Lüdenscheidt',
      '(',
      'U.S.A.',
      ')',
      'wrote',
      ',',
      'on',
      '3.4',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('ends a sequence at a line break and at a sentence end before a capital', () => {
    const text = 'Thanks. See you\nAnna Berg\nbye. then more';
    const tokens = tokenize(text);
    const seqs = sequences(text, tokens).map(([a, b]) =>
      tokens
        .slice(a, b)
        .map((t) => t.text)
        .join(' '),
    );
    expect(seqs).toEqual(['Thanks .', 'See you', 'Anna Berg', 'bye . then more']);
  });
});

describe('tagger features', () => {
  it('gives word shapes with runs collapsed', () => {
    expect([shapeOf('Müller'), shapeOf('GmbH'), shapeOf('AB-123'), shapeOf('anna'), shapeOf('.')]).toEqual([
      'Xx',
      'XxX',
      'X-d',
      'x',
      '.',
    ]);
  });

  it('hashes the same features for the same words and different ones for another word', () => {
    const a = sequenceFeatures(['Dear', 'Anna'], 'en', noGaz);
    const b = sequenceFeatures(['Dear', 'Anna'], 'en', noGaz);
    const c = sequenceFeatures(['Dear', 'Berta'], 'en', noGaz);
    expect(a.length).toBe(2 * FEATURES_PER_TOKEN);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a.slice(FEATURES_PER_TOKEN))).not.toEqual(Array.from(c.slice(FEATURES_PER_TOKEN)));
  });
});

describe('tagger decoding', () => {
  it('never starts an entity with I- nor continues one of another type', () => {
    expect(allowed(T, tag('I-PER'))).toBe(false);
    expect(allowed(tag('B-PER'), tag('I-PER'))).toBe(true);
    expect(allowed(tag('B-ORG'), tag('I-PER'))).toBe(false);
    expect(allowed(tag('O'), tag('B-LOC'))).toBe(true);
  });

  it('picks the best sequence under the BIO constraints, not the best tag per token', () => {
    const model: TaggerModel = {
      buckets: 1,
      weights: new Float32Array(T),
      scale: 1,
      transitions: new Float32Array((T + 1) * T),
    };
    // Token 0 prefers I-PER (not allowed at the start), token 1 prefers I-PER too.
    const em = new Float32Array(2 * T);
    em[tag('I-PER')] = 5;
    em[tag('B-PER')] = 4;
    em[T + tag('I-PER')] = 5;
    expect(Array.from(viterbi(model, em, 2), (t) => TAGS[t])).toEqual(['B-PER', 'I-PER']);
  });

  it('turns tags into entities, a B- after an entity starting a new one', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'I-ORG'].map(tag);
    expect(tagSpans(tags)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
      { start: 6, end: 7, type: 'ORG' },
    ]);
  });

  it('reads IOB1 and IO tag schemes as IOB2', () => {
    expect(toIob2(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC'])).toEqual([
      'B-PER',
      'I-PER',
      'B-PER',
      'O',
      'B-LOC',
    ]);
    expect(toIob2(['PER', 'PER', '0', 'ORG'])).toEqual(['B-PER', 'I-PER', 'O', 'B-ORG']);
  });
});

/** A tiny corpus: names after greetings and verbs, towns after "in". */
function tinyCorpus() {
  const names = ['Anna Berg', 'Paul Smith', 'Maria Lopez', 'Jon Olsen', 'Eva Kraus', 'Tom Hill'];
  const towns = ['Leeds', 'Bremen', 'Lyon', 'Bergen', 'Graz', 'Porto'];
  const out: { tokens: string[]; tags: string[] }[] = [];
  for (const [i, n] of names.entries()) {
    const [f, l] = n.split(' ');
    out.push({ tokens: ['Dear', f!, l!, ','], tags: ['O', 'B-PER', 'I-PER', 'O'] });
    out.push({
      tokens: ['I', 'live', 'in', towns[i]!, 'now', '.'],
      tags: ['O', 'O', 'O', 'B-LOC', 'O', 'O'],
    });
    out.push({ tokens: ['Please', 'call', f!, 'today', '.'], tags: ['O', 'O', 'B-PER', 'O', 'O'] });
  }
  return out;
}

function trainTiny(seed: number): TaggerModel {
  const data = tinyCorpus().map((s) => ({
    features: sequenceFeatures(s.tokens, 'en', noGaz),
    gold: Uint8Array.from(s.tags, tag),
  }));
  return trainTagger(data, { buckets: 2 ** 12, epochs: 5, seed });
}

describe('tagger training', () => {
  it('is deterministic for a seed: the same model file byte for byte', () => {
    expect(encodeModel(trainTiny(3), {}).equals(encodeModel(trainTiny(3), {}))).toBe(true);
  });

  it('skips empty feature slots in training and in scoring', () => {
    const data = tinyCorpus().map((s) => ({
      features: sequenceFeatures(s.tokens, 'en', noGaz),
      gold: Uint8Array.from(s.tags, tag),
    }));
    // The same features with two empty slots after each token's own.
    const padded = data.map(({ features, gold }) => {
      const out = new Uint32Array(gold.length * (FEATURES_PER_TOKEN + 2)).fill(NO_FEATURE);
      for (let i = 0; i < gold.length; i++)
        out.set(
          features.subarray(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN),
          i * (FEATURES_PER_TOKEN + 2),
        );
      return { features: out, gold };
    });
    const options = { buckets: 2 ** 12, epochs: 3, seed: 5 };
    const plain = trainTagger(data, options);
    expect(encodeModel(trainTagger(padded, options), {}).equals(encodeModel(plain, {}))).toBe(true);
    const { features, gold } = padded[0]!;
    expect(Array.from(emissions(plain, features, gold.length))).toEqual(
      Array.from(emissions(plain, data[0]!.features, gold.length)),
    );
  });

  it('learns the contexts, so unseen names and towns are found', () => {
    const model = trainTiny(3);
    const text = 'Dear Lena Vogt,\nI live in Tromsø now.';
    const found = tagText(model, nerFeatures(noGaz), text, 'en').map(
      (e) => `${e.type}:${text.slice(e.start, e.end)}`,
    );
    expect(found).toEqual(['PER:Lena Vogt', 'LOC:Tromsø']);
  });

  it('tags a quoted line as its original, and answers a repeated line from its cache', () => {
    const model = trainTiny(3);
    const text = 'Dear Lena Vogt,\n> Dear Lena Vogt,\n> > Dear Lena Vogt,';
    const cache = new Map();
    const first = tagText(model, nerFeatures(noGaz), text, 'en', { cache }).map(
      (e) => `${e.type}:${text.slice(e.start, e.end)}`,
    );
    expect(first).toEqual(['PER:Lena Vogt', 'PER:Lena Vogt', 'PER:Lena Vogt']);
    expect(cache.size).toBe(1);
    expect(tagText(model, nerFeatures(noGaz), text, 'en', { cache })).toEqual(
      tagText(model, nerFeatures(noGaz), text, 'en'),
    );
  });

  it('keeps its decisions through the int16 model file', () => {
    const model = trainTiny(5);
    const { model: loaded, header } = decodeModel(encodeModel(model, { note: 'tiny' }));
    expect(header.training).toEqual({ note: 'tiny' });
    expect(loaded.weights).toBeInstanceOf(Int16Array);
    for (const s of tinyCorpus()) {
      const f = sequenceFeatures(s.tokens, 'en', noGaz);
      const n = s.tokens.length;
      expect(Array.from(viterbi(loaded, emissions(loaded, f, n), n))).toEqual(
        Array.from(viterbi(model, emissions(model, f, n), n)),
      );
    }
  });

  it('refuses a file that is not a tagger model or was cut short', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(() => decodeModel(gzipSync(Buffer.from('hello')))).toThrow(/not a Veildraft NER tagger model/);
    const whole = (await import('node:zlib')).gunzipSync(encodeModel(trainTiny(1), {}));
    expect(() => decodeModel(gzipSync(whole.subarray(0, whole.length - 10)))).toThrow(/truncated/);
  });
});

describe('entity scoring (conlleval)', () => {
  it('counts an entity as correct only with its exact span and type', () => {
    const counts = new Map<string, EntityCounts>();
    countSentence(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC'], counts);
    countSentence(['B-ORG', 'O'], ['B-LOC', 'O'], counts);
    expect(score(counts.get('ALL')!)).toMatchObject({ gold: 3, predicted: 3, correct: 1 });
    expect(score(counts.get('LOC')!)).toMatchObject({
      gold: 1,
      predicted: 2,
      correct: 1,
      precision: 0.5,
      recall: 1,
    });
  });
});
