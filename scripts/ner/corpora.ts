/**
 * Readers for the NER corpora in ../shared/data/ner/ (see its PROVENANCE.md), into one shape:
 * sentences of tokens with IOB2 tags over PER, ORG, LOC, MISC. Each corpus's own tag set is mapped
 * here, once (GermEval/DaN+ "…part" → its type, "…deriv" → O; NorNE GPE_LOC → LOC, GPE_ORG → ORG,
 * PROD/EVT → MISC, DRV → O; FiNER PRO/EVENT → MISC, DATE → O).
 *
 * `licence` says what a corpus may be used for: only `open` ones are trained on; `research`
 * ones (CoNLL-2002/2003, FiNER Digitoday) are for evaluation only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toIob2 } from '../../src/anonymize/tagger/tagger.models.js';

export const nerDataDir = '../shared/data/ner';
/**
 * Small openly licensed corpora kept in the repository (see its PROVENANCE.md): GUM's licensed
 * genres, converted by scripts/ner/gum.ts, the Broad Twitter Corpus and WNUT-17.
 */
export const localNerDataDir = 'scripts/ner/data';

export interface Sentence {
  lang: string;
  tokens: string[];
  tags: string[];
}

export type Split = 'train' | 'dev' | 'test';

export interface Corpus {
  /** "wikiann-de", "germeval" … */
  name: string;
  lang: string;
  licence: 'open' | 'research';
  splits: Partial<Record<Split, () => Sentence[]>>;
}

function read(rel: string, dir = nerDataDir): string {
  const file = path.join(dir, rel);
  const buf = readFileSync(file);
  return (rel.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

const known = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** One corpus tag (any prefix scheme, any type name) to our type, or O. */
function mapType(raw: string, map: Record<string, string> = {}): string {
  const m = /^([BI])[-_](.+)$/.exec(raw);
  let type = m ? m[2]! : raw;
  if (type in map) type = map[type]!;
  else if (/deriv$/.test(type)) type = 'O';
  else if (/part$/.test(type)) type = type.replace(/part$/, '');
  if (!known.has(type)) return 'O';
  return m ? `${m[1]}-${type}` : type;
}

/** Blank-line separated sentences; `pick` returns [token, tag] of a line or null to skip it. */
function conll(
  text: string,
  lang: string,
  pick: (cols: string[]) => [string, string] | null,
  map: Record<string, string> = {},
): Sentence[] {
  const out: Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length) out.push({ lang, tokens, tags: toIob2(tags) });
    tokens = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const picked = pick(line.split(/\t| +/));
    if (!picked) continue;
    tokens.push(picked[0]);
    tags.push(mapType(picked[1], map));
  }
  flush();
  return out;
}

/** Europeana has no sentence boundaries: cut after . ! ? before a capital, and at 60 tokens. */
function europeana(rel: string, lang: string): Sentence[] {
  const all = conll(read(rel), lang, (c) =>
    c.length >= 2 ? [c[0]!, /^[BI]-(PER|LOC|ORG)$/.test(c[1]!) ? c[1]! : 'O'] : null,
  );
  const out: Sentence[] = [];
  for (const s of all) {
    let start = 0;
    for (let i = 0; i < s.tokens.length; i++) {
      const end = /^[.!?]$/.test(s.tokens[i]!) && /^\p{Lu}/u.test(s.tokens[i + 1] ?? '') && s.tags[i] === 'O';
      if (end || i + 1 - start >= 60 || i === s.tokens.length - 1) {
        out.push({ lang, tokens: s.tokens.slice(start, i + 1), tags: toIob2(s.tags.slice(start, i + 1)) });
        start = i + 1;
      }
    }
  }
  return out;
}

const wikiann = (lang: string, split: string) => () =>
  conll(read(`wikiann/${lang}/${split}.gz`), lang, (c) =>
    c.length >= 2 ? [c[0]!.replace(/^[a-z]{2}:/, ''), c[c.length - 1]!] : null,
  );

const germeval = (file: string) => () =>
  conll(read(file), 'de', (c) => (c[0]!.startsWith('#') || c.length < 3 ? null : [c[1]!, c[2]!]), {
    OTH: 'MISC',
  });

const danplus = (file: string) => () =>
  conll(read(file), 'da', (c) => (c.length >= 2 ? [c[0]!, c[1]!] : null));

