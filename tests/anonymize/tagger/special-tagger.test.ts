import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillTemplate,
  generatedTexts,
  readTemplates,
  vocabulary,
} from '../../../scripts/special/generate.js';
import { toSequences } from '../../../scripts/special/special-data.js';
import { type Lang, languages, type SpecialType } from '../../../src/anonymize/anonymize.types.js';
import { createDetector } from '../../../src/anonymize/detect.js';
import {
  createSpecialTaggerRecognizer,
  type SpecialTaggerRecognizer,
  specialTaggerSpans,
} from '../../../src/anonymize/recognizers/tagger-special.js';
import { encodeModel, readModel } from '../../../src/anonymize/tagger/tagger.file.js';
import {
  emissions,
  NO_FEATURE,
  type TaggerModel,
  tagSpans,
  viterbi,
} from '../../../src/anonymize/tagger/tagger.models.js';
import { specialEmissions } from '../../../src/anonymize/tagger/tagger.special-emissions.models.js';
import {
  MAX_GRAMS,
  SPECIAL_FEATURE_VERSION,
  SPECIAL_FEATURES_PER_TOKEN,
  specialFeatures,
  specialTags,
} from '../../../src/anonymize/tagger/tagger.special-features.models.js';
import { specialGate } from '../../../src/anonymize/tagger/tagger.special-gate.models.js';
import { trainTagger } from '../../../src/anonymize/tagger/tagger.train.models.js';

const tag = (name: string) => specialTags.indexOf(name as (typeof specialTags)[number]);
const ctx = (text: string, lang: Lang) => ({
  text,
  lang,
  participants: [],
  thread: [],
  lists: { allow: [], deny: [] },
});

