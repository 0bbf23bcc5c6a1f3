/**
 * Converts the GUM corpus (Georgetown University Multilayer corpus, amir-zeldes/gum) into the
 * NER training format of scripts/ner/data/gum/: one `token<TAB>tag` line per token (IOB2 over
 * PER/ORG/LOC/MISC), sentences separated by blank lines, in GUM's own train/dev/test split.
 *
 * GUM annotates every mention (pronouns and common nouns too) with one of eleven entity types.
 * A mention counts as a named entity when its head token is a proper noun (UPOS PROPN); the
 * entity is then the run of proper nouns around the head (joined by "of", "and", "&", "de"…
 * when a proper noun follows, as in "Bank of America"), without a leading title ("President",
 * "Dr."), as CoNLL marks names. Types: person → PER, organization → ORG, place → LOC;
 * event, object, abstract, substance, animal, plant → MISC; time and quantity are not entities.
 * Nested mentions keep the longest (the organisation "University of Texas at Austin", not
 * the place "Austin" inside it).
 *
 * Only genres whose texts GUM's LICENSE.txt lists under a licence that allows commercial use
 * are converted: academic (CC BY 4.0), bio (Wikipedia, CC BY-SA 3.0), court (CC BY 4.0),
 * interview and news (Wikinews, CC BY 2.5), voyage (Wikivoyage, CC BY-SA 3.0). Left out:
 * essays, fiction, letters, podcasts and how-to (CC BY-NC-SA), Reddit (no text, Reddit's terms),
 * conversation, speech, textbook and vlog (no licence stated there) and the GENTLE documents.
 *
 *   node --import tsx scripts/ner/gum.ts --repo <gum git dir> [--commit HEAD]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

export const gumGenres = ['academic', 'bio', 'court', 'interview', 'news', 'voyage'] as const;

const typeMap: Record<string, string> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  event: 'MISC',
  object: 'MISC',
  abstract: 'MISC',
  substance: 'MISC',
  animal: 'MISC',
  plant: 'MISC',
};

const titles = new Set(
  'miss mister mr mr. mrs mrs. ms ms. dr dr. prof prof. professor doctor president senator sen. governor gov. mayor king queen prince princess sir lord lady emperor empress pope general gen. captain capt. judge justice madam speaker minister secretary chairman representative rep. duke duchess count countess'.split(
    ' ',
  ),
);
const joiners = new Set(['of', 'and', '&', 'de', 'du', 'la', 'von', 'van', 'der', 'for', 'the', '-', "'s"]);

interface Token {
  form: string;
  upos: string;
  head: number;
}

interface Mention {
  start: number;
  end: number;
  type: string;
}

/** Mentions of one sentence from the Entity= brackets of its MISC column ("(3-person-…", "3)"). */
export function mentions(misc: readonly string[]): Mention[] {
  const out: Mention[] = [];
  const open = new Map<string, { start: number; type: string }[]>();
  misc.forEach((m, i) => {
    const e = /(?:^|\|)Entity=([^|]*)/.exec(m)?.[1];
    if (!e) return;
    let k = 0;
    while (k < e.length) {
      if (e[k] === '(') {
        let j = k + 1;
        while (j < e.length && e[j] !== '(' && e[j] !== ')') j++;
        const [id, type] = e.slice(k + 1, j).split('-');
        if (e[j] === ')') {
          out.push({ start: i, end: i + 1, type: type! });
          j++;
        } else open.set(id!, [...(open.get(id!) ?? []), { start: i, type: type! }]);
        k = j;
      } else {
        const close = /^(\d+)\)/.exec(e.slice(k));
        if (!close) {
          k++;
          continue;
        }
        const stack = open.get(close[1]!);
        const o = stack?.pop();
        if (o) out.push({ start: o.start, end: i + 1, type: o.type });
        k += close[0].length;
      }
    }
  });
  return out;
}