const norneMap = { GPE_LOC: 'LOC', GPE_ORG: 'ORG', PROD: 'MISC', EVT: 'MISC', DRV: 'O' };

function conllu(text: string, lang: string): Sentence[] {
  return conll(
    text,
    lang,
    (c) => {
      if (c[0]!.startsWith('#') || !/^\d+$/.test(c[0]!)) return null;
      const name = /name=([^|\s]+)/.exec(c[c.length - 1]!)?.[1] ?? 'O';
      return [c[1]!, name];
    },
    norneMap,
  );
}

/**
 * NorNE's ndt/ files hold the whole corpus: the UD dev and test sentences are removed from it.
 * `variants` picks Bokmål (nob) and/or Nynorsk (nno).
 */
export function norneTrain(variants: readonly string[] = ['nob', 'nno']): Sentence[] {
  const held = new Set<string>();
  for (const v of ['nob', 'nno'])
    for (const s of ['dev', 'test'])
      for (const x of conllu(read(`norne-no/ud-${v}-${s}.conllu.gz`), 'no')) held.add(x.tokens.join(' '));
  const out: Sentence[] = [];
  for (const v of variants) {
    const tar = execFileSync('tar', ['-xzOf', path.join(nerDataDir, `norne-no/ndt-${v}.tar.gz`)], {
      maxBuffer: 1 << 30,
    }).toString('utf8');
    for (const s of conllu(tar, 'no')) if (!held.has(s.tokens.join(' '))) out.push(s);
  }
  return out;
}

const norneUd = (split: string) => () => [
  ...conllu(read(`norne-no/ud-nob-${split}.conllu.gz`), 'no'),
  ...conllu(read(`norne-no/ud-nno-${split}.conllu.gz`), 'no'),
];

function klintan(file: string): Sentence[] {
  return conll(read(file), 'sv', (c) => (c.length >= 2 ? [c[0]!, c[c.length - 1]!] : null));
}

const finerMap = { PRO: 'MISC', EVENT: 'MISC', DATE: 'O' };
function finer(file: string): Sentence[] {
  // Sentences end at lines whose fields are all empty ("\t\t").
  const text = read(file)
    .split('\n')
    .map((l) => (/^\s*$/.test(l) ? '' : l))
    .join('\n');
  return conll(text, 'fi', (c) => (c[0]!.startsWith('<') || c.length < 2 ? null : [c[0]!, c[1]!]), finerMap);
}

const wnutMap = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  product: 'MISC',
  'creative-work': 'MISC',
};
const tsv = (file: string, lang: string, map: Record<string, string> = {}) =>
  conll(read(file, localNerDataDir), lang, (c) => (c.length >= 2 ? [c[0]!, c[c.length - 1]!] : null), map);

/** BTC's recommended split: section F is test, the second half of section H dev, the rest train. */
const btcH = (from: number, to: number) => () => tsv('btc-en/h.conll.gz', 'en').slice(from, to);

/** Contiguous fractions of a list: [from, to) of its length. */
function part<X>(xs: X[], from: number, to: number): X[] {
  return xs.slice(Math.round(xs.length * from), Math.round(xs.length * to));
}