describe('special-category training text', () => {
  it('puts a slot filler and a marked phrase on exactly their characters', () => {
    const vocab = new Map<SpecialType, string[]>([['HEALTH', ['Asthma']]]);
    const g = fillTemplate(
      'Ich ((halte|feiere)) [[den Schabbat|religion]] und habe {health}.',
      'de',
      vocab,
      () => 0,
    );
    expect(g!.text).toBe('Ich halte den Schabbat und habe Asthma.');
    expect(g!.spans.map((s) => `${s.type}:${g!.text.slice(s.start, s.end)}`)).toEqual([
      'RELIGION:den Schabbat',
      'HEALTH:Asthma',
    ]);
  });

  it('generates positive and negative sentences in every language, with spans on whole words', () => {
    const texts = generatedTexts(3, 2);
    for (const lang of languages) {
      const mine = texts.filter((t) => t.lang === lang);
      expect(readTemplates(lang).length, lang).toBeGreaterThan(20);
      expect(
        mine.some((t) => t.spans.length === 0),
        lang,
      ).toBe(true);
      expect(mine.filter((t) => t.spans.length > 0).length, lang).toBeGreaterThan(20);
      for (const t of mine)
        for (const s of t.spans) {
          const value = t.text.slice(s.start, s.end);
          expect(value, `${lang}: ${t.text}`).toMatch(/^\S(?:.*\S)?$/su);
          expect(value).not.toMatch(/[[\]{}]|\(\(/u);
          expect(t.text[s.start - 1] ?? ' ', `${lang}: ${t.text}`).toMatch(/[^\p{L}\p{N}]/u);
        }
    }
  });

  it('fills health slots in every language from the lexicons', () => {
    for (const lang of languages) expect(vocabulary(lang).get('HEALTH')?.length, lang).toBeGreaterThan(50);
  });

  it('gives a long word the letter groups inside it, shared with the compounds that carry them', () => {
    const F = SPECIAL_FEATURES_PER_TOKEN;
    const words = ['Hüftgelenksarthrose', 'Kniearthrose', 'Knie'];
    const f = specialFeatures(words, 'de');
    const grams = (i: number) => Array.from(f.subarray(i * F + F - MAX_GRAMS, (i + 1) * F));
    expect(grams(0).filter((g) => g !== NO_FEATURE)).toHaveLength(16);
    expect(grams(1).filter((g) => g !== NO_FEATURE)).toHaveLength('Kniearthrose'.length - 3);
    // "arth", "rthr", "thro", "hros", "rose"
    expect(grams(1).filter((g) => g !== NO_FEATURE && grams(0).includes(g))).toHaveLength(5);
    expect(grams(2).every((g) => g === NO_FEATURE)).toBe(true);
  });

  it('tags each word of a sequence with the category of the gold span over it', () => {
    const [seq] = toSequences({
      lang: 'en',
      text: 'We keep Shabbat here.',
      spans: [{ start: 3, end: 15, type: 'RELIGION' }],
    });
    expect(Array.from(seq!.gold)).toEqual([0, tag('I-RELIGION'), tag('I-RELIGION'), 0, 0]);
  });
});

describe('special-category decoding and training', () => {
  it('lets an IO tag begin a phrase and reads each run of it as one span', () => {
    const T = specialTags.length;
    const model: TaggerModel = {
      buckets: 1,
      weights: new Float32Array(T),
      scale: 1,
      transitions: new Float32Array((T + 1) * T),
      tags: specialTags,
    };
    const em = new Float32Array(3 * T);
    em[tag('I-HEALTH')] = 5;
    em[T + tag('I-HEALTH')] = 5;
    em[2 * T + tag('O')] = 5;
    const tags = viterbi(model, em, 3);
    expect(Array.from(tags, (t) => specialTags[t])).toEqual(['I-HEALTH', 'I-HEALTH', 'O']);
    expect(tagSpans(tags, specialTags)).toEqual([{ start: 0, end: 2, type: 'HEALTH' }]);
  });

  it('trains the same bytes twice from a tiny generated corpus and learns its phrases', () => {
    const texts = generatedTexts(5, 3).filter((t) => t.lang === 'en');
    const data = texts.flatMap(toSequences).map((s) => ({ features: s.featuresWithoutMarks, gold: s.gold }));
    const train = () => trainTagger(data, { buckets: 2 ** 16, epochs: 4, seed: 1, tags: specialTags });
    const a = train();
    expect(encodeModel(a, {}).equals(encodeModel(train(), {}))).toBe(true);
    const words = ['We', 'keep', 'Shabbat', ',', 'so', 'please', 'do', 'not', 'book', 'the', 'engineer'];
    const tags = viterbi(a, emissions(a, specialFeatures(words, 'en'), words.length), words.length);
    expect(specialTags[tags[2]!]).toBe('I-RELIGION');
  });
});

const shippedModel = () =>
  readModel(path.join('models', 'special-tagger', 'special.bin.gz'), specialTags, SPECIAL_FEATURE_VERSION)
    .model;

describe('the shipped special-category tagger', () => {
  let tagger: SpecialTaggerRecognizer;
  const found = async (text: string, lang: Lang) =>
    (await tagger.detectBatch([ctx(text, lang)]))[0]!.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

  beforeAll(async () => {
    tagger = createSpecialTaggerRecognizer();
    await tagger.load();
  });
  afterAll(() => tagger.dispose());

  it('is on, from the models folder', () => {
    expect(tagger.status()).toEqual({ state: 'ready' });
  });

  it('tags phrases no word list names', async () => {
    expect((await found('Ever since my chemo I get tired by lunchtime.', 'en')).join()).toMatch(
      /HEALTH:.*chemo/u,
    );
    expect((await found('We keep Shabbat, so Saturday visits are impossible for us.', 'en')).join()).toMatch(
      /RELIGION:.*Shabbat/u,
    );
    expect((await found('Ich bin seit Mai wegen Burnout krankgeschrieben.', 'de')).join()).toMatch(
      /HEALTH:.*krankgeschrieben/u,
    );
  });

  it('tags a whole practice with its reason, an office held for a party and a gene finding', async () => {
    const cases: Array<[Lang, string, string]> = [
      [
        'en',
        'I would rather have a female carer for religious reasons when she washes my mother.',
        // Since the retraining with the training e-mails the English span is the reason alone,
        // which is what reveals the belief; the other languages keep the practice in the span.
        'RELIGION:religious reasons',
      ],
      [
        'da',
        'Jeg ønsker en kvindelig fysioterapeut af religiøse grunde.',
        'RELIGION:kvindelig fysioterapeut af religiøse grunde',
      ],
      [
        'es',
        'Mi madre rechaza las transfusiones por motivos religiosos.',
        'RELIGION:rechaza las transfusiones por motivos religiosos',
      ],
      [
        'fi',
        'Olen Vihreiden ehdokkaana kuntavaaleissa.',
        'POLITICAL_OPINION:Vihreiden ehdokkaana kuntavaaleissa',
      ],
      ['pl', 'Badanie wykazało, że jestem nosicielką wariantu BRCA1.', 'GENETIC:nosicielką wariantu BRCA1'],
    ];
    // The span holds at least the practice and its reason (a retraining may add or drop a qualifier).
    for (const [lang, text, want] of cases) {
      const [type, phrase] = want.split(':') as [string, string];
      const spans = (await found(text, lang)).filter((s) => s.startsWith(`${type}:`));
      expect(
        spans.some((s) => s.includes(phrase)),
        `${text}: ${spans.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('leaves ordinary customer mail alone', async () => {
    expect(await found('Could you move the meter reading to Friday and resend the bill?', 'en')).toEqual([]);
    expect(await found('Kan ni skicka fakturan till min nya adress i stället?', 'sv')).toEqual([]);
  });

  it('decodes only sentences with a rule hit or a word the model weighs towards a category', () => {
    const model = shippedModel();
    const gate = specialGate(model, 'en');
    const words = (s: string) => s.split(' ');
    expect(gate(words('Could you resend the invoice to my new address ?'))).toBe(false);
    expect(gate(words('Ever since my chemo I get tired by lunchtime .'))).toBe(true);
    const plain = words('Could you resend the invoice ?');
    expect(
      gate(
        plain,
        Uint8Array.from(plain, (_, i) => (i === 1 ? tag('I-HEALTH') : 0)),
      ),
    ).toBe(true);
  });

  it('finds with its gate what it finds decoding every sentence', () => {
    const model = shippedModel();
    const text = [
      'Hello, could you move the meter reading to Friday?',
      'Ever since my chemo I get tired by lunchtime.',
      'We keep Shabbat, so Saturday visits are impossible for us.',
      'Kind regards, Anna',
    ].join('\n');
    const c = ctx(text, 'en');
    const gated = specialTaggerSpans(model, c);
    expect(gated.length).toBeGreaterThan(0);
    expect(gated).toEqual(specialTaggerSpans(model, c, { gate: false }));
  });

  it('scores a sequence at inference exactly as the training features do, with rule marks or without', () => {
    const model = shippedModel();
    const words =
      'Ever since my chemo I get tired , and we keep Shabbat at home in Lyon ; Hüftgelenksarthrose .'.split(
        ' ',
      );
    const marks = [
      undefined,
      new Uint8Array(words.length),
      Uint8Array.from(words, (_, i) => (i === 3 ? tag('I-HEALTH') : i === 11 ? tag('I-RELIGION') : 0)),
      Uint8Array.from(words, (_, i) => (i === 0 || i === words.length - 1 ? tag('I-HEALTH') : 0)),
    ];
    for (const m of marks)
      for (const lang of ['en', 'de'])
        expect(Array.from(specialEmissions(model, words, lang, m))).toEqual(
          Array.from(emissions(model, specialFeatures(words, lang, m), words.length)),
        );
  });

  it('adds its phrases to the detector output by the usual merge', async () => {
    const detector = createDetector({ models: [tagger] });
    const [spans] = await detector.detectMany([{ text: 'Hello, we keep Shabbat at home.', lang: 'en' }]);
    expect(spans!.some((s) => s.type === 'RELIGION')).toBe(true);
  });

  it('turns itself off with a visible reason when its file is missing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'special-tagger-'));
    try {
      cpSync(path.join('models', 'manifest.json'), path.join(dir, 'manifest.json'));
      const missing = createSpecialTaggerRecognizer({ modelsDir: dir });
      await missing.load();
      const status = missing.status();
      expect(status.state).toBe('disabled');
      if (status.state === 'disabled') expect(status.error.code).toBe('models.special_missing');
      expect(await missing.detectBatch([ctx('We keep Shabbat.', 'en')])).toEqual([[]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