/** The named-entity span of a mention, or null when its head is not a proper noun. */
export function namedSpan(tokens: readonly Token[], m: Mention): Mention | null {
  const type = typeMap[m.type];
  if (!type) return null;
  let head = -1;
  for (let i = m.start; i < m.end; i++) {
    const h = tokens[i]!.head - 1;
    if (h < m.start || h >= m.end) {
      head = i;
      break;
    }
  }
  if (head < 0 || tokens[head]!.upos !== 'PROPN') return null;
  let a = head;
  while (a > m.start && tokens[a - 1]!.upos === 'PROPN') a--;
  let b = head + 1;
  for (;;) {
    if (b < m.end && tokens[b]!.upos === 'PROPN') b++;
    else if (b + 1 < m.end && joiners.has(tokens[b]!.form.toLowerCase()) && tokens[b + 1]!.upos === 'PROPN')
      b += 2;
    else break;
  }
  while (a < b && titles.has(tokens[a]!.form.toLowerCase())) a++;
  if (a >= b || tokens[a]!.upos !== 'PROPN') return null;
  // E-mail addresses and URLs are PROPN in GUM; they are not names (the anonymizer's rules find them).
  if (tokens.slice(a, b).some((t) => /@|:\/\//.test(t.form))) return null;
  return { start: a, end: b, type };
}

/** IOB2 tags of one sentence: the longest named spans first, no overlaps. */
export function sentenceTags(tokens: readonly Token[], misc: readonly string[]): string[] {
  const spans = mentions(misc)
    .map((m) => namedSpan(tokens, m))
    .filter((s): s is Mention => s !== null)
    .sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const tags = tokens.map(() => 'O');
  for (const s of spans) {
    if (tags.slice(s.start, s.end).some((t) => t !== 'O')) continue;
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  }
  return tags;
}

/** A CoNLL-U document to `token<TAB>tag` sentences (multi-word token lines and empty nodes skipped). */
export function convertDocument(conllu: string): string {
  const out: string[] = [];
  for (const block of conllu.split(/\n\s*\n/)) {
    const rows = block
      .split('\n')
      .filter((l) => /^\d+\t/.test(l))
      .map((l) => l.split('\t'));
    if (!rows.length) continue;
    const tokens = rows.map((c) => ({ form: c[1]!, upos: c[3]!, head: Number(c[6]) }));
    const tags = sentenceTags(
      tokens,
      rows.map((c) => c[9] ?? '_'),
    );
    out.push(tokens.map((t, i) => `${t.form}\t${tags[i]}`).join('\n'));
  }
  return out.join('\n\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      repo: { type: 'string' },
      commit: { type: 'string', default: 'HEAD' },
      out: { type: 'string', default: 'scripts/ner/data/gum' },
    },
  });
  if (!values.repo) throw new Error('--repo <GUM git directory> is required');
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', values.repo!, ...args], { maxBuffer: 1 << 28 }).toString('utf8');
  const splits = new Map<string, string>();
  let split = '';
  for (const line of git('show', `${values.commit}:splits.md`).split('\n')) {
    const h = /^## (\w+)/.exec(line);
    if (h) split = h[1]!;
    const d = /^\s*\* (GUM_\S+)/.exec(line);
    if (d) splits.set(d[1]!, split);
  }
  const docs = git('ls-tree', '--name-only', `${values.commit}:dep`)
    .split('\n')
    .filter((f) => gumGenres.some((g) => f.startsWith(`GUM_${g}_`)))
    .sort();
  const bySplit: Record<string, string[]> = { train: [], dev: [], test: [] };
  for (const f of docs) {
    const doc = f.replace(/\.conllu$/, '');
    bySplit[splits.get(doc) ?? 'train']!.push(convertDocument(git('show', `${values.commit}:dep/${f}`)));
  }
  mkdirSync(values.out, { recursive: true });
  for (const [s, texts] of Object.entries(bySplit)) {
    writeFileSync(`${values.out}/${s}.tsv.gz`, gzipSync(`${texts.join('\n\n')}\n`, { level: 9 }));
    console.log(`${s}: ${texts.length} documents`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
