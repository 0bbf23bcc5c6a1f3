import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetectContext, Lang } from '../../../src/anonymize/anonymize.types.js';
import { createDetector } from '../../../src/anonymize/detect.js';
import {
  createTaggerRecognizer,
  TAGGER_FILE,
  TAGGER_FOLDER,
  type TaggerRecognizer,
} from '../../../src/anonymize/recognizers/tagger-ner.js';
import { projectRoot } from '../../../src/shared/paths.js';

// The shipped model, as a fresh clone and the Docker image have it (models/ner-tagger).
const modelsDir = path.join(projectRoot, 'models');

const ctx = (text: string, lang: Lang): DetectContext => ({
  text,
  lang,
  participants: [],
  thread: [],
  lists: { allow: [], deny: [] },
});

describe('the shipped NER tagger', () => {
  let tagger: TaggerRecognizer;
  beforeAll(async () => {
    tagger = createTaggerRecognizer({ modelsDir });
    await tagger.load();
  });
  afterAll(() => tagger.dispose());

  it('is listed in the models manifest and loads', () => {
    expect(tagger.status()).toEqual({ state: 'ready' });
  });

  // Sentences written for this test (not from any corpus), one per language family, with people,
  // organisations and places in running text where no greeting or title gives them away.
  const cases: [Lang, string, string[]][] = [
    [
      'en',
      'Yesterday I spoke with Margaret Holloway from Northfield Building Society in Leeds.',
      ['Margaret Holloway', 'Leeds'],
    ],
    ['de', 'Gestern hat mich Jürgen Wachowski aus Regensburg angerufen.', ['Jürgen Wachowski', 'Regensburg']],
    ['fr', 'Mon fils Étienne Marchal habite maintenant à Besançon.', ['Étienne Marchal', 'Besançon']],
    ['nl', 'Mijn buurvrouw Annelies de Vries woont sinds maart in Zwolle.', ['Annelies de Vries', 'Zwolle']],
    ['sv', 'Min svärmor Birgitta Holmqvist flyttade till Umeå förra året.', ['Birgitta Holmqvist', 'Umeå']],
    ['no', 'Legen min, Torbjørn Haugland, jobber på et sykehus i Tromsø.', ['Torbjørn Haugland', 'Tromsø']],
  ];
  it.each(cases)('finds the people and places of a %s sentence', async (lang, text, expected) => {
    const [spans] = await tagger.detectBatch([ctx(text, lang)]);
    const words = spans!.map((s) => text.slice(s.start, s.end));
    for (const e of expected) expect(words).toContain(e);
    for (const s of spans!) expect(['PERSON', 'ORG', 'LOCATION']).toContain(s.type);
  });

  it('leaves mail furniture alone: greetings, closings and field labels on their own lines', async () => {
    const text = 'Hello,\n\nPlease see below.\n\nTel: 0161 496 0000\nMobile: 07700 900123\nKind regards';
    const [spans] = await tagger.detectBatch([ctx(text, 'en')]);
    expect(spans!.map((s) => text.slice(s.start, s.end))).toEqual([]);
  });

  it('runs in the detector by default through detectMany, beside the rules', async () => {
    const detector = createDetector({ models: [tagger] });
    const text = 'Ich war mit Hannelore Stegemann bei der Caritas in Paderborn.';
    const [spans] = await detector.detectMany([{ text, lang: 'de' }]);
    expect(spans!.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual(
      expect.arrayContaining([['PERSON', 'Hannelore Stegemann']]),
    );
  });
});

describe('the NER tagger without a usable model file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'veildraft-tagger-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is disabled with models.ner_missing when the manifest does not list it, and finds nothing', async () => {
    writeFileSync(path.join(dir, 'manifest.json'), '{ "files": [] }');
    const tagger = createTaggerRecognizer({ modelsDir: dir });
    await tagger.load();
    const status = tagger.status();
    expect(status.state === 'disabled' && status.error.code).toBe('models.ner_missing');
    expect(await tagger.detectBatch([ctx('Margaret Holloway lives in Leeds.', 'en')])).toEqual([[]]);
  });

  it('is disabled with models.ner_corrupt when the file does not match its sha256', async () => {
    const copy = path.join(dir, 'corrupt');
    mkdirSync(path.join(copy, TAGGER_FOLDER), { recursive: true });
    copyFileSync(path.join(modelsDir, 'manifest.json'), path.join(copy, 'manifest.json'));
    writeFileSync(path.join(copy, TAGGER_FOLDER, TAGGER_FILE), 'not the model');
    const tagger = createTaggerRecognizer({ modelsDir: copy });
    await tagger.load();
    const status = tagger.status();
    expect(status.state === 'disabled' && status.error.code).toBe('models.ner_corrupt');
  });
});
