import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetectContext, Span } from '../../../src/anonymize/anonymize.types.js';
import { createDetector } from '../../../src/anonymize/detect.js';
import { modelRecognizers } from '../../../src/anonymize/recognizers/model-registry.js';
import { createNerRecognizer, type NerRecognizer } from '../../../src/anonymize/recognizers/ner.js';
import { corruptTinyModelCopy, tinyModelNames, tinyModelsDir } from '../../support/tiny-models.js';

// The tiny model (scripts/models/make-tiny-ner.ts) tags john/anna/jose as B-PER, smith/muller/garcia
// and "##son" as I-PER, acme B-ORG, corp I-ORG, berlin/paris/zurich/malmo B-LOC; all else is O.
const ctx = (text: string): DetectContext => ({
  text,
  lang: 'en',
  participants: [],
  thread: [],
  lists: { allow: [], deny: [] },
});

/** Spans as [type, covered text, start, end] so a failure shows what was found. */
const found = (text: string, spans: Span[]) =>
  spans.map((s) => [s.type, text.slice(s.start, s.end), s.start, s.end]);

describe('transformer NER on the tiny generated model', () => {
  let ner: NerRecognizer;

  beforeAll(async () => {
    ner = createNerRecognizer({ modelsDir: tinyModelsDir, model: tinyModelNames.ner });
    await ner.load();
  });
  afterAll(async () => {
    await ner.dispose();
  });

  it('loads the model and reports itself ready', () => {
    expect(ner.status()).toEqual({ state: 'ready' });
  });

  it('finds people, organisations and places at exact offsets in accented text', async () => {
    const text = 'Dear John Smith, José García works at ACME Corp in Zürich.';
    const [spans] = await ner.detectBatch([ctx(text)]);
    expect(found(text, spans!)).toEqual([
      ['PERSON', 'John Smith', 5, 15],
      ['PERSON', 'José García', 17, 28],
      ['ORG', 'ACME Corp', 38, 47],
      ['LOCATION', 'Zürich', 51, 57],
    ]);
    expect(spans!.every((s) => s.source === 'ner' && s.score > 0.9 && s.score <= 1)).toBe(true);
  });

  it('keeps offsets right after unknown tokens, symbols and decomposed accents', async () => {
    // "Søren" and "€5" are not spellable in the vocabulary ([UNK]); "Müller" is written with a
    // combining diaeresis (u + U+0308), which the tokenizer strips.
    const text = 'Søren (€5) met\tAnna Mu\u0308ller in Malmö; Ørsted & Siemens!';
    const [spans] = await ner.detectBatch([ctx(text)]);
    expect(found(text, spans!)).toEqual([
      ['PERSON', 'Anna Mu\u0308ller', 15, 27],
      ['LOCATION', 'Malmö', 31, 36],
      ['ORG', 'Siemens', 47, 54],
    ]);
  });

  it('covers whole words when a continuation piece carries the tag', async () => {
    const text = 'Johnson lives in Paris.';
    const [spans] = await ner.detectBatch([ctx(text)]);
    expect(found(text, spans!)).toEqual([
      ['PERSON', 'Johnson', 0, 7],
      ['LOCATION', 'Paris', 17, 22],
    ]);
  });

  it('returns one result per text, in order, for a batch', async () => {
    const texts = ['Hello Anna.', '', 'Nothing here at all.', 'From Berlin with John'];
    const results = await ner.detectBatch(texts.map(ctx));
    expect(results.map((spans, i) => found(texts[i]!, spans))).toEqual([
      [['PERSON', 'Anna', 6, 10]],
      [],
      [],
      [
        ['LOCATION', 'Berlin', 5, 11],
        ['PERSON', 'John', 17, 21],
      ],
    ]);
  });

  it('finds entities in a text longer than one 256-token window at their true offsets', async () => {
    const filler = 'the order and the delivery, '.repeat(60); // 6 tokens per repeat: 360 tokens
    const text = `${filler}John Smith works at ACME Corp. ${filler}Anna lives in Berlin.`;
    const [spans] = await ner.detectBatch([ctx(text)]);
    const at = (s: string, from = 0) => text.indexOf(s, from);
    expect(found(text, spans!)).toEqual([
      ['PERSON', 'John Smith', at('John Smith'), at('John Smith') + 10],
      ['ORG', 'ACME Corp', at('ACME Corp'), at('ACME Corp') + 9],
      ['PERSON', 'Anna', at('Anna'), at('Anna') + 4],
      ['LOCATION', 'Berlin', at('Berlin'), at('Berlin') + 6],
    ]);
    expect(at('Anna')).toBeGreaterThan(2000);
  });

  it('joins an entity cut by a window boundary', async () => {
    // Windows of 6 content tokens overlapping by 2 ([0,6), [4,10), …): "john" is token 4 and
    // labelled by the first window, "smith" token 5 by the second.
    const small = createNerRecognizer({
      modelsDir: tinyModelsDir,
      model: tinyModelNames.ner,
      windowTokens: 8,
      overlapTokens: 2,
      batchSize: 3,
    });
    await small.load();
    const text = 'to the order and John Smith from Zürich and Acme Corp. in paris';
    const [spans] = await small.detectBatch([ctx(text)]);
    await small.dispose();
    expect(found(text, spans!)).toEqual([
      ['PERSON', 'John Smith', 17, 27],
      ['LOCATION', 'Zürich', 33, 39],
      ['ORG', 'Acme Corp', 44, 53],
      ['LOCATION', 'paris', 58, 63],
    ]);
  });
});