export const corpora: Corpus[] = [
  ...['en', 'de', 'fr', 'nl'].map(
    (lang): Corpus => ({
      name: `wikiann-${lang}`,
      lang,
      licence: 'open',
      splits: { train: wikiann(lang, 'train'), dev: wikiann(lang, 'dev'), test: wikiann(lang, 'test') },
    }),
  ),
  {
    // Only dev and test are published here: dev is cut 80/20 into train and dev; test stays test.
    name: 'germeval',
    lang: 'de',
    licence: 'open',
    splits: {
      train: () => part(germeval('germeval2014-de/NER-de-dev.tsv.gz')(), 0, 0.8),
      dev: () => part(germeval('germeval2014-de/NER-de-dev.tsv.gz')(), 0.8, 1),
      test: germeval('germeval2014-de/NER-de-test.tsv.gz'),
    },
  },
  ...(
    [
      ['DE.lft', 'de'],
      ['DE.onb', 'de'],
      ['DE.sbb', 'de'],
      ['FR.bnf', 'fr'],
      ['NL.kb', 'nl'],
    ] as const
  ).map(
    ([f, lang]): Corpus => ({
      name: `europeana-${f}`,
      lang,
      licence: 'open',
      splits: { train: () => europeana(`europeana-newspapers/enp_${f}.bio.gz`, lang) },
    }),
  ),
  {
    name: 'norne',
    lang: 'no',
    licence: 'open',
    splits: { train: () => norneTrain(), dev: norneUd('dev'), test: norneUd('test') },
  },
  {
    name: 'danplus-news',
    lang: 'da',
    licence: 'open',
    splits: {
      train: danplus('danplus-da/da_news_train.tsv.gz'),
      dev: danplus('danplus-da/da_news_dev.tsv'),
      test: danplus('danplus-da/da_news_test.tsv'),
    },
  },
  {
    // No dev split: the last tenth of train is the dev split.
    name: 'swedish-ner',
    lang: 'sv',
    licence: 'open',
    splits: {
      train: () => part(klintan('swedish-ner-klintan/train_corpus.txt.gz'), 0, 0.9),
      dev: () => part(klintan('swedish-ner-klintan/train_corpus.txt.gz'), 0.9, 1),
      test: () => klintan('swedish-ner-klintan/test_corpus.txt.gz'),
    },
  },
  {
    // FiNER's Wikipedia set (CC BY-SA) is its only open part: 60 % train, 10 % dev, 30 % test.
    name: 'finer-wikipedia',
    lang: 'fi',
    licence: 'open',
    splits: {
      train: () => part(finer('finer-fi/wikipedia.test.csv.gz'), 0, 0.6),
      dev: () => part(finer('finer-fi/wikipedia.test.csv.gz'), 0.6, 0.7),
      test: () => part(finer('finer-fi/wikipedia.test.csv.gz'), 0.7, 1),
    },
  },
  {
    name: 'btc-en',
    lang: 'en',
    licence: 'open',
    splits: {
      train: () => [
        ...['a', 'b', 'e', 'g'].flatMap((x) => tsv(`btc-en/${x}.conll.gz`, 'en')),
        ...btcH(0, 1000)(),
      ],
      dev: btcH(1000, Number.POSITIVE_INFINITY),
      test: () => tsv('btc-en/f.conll.gz', 'en'),
    },
  },
  {
    name: 'wnut17-en',
    lang: 'en',
    licence: 'open',
    splits: {
      train: () => tsv('wnut17-en/wnut17train.conll.gz', 'en', wnutMap),
      dev: () => tsv('wnut17-en/emerging.dev.conll.gz', 'en', wnutMap),
      test: () => tsv('wnut17-en/emerging.test.annotated.gz', 'en', wnutMap),
    },
  },
  {
    // GUM's genres whose texts allow commercial use, in GUM's own split (scripts/ner/gum.ts).
    name: 'gum-en',
    lang: 'en',
    licence: 'open',
    splits: {
      train: () => tsv('gum/train.tsv.gz', 'en'),
      dev: () => tsv('gum/dev.tsv.gz', 'en'),
      test: () => tsv('gum/test.tsv.gz', 'en'),
    },
  },
  // Research-only corpora: evaluation only, never trained on.
  {
    name: 'conll2003-en',
    lang: 'en',
    licence: 'research',
    splits: {
      dev: () =>
        conll(read('conll2003-en/eng.testa.gz'), 'en', (c) => (c.length >= 4 ? [c[0]!, c[3]!] : null)),
      test: () =>
        conll(read('conll2003-en/eng.testb.gz'), 'en', (c) => (c.length >= 4 ? [c[0]!, c[3]!] : null)),
    },
  },
  ...(
    [
      ['esp', 'es'],
      ['ned', 'nl'],
    ] as const
  ).map(
    ([f, lang]): Corpus => ({
      name: `conll2002-${lang}`,
      lang,
      licence: 'research',
      splits: {
        dev: () =>
          conll(read(`conll2002-es-nl/${f}.testa.gz`), lang, (c) => (c.length >= 3 ? [c[0]!, c[2]!] : null)),
        test: () =>
          conll(read(`conll2002-es-nl/${f}.testb.gz`), lang, (c) => (c.length >= 3 ? [c[0]!, c[2]!] : null)),
      },
    }),
  ),
  {
    name: 'finer-digitoday',
    lang: 'fi',
    licence: 'research',
    splits: { test: () => finer('finer-fi/digitoday.2015.test.csv.gz') },
  },
];

export function nerDataPresent(): boolean {
  return existsSync(path.join(nerDataDir, 'PROVENANCE.md'));
}
