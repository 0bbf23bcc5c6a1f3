import { describe, expect, it } from 'vitest';
import { convertDocument } from '../../../scripts/ner/gum.js';
import {
  buildWordClasses,
  capClass,
  decodeWordClass,
  FINE,
} from '../../../src/anonymize/tagger/tagger.clusters.models.js';
import { nerEmissions } from '../../../src/anonymize/tagger/tagger.emissions.models.js';
import {
  type Gazetteer,
  sequenceFeatures,
  withWordClasses,
} from '../../../src/anonymize/tagger/tagger.features.models.js';
import { decodeModel, encodeModel } from '../../../src/anonymize/tagger/tagger.file.js';
import { emissions, TAGS, type TaggerModel } from '../../../src/anonymize/tagger/tagger.models.js';
import { nerFeatures, tagText } from '../../../src/anonymize/tagger/tagger.tag.models.js';
import { trainTagger } from '../../../src/anonymize/tagger/tagger.train.models.js';

const noGaz: Gazetteer = { given: () => false, surname: () => false, place: () => false };

/** Towns after "in" and "to", names after "Dear" and "with", and a sentence-initial "However". */
function text(): string[][] {
  const towns = ['Leeds', 'Bremen', 'Lyon', 'Bergen', 'Graz', 'Porto', 'Turku', 'Gdansk'];
  const names = ['Anna', 'Paul', 'Maria', 'Jon', 'Eva', 'Tom', 'Lena', 'Piet'];
  const out: string[][] = [];
  for (let k = 0; k < 3; k++)
    for (const [i, t] of towns.entries()) {
      out.push(['We', 'drove', 'to', t, 'and', 'stayed', 'in', t, 'again', '.']);
      out.push(['Dear', names[i]!, ',', 'however', 'you', 'came', 'with', names[(i + 1) % 8]!, '.']);
      out.push(['However', ',', 'the', 'weather', 'was', 'fine', '.']);
    }
  return out;
}

describe('word classes from the training text', () => {
  const classes = buildWordClasses(text(), { minCount: 2, seed: 7, coarse: 4 });

  it('puts words used between the same neighbours in one cluster, apart from other words', () => {
    const cluster = (w: string) => decodeWordClass(classes.get(w)!).coarse;
    expect(new Set(['leeds', 'bremen', 'lyon', 'porto'].map(cluster)).size).toBe(1);
    expect(new Set(['anna', 'paul', 'maria'].map(cluster)).size).toBe(1);
    expect(cluster('leeds')).not.toBe(cluster('anna'));
    expect(cluster('leeds')).not.toBe(cluster('however'));
    const { coarse, fine } = decodeWordClass(classes.get('leeds')!);
    expect(Math.floor((fine - 1) / FINE) + 1).toBe(coarse);
  });

  it('knows a word capitalised only at the start of a sentence as a lower-case word', () => {
    expect(decodeWordClass(classes.get('however')!).cap).toBe(capClass(0, 8));
    expect(decodeWordClass(classes.get('however')!).cap).toBe(1);
    expect(decodeWordClass(classes.get('leeds')!).cap).toBe(4);
    expect(classes.has('nowhere')).toBe(false);
  });

  it('is deterministic for a seed and independent of the order of equally frequent words', () => {
    expect([...buildWordClasses(text(), { minCount: 2, seed: 7, coarse: 4 })]).toEqual([...classes]);
  });

  it('changes the features of a word the classes know, and keeps the table through the model file', () => {
    const gaz = withWordClasses(noGaz, classes);
    expect(withWordClasses(noGaz, classes)).toBe(gaz);
    expect(Array.from(sequenceFeatures(['in', 'Leeds'], 'en', gaz))).not.toEqual(
      Array.from(sequenceFeatures(['in', 'Leeds'], 'en', noGaz)),
    );
    const data = text().map((tokens) => ({
      features: sequenceFeatures(tokens, 'en', gaz),
      gold: Uint8Array.from(tokens, (w) =>
        /^(Leeds|Bremen|Lyon|Bergen|Graz|Porto|Turku|Gdansk)$/.test(w) ? TAGS.indexOf('B-LOC') : 0,
      ),
    }));
    const model: TaggerModel = {
      ...trainTagger(data, { buckets: 2 ** 12, epochs: 3, seed: 1 }),
      wordClasses: classes,
    };
    const { model: loaded } = decodeModel(encodeModel(model, {}));
    expect([...loaded.wordClasses!]).toEqual([...classes].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    const found = tagText(
      loaded,
      nerFeatures(withWordClasses(noGaz, loaded.wordClasses)),
      'We drove to Graz.',
      'en',
    );
    expect(found.map((e) => e.type)).toEqual(['LOC']);
  });

  it('gives the same scores through the per-word emission path as through the features', () => {
    const gaz = withWordClasses(noGaz, classes);
    const data = text().map((tokens) => ({
      features: sequenceFeatures(tokens, 'en', gaz),
      gold: Uint8Array.from(tokens, (w) => (/^(Anna|Paul|Maria|Jon)$/.test(w) ? TAGS.indexOf('B-PER') : 0)),
    }));
    // As shipped: int16 weights, whose sums are exact in either order.
    const { model } = decodeModel(
      encodeModel(trainTagger(data, { buckets: 2 ** 12, epochs: 2, seed: 4 }), {}),
    );
    const words = ['However', ',', 'Dear', 'Lena', 'drove', 'to', 'Turku', 'and', 'Nowhere', '.'];
    expect(Array.from(nerEmissions(model, words, 'en', gaz))).toEqual(
      Array.from(emissions(model, sequenceFeatures(words, 'en', gaz), words.length)),
    );
  });

  it('refuses a model written for another feature layout', () => {
    const model = trainTagger([], { buckets: 2 ** 4, epochs: 1, seed: 1 });
    expect(() => decodeModel(encodeModel(model, {}, 1))).toThrow(/feature version 1/);
    expect(decodeModel(encodeModel(model, {}, 1), TAGS, 1).model.buckets).toBe(2 ** 4);
  });
});

describe('GUM conversion', () => {
  const doc = [
    '# sent_id = x-1',
    '1\tPresident\tPresident\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-x-1',
    '2\tAnna\tAnna\tPROPN\tNNP\t_\t3\tflat\t_\t_',
    '3\tBerg\tBerg\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)',
    '4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_',
    '5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(2-organization-new-x-1',
    '6\tBank\tBank\tPROPN\tNNP\t_\t4\tobj\t_\t_',
    '7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_',
    '8\tAmerica\tAmerica\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(3-place-new-x-1)2)',
    '9\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_',
    '10\tspring\tspring\tNOUN\tNN\t_\t4\tobl\t_\tEntity=(4-time-new-x-1)',
    '11\twith\twith\tADP\tIN\t_\t12\tcase\t_\t_',
    '12\ther\ther\tPRON\tPRP\t_\t13\tnmod\t_\tEntity=(5-person-giv-x-1)',
    '13\tson\tson\tNOUN\tNN\t_\t4\tobl\t_\tEntity=(6-person-new-x-1)',
    '',
  ].join('\n');

  it('keeps named mentions only, without titles and articles, the longest of nested ones', () => {
    const rows = convertDocument(doc)
      .split('\n')
      .map((l) => l.split('\t')[1]);
    expect(rows).toEqual([
      'O',
      'B-PER',
      'I-PER',
      'O',
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
      'O',
      'O',
      'O',
      'O',
    ]);
  });
});
