/**
 * npm run train:ner — trains the anonymizer's NER tagger from the openly licensed corpora in
 * ../shared/data/ner/ and scripts/ner/data/ plus sentences generated from the project's own templates, and writes
 * models/ner-tagger/tagger.bin.gz, its entry in models/manifest.json and training.json (the
 * figures the model card quotes). Deterministic: the same data and seed give the same bytes.
 * Research-only corpora (CoNLL-2002/2003, FiNER Digitoday) are never read here.
 *
 * Word clusters and capitalisation priors are computed from the training text itself first
 * (tagger.clusters.models.ts) and stored in the model file.
 *
 *   node --import tsx scripts/ner/train.ts [--epochs 8] [--buckets 20] [--seed 7] [--no-clusters] [--dry-run]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TAGGER_FILE, TAGGER_FOLDER } from '../../src/anonymize/recognizers/tagger-ner.js';
import { buildWordClasses } from '../../src/anonymize/tagger/tagger.clusters.models.js';
import { withWordClasses } from '../../src/anonymize/tagger/tagger.features.models.js';
import { encodeModel } from '../../src/anonymize/tagger/tagger.file.js';
import { defaultGazetteer } from '../../src/anonymize/tagger/tagger.gazetteer.js';
import { trainTagger } from '../../src/anonymize/tagger/tagger.train.models.js';
import { blindPaths } from '../eval/blind-set.js';
import { readGold } from '../eval/datasets.js';
import { mailSentences, trainingMail } from '../training-mail/training-mail.js';
import { corpora, nerDataPresent, type Sentence } from './corpora.js';
import { generatedSentences } from './generate.js';
import { evaluate, toTrainSequence } from './ner-data.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    buckets: { type: 'string', default: '20' },
    seed: { type: 'string', default: '7' },
    clusters: { type: 'boolean', default: true },
    'dry-run': { type: 'boolean', default: false },
    models: { type: 'string', default: 'models' },
  },
  allowNegative: true,
});

if (!nerDataPresent()) {
  console.error(
    'train:ner needs the NER corpora in ../shared/data/ner/ (see the README, "Anonymizer model").',
  );
  process.exit(1);
}

const t0 = Date.now();
const open = corpora.filter((c) => c.licence === 'open');
const train: Sentence[] = [];
const sources: Record<string, { sentences: number; tokens: number }> = {};
const add = (name: string, ss: Sentence[]) => {
  train.push(...ss);
  sources[name] = { sentences: ss.length, tokens: ss.reduce((n, s) => n + s.tokens.length, 0) };
};
for (const c of open) if (c.splits.train) add(c.name, c.splits.train());
const generated = generatedSentences(Number(values.seed));
for (const [lang, ss] of Object.entries(generated)) add(`generated-${lang}`, ss);
// Mail, the text the tagger reads at run time (the training e-mails and the fourth blind set's dev
// half), is thin beside the corpora: counted three times.
const mail = mailSentences([...trainingMail(), ...readGold(blindPaths('blind-4').dev)]);
add('training-mail', [...mail, ...mail, ...mail]);
const dev = open.filter((c) => c.splits.dev).map((c) => ({ name: c.name, sentences: c.splits.dev!() }));
console.log(`training on ${train.length} sentences from ${Object.keys(sources).length} sources`);

const wordClasses = values.clusters
  ? buildWordClasses(
      train.map((s) => s.tokens),
      { seed: Number(values.seed) },
    )
  : undefined;
if (wordClasses)
  console.log(`${wordClasses.size} words clustered in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const gaz = withWordClasses(defaultGazetteer, wordClasses);
const data = train.map((s) => toTrainSequence(s, gaz));
console.log(`features ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const noMisc = new Set(['PER', 'ORG', 'LOC']);
const devScores: Record<string, number>[] = [];
const model = trainTagger(data, {
  buckets: 2 ** Number(values.buckets),
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  onEpoch(epoch, m) {
    const row: Record<string, number> = {};
    for (const d of dev) row[d.name] = evaluate(m, d.sentences, gaz, noMisc).ALL?.f1 ?? 0;
    devScores.push(row);
    const mean = Object.values(row).reduce((a, b) => a + b, 0) / dev.length;
    console.log(
      `epoch ${epoch}: dev F1 (PER/ORG/LOC) mean ${mean.toFixed(4)}  ${Object.entries(row)
        .map(([k, v]) => `${k} ${v.toFixed(3)}`)
        .join('  ')}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    );
  },
});

/**
 * Ordinary words of the training text: seen at least 5 times outside an entity (not as a
 * sequence's first word, where every word is capitalised) and inside one under 5 % of the time.
 */
function commonWords(sentences: readonly Sentence[]): Set<string> {
  const plain = new Map<string, number>();
  const inEntity = new Map<string, number>();
  for (const s of sentences)
    s.tokens.forEach((t, i) => {
      const w = t.toLowerCase();
      if (!/\p{L}/u.test(w)) return;
      if (s.tags[i] !== 'O') inEntity.set(w, (inEntity.get(w) ?? 0) + 1);
      else if (i > 0) plain.set(w, (plain.get(w) ?? 0) + 1);
    });
  const out = new Set<string>();
  for (const [w, n] of plain)
    if (n >= 5 && (inEntity.get(w) ?? 0) < 0.05 * (n + (inEntity.get(w) ?? 0))) out.add(w);
  return out;
}
model.common = commonWords(train);
model.wordClasses = wordClasses;
console.log(`${model.common.size} common words`);

if (!values['dry-run']) {
  const training = {
    seed: Number(values.seed),
    epochs: Number(values.epochs),
    buckets: 2 ** Number(values.buckets),
    clusters: Boolean(values.clusters),
    sources,
    devF1: devScores.at(-1),
  };
  const dir = path.join(values.models, TAGGER_FOLDER);
  mkdirSync(dir, { recursive: true });
  const bytes = encodeModel(model, training);
  writeFileSync(path.join(dir, TAGGER_FILE), bytes);
  writeFileSync(path.join(dir, 'training.json'), `${JSON.stringify(training, null, 2)}\n`);
  const manifestPath = path.join(values.models, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    files: { feature: string; path: string; sha256: string }[];
  };
  const rel = `${TAGGER_FOLDER}/${TAGGER_FILE}`;
  manifest.files = [
    ...manifest.files.filter((f) => f.path !== rel),
    { feature: 'ner', path: rel, sha256: createHash('sha256').update(bytes).digest('hex') },
  ];
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `wrote ${rel} (${(bytes.length / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
}