describe('transformer NER without a usable model', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'veildraft-ner-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is disabled with models.ner_missing when the manifest lists no NER model, and finds nothing', async () => {
    const ner = createNerRecognizer({ modelsDir: dir, model: 'absent' });
    await ner.load();
    const status = ner.status();
    expect(status.state === 'disabled' && status.error.code).toBe('models.ner_missing');
    expect(await ner.detectBatch([ctx('John Smith')])).toEqual([[]]);
  });

  it('is disabled with models.manifest_invalid when the manifest is not valid JSON', async () => {
    const broken = path.join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'manifest.json'), '{ "files": [');
    const ner = createNerRecognizer({ modelsDir: broken, model: tinyModelNames.ner });
    await ner.load();
    const status = ner.status();
    expect(status.state === 'disabled' && status.error.code).toBe('models.manifest_invalid');
  });

  it('is disabled with models.ner_corrupt when a file does not match its sha256', async () => {
    const copy = corruptTinyModelCopy(path.join(dir, 'corrupt'), tinyModelNames.ner);
    const ner = createNerRecognizer({ modelsDir: copy, model: tinyModelNames.ner });
    await ner.load();
    const status = ner.status();
    expect(status.state === 'disabled' && status.error.code).toBe('models.ner_corrupt');
    expect(await ner.detectBatch([ctx('John Smith')])).toEqual([[]]);
  });
});

describe('model recognizers from config', () => {
  it('builds the transformer NER for the configured folder when chosen, none when the setting is empty, and always the special tagger', async () => {
    const [ner, ...rest] = modelRecognizers({
      modelsDir: tinyModelsDir,
      nerModel: tinyModelNames.ner,
      nerEngine: 'transformer',
    });
    expect(rest.map((m) => m.name)).toEqual(['special-tagger']);
    await ner!.load();
    const [spans] = await ner!.detectBatch([ctx('Anna')]);
    await ner!.dispose();
    expect(spans!.map((s) => s.type)).toEqual(['PERSON']);
    const names = (m: { name: string }[]) => m.map((x) => x.name);
    expect(
      names(modelRecognizers({ modelsDir: tinyModelsDir, nerModel: '', nerEngine: 'transformer' })),
    ).toEqual(['special-tagger']);
    expect(
      names(modelRecognizers({ modelsDir: tinyModelsDir, nerModel: tinyModelNames.ner, nerEngine: 'off' })),
    ).toEqual(['special-tagger']);
    expect(
      modelRecognizers({ modelsDir: tinyModelsDir, nerModel: tinyModelNames.ner, nerEngine: 'tagger' }).map(
        (m) => m.name,
      ),
    ).toEqual(['ner-tagger', 'special-tagger']);
  });
});

describe('transformer NER inside the detector', () => {
  it('adds what only the model finds (lower-case names the rules leave alone), batched through detectMany', async () => {
    const detector = createDetector({
      models: [createNerRecognizer({ modelsDir: tinyModelsDir, model: tinyModelNames.ner })],
    });
    await detector.load();
    const texts = [
      'the parcel for acme corp was left with jose garcia.',
      'ok, siemens will send it to malmo.',
    ];
    const withModel = await detector.detectMany(texts.map((text) => ({ text })));
    const rulesOnly = texts.map((text) => detector.detect({ text }));
    await detector.dispose();
    expect(rulesOnly).toEqual([[], []]);
    expect(withModel.map((spans, i) => found(texts[i]!, spans))).toEqual([
      [
        ['ORG', 'acme corp', 15, 24],
        ['PERSON', 'jose garcia', 39, 50],
      ],
      [
        ['ORG', 'siemens', 4, 11],
        ['LOCATION', 'malmo', 28, 33],
      ],
    ]);
  });
});
