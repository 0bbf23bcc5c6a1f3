/**
 * npm run eval:ner — entity-level F1 (conlleval: exact span and type) of the shipped NER tagger
 * on every corpus's test split, per language: the open corpora (in-domain: their train splits
 * were trained on) and the research-only ones (CoNLL-2002/2003, FiNER Digitoday), which the model
 * never saw. Scores count PER, ORG and LOC (what the anonymizer uses) and, separately, all types
 * the corpus has (MISC included), as conlleval does. Writes bench-results/eval-ner.json.
 *
 *   node --import tsx scripts/ner/eval.ts [--split test|dev] [--models models]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TAGGER_FILE, TAGGER_FOLDER } from '../../src/anonymize/recognizers/tagger-ner.js';
import { withWordClasses } from '../../src/anonymize/tagger/tagger.features.models.js';
import { readModel } from '../../src/anonymize/tagger/tagger.file.js';
import { defaultGazetteer } from '../../src/anonymize/tagger/tagger.gazetteer.js';
import { corpora, nerDataPresent } from './corpora.js';
import { evaluate } from './ner-data.js';

const { values } = parseArgs({
  options: { split: { type: 'string', default: 'test' }, models: { type: 'string', default: 'models' } },
});
const split = values.split as 'test' | 'dev';

if (!nerDataPresent()) {
  console.log('(skipping: the NER corpora in ../shared/data/ner/ are not present)');
  process.exit(0);
}

const { model, header } = readModel(path.join(values.models, TAGGER_FOLDER, TAGGER_FILE));
const gaz = withWordClasses(defaultGazetteer, model.wordClasses);
const noMisc = new Set(['PER', 'ORG', 'LOC']);
const rows: Record<string, unknown>[] = [];
const pct = (x: number | undefined) => (x === undefined ? '   –  ' : x.toFixed(3).padStart(6));
console.log(
  `NER tagger (${header.buckets} buckets, ${JSON.stringify(header.training?.epochs)} epochs) on the ${split} splits\n`,
);
console.log(
  'corpus                 lang  licence    sents   F1 P/O/L   P      R    F1 all  PER    ORG    LOC    MISC',
);
for (const c of corpora) {
  const load = c.splits[split];
  if (!load) continue;
  const sentences = load();
  const t0 = process.cpuUsage();
  const pol = evaluate(model, sentences, gaz, noMisc);
  const cpu = process.cpuUsage(t0);
  const all = evaluate(model, sentences, gaz);
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const row = {
    corpus: c.name,
    lang: c.lang,
    licence: c.licence,
    trainedOn: c.licence === 'open' && Boolean(c.splits.train),
    sentences: sentences.length,
    f1: pol.ALL?.f1,
    precision: pol.ALL?.precision,
    recall: pol.ALL?.recall,
    f1All: all.ALL?.f1,
    perType: Object.fromEntries(['PER', 'ORG', 'LOC', 'MISC'].map((t) => [t, all[t]?.f1])),
    tokensPerCpuSecond: Math.round(tokens / ((cpu.user + cpu.system) / 1e6)),
  };
  rows.push(row);
  console.log(
    `${c.name.padEnd(22)} ${c.lang.padEnd(5)} ${c.licence.padEnd(9)} ${String(sentences.length).padStart(6)}  ${pct(row.f1)} ${pct(row.precision)} ${pct(row.recall)} ${pct(row.f1All)} ${['PER', 'ORG', 'LOC', 'MISC'].map((t) => pct(all[t]?.f1)).join(' ')}`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/eval-ner.json',
  `${JSON.stringify({ split, training: header.training, rows }, null, 2)}\n`,
);
console.log('\nwrote bench-results/eval-ner.json');
