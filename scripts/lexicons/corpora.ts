import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Lang } from '../../src/anonymize/anonymize.types.js';

/**
 * Running text of the NER corpora in ../shared/data/ner, used at build time only: word frequencies
 * (the "frequent" split) to drop lexicon terms that are ordinary words, and held-out sentences
 * (the "heldout" split) to count false positives. The two splits never share a file, so the
 * precision measure does not see the text the filter was tuned on.
 */

export type CorpusSplit = 'frequent' | 'heldout';

interface CorpusFile {
  file: string;
  /** Column holding the token (whitespace-split). */
  column: number | 'last-but-one';
  /** Only the first / last share of the file's sentences (to split one file in two). */
  part?: { from: number; to: number };
}

const files: Partial<Record<Lang, Record<CorpusSplit, CorpusFile[]>>> = {
  en: {
    frequent: [{ file: 'conll2003-en/eng.train.gz', column: 0 }],
    heldout: [{ file: 'conll2003-en/eng.testb.gz', column: 0 }],
  },
  de: {
    frequent: [
      { file: 'germeval2014-de/NER-de-dev.tsv.gz', column: 1 },
      { file: 'europeana-newspapers/enp_DE.sbb.bio.gz', column: 0 },
      { file: 'europeana-newspapers/enp_DE.onb.bio.gz', column: 0 },
      { file: 'europeana-newspapers/enp_DE.lft.bio.gz', column: 0 },
    ],
    heldout: [{ file: 'germeval2014-de/NER-de-test.tsv.gz', column: 1 }],
  },
  fr: {
    frequent: [{ file: 'europeana-newspapers/enp_FR.bnf.bio.gz', column: 0, part: { from: 0, to: 0.75 } }],
    heldout: [{ file: 'europeana-newspapers/enp_FR.bnf.bio.gz', column: 0, part: { from: 0.75, to: 1 } }],
  },
  nl: {
    frequent: [
      { file: 'conll2002-es-nl/ned.train.gz', column: 0 },
      { file: 'europeana-newspapers/enp_NL.kb.bio.gz', column: 0 },
    ],
    heldout: [{ file: 'conll2002-es-nl/ned.testb.gz', column: 0 }],
  },
  es: {
    frequent: [{ file: 'conll2002-es-nl/esp.train.gz', column: 0 }],
    heldout: [{ file: 'conll2002-es-nl/esp.testb.gz', column: 0 }],
  },
  sv: {
    frequent: [{ file: 'swedish-ner-klintan/train_corpus.txt.gz', column: 'last-but-one' }],
    heldout: [{ file: 'swedish-ner-klintan/test_corpus.txt.gz', column: 'last-but-one' }],
  },
  da: {
    frequent: [{ file: 'danplus-da/da_news_train.tsv.gz', column: 0 }],
    heldout: [
      { file: 'danplus-da/da_news_test.tsv', column: 0 },
      { file: 'danplus-da/da_news_dev.tsv', column: 0 },
    ],
  },
  no: {
    frequent: [{ file: 'norne-no/ud-nob-dev.conllu.gz', column: 1 }],
    heldout: [{ file: 'norne-no/ud-nob-test.conllu.gz', column: 1 }],
  },
  fi: {
    frequent: [{ file: 'finer-fi/digitoday.2014.train.csv.gz', column: 0 }],
    heldout: [{ file: 'finer-fi/wikipedia.test.csv.gz', column: 0 }],
  },
};

function readText(file: string): string {
  const buf = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

function sentencesOf(nerDir: string, spec: CorpusFile): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const raw of readText(path.join(nerDir, spec.file)).split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('-DOCSTART-') || line.startsWith('#') || line.startsWith('<')) {
      if (cur.length > 0) out.push(cur);
      cur = [];
      continue;
    }
    const cols = line.split(/\s+/u);
    if (/^\d+-\d+$/u.test(cols[0]!)) continue; // CoNLL-U multi-word token line
    const tok = spec.column === 'last-but-one' ? cols.slice(0, -1).join(' ') : cols[spec.column];
    if (tok) cur.push(tok.replace(/^[a-z]{2}:/u, ''));
  }
  if (cur.length > 0) out.push(cur);
  if (!spec.part) return out;
  return out.slice(Math.floor(out.length * spec.part.from), Math.floor(out.length * spec.part.to));
}

export function corpusLanguages(): Lang[] {
  return Object.keys(files) as Lang[];
}

/** Sentences as token lists; empty when the corpus folder is absent. */
export function corpusSentences(nerDir: string, lang: Lang, split: CorpusSplit): string[][] {
  const specs = files[lang]?.[split] ?? [];
  return specs.filter((s) => existsSync(path.join(nerDir, s.file))).flatMap((s) => sentencesOf(nerDir, s));
}

/** Tokens joined back into running text, punctuation attached to the word before it. */
export function detokenize(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([.,;:!?)\]])/gu, '$1')
    .replace(/([([]) /gu, '$1');
}
