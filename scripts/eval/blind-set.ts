/**
 * npm run eval:blind-set [-- --set blind-2] — turns a blind e-mail set's hand-written source
 * (<set dir>/annotated/<lang>.txt, format in tests/anonymize/gold/blind/GUIDE.md) into JSON lines
 * with character offsets, split per language into a dev half and a frozen test half by a hash of
 * the message id. The test half's sha256 is recorded in blind.test.sha256 when it is first
 * written; from then on this script refuses to write a different test half (--refreeze after a
 * reviewed correction of the annotations).
 *
 * There are seven sets, written by different people at different times from the same guide: each
 * arrived after the recognizers had been tuned on the earlier sets' dev halves, so the newest
 * set's test half is the freshest independent figure.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GoldMessage } from './make-email-set.js';

export const blindSets = {
  blind: 'tests/anonymize/gold/blind',
  'blind-2': 'tests/anonymize/gold/blind-2',
  'blind-3': 'tests/anonymize/gold/blind-3',
  'blind-4': 'tests/anonymize/gold/blind-4',
  'blind-5': 'tests/anonymize/gold/blind-5',
  'blind-6': 'tests/anonymize/gold/blind-6',
  'blind-7': 'tests/anonymize/gold/blind-7',
  'blind-8': 'tests/anonymize/gold/blind-8',
  'blind-9': 'tests/anonymize/gold/blind-9',
} as const;
/** How each set is named in the evaluation's tables. */
export const blindSetTitles: Record<BlindSetName, string> = {
  blind: 'blind email set',
  'blind-2': 'second blind email set',
  'blind-3': 'third blind email set',
  'blind-4': 'fourth blind email set',
  'blind-5': 'fifth blind email set',
  'blind-6': 'sixth blind email set',
  'blind-7': 'seventh blind email set',
  'blind-8': 'eighth blind email set',
  'blind-9': 'ninth blind email set',
};
export type BlindSetName = keyof typeof blindSets;

export function blindPaths(name: BlindSetName) {
  const dir = blindSets[name];
  return {
    dir,
    dev: `${dir}/blind.dev.jsonl`,
    test: `${dir}/blind.test.jsonl`,
    freeze: `${dir}/blind.test.sha256`,
  };
}

const types = new Set(
  'PERSON EMAIL PHONE IBAN CARD NATIONAL_ID PASSPORT IP URL PLATE DOB AGE ADDRESS ACCOUNT_NO DATE ORG LOCATION HEALTH GENETIC BIOMETRIC ETHNIC_ORIGIN RELIGION POLITICAL_OPINION TRADE_UNION SEXUAL_ORIENTATION'.split(
    ' ',
  ),
);

/** Parses one annotated file; throws with the message id and reason on any markup error. */
export function parseAnnotated(source: string, lang: string): GoldMessage[] {
  const out: GoldMessage[] = [];
  for (const block of source.split(/^### /m).slice(1)) {
    const [head, ...rest] = block.split('\n');
    const attrs = Object.fromEntries([...head!.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
    const id = attrs.id;
    if (!id) throw new Error(`a block in ${lang} has no id`);
    const sep = rest.indexOf('---');
    if (sep < 0) throw new Error(`${id}: no --- line`);
    const headers = Object.fromEntries(
      rest.slice(0, sep).flatMap((l) => {
        const m = /^([A-Za-z]+):\s*(.*)$/.exec(l);
        return m ? [[m[1]!.toLowerCase(), m[2]!]] : [];
      }),
    );
    const body = rest
      .slice(sep + 1)
      .join('\n')
      .replace(/\s+$/, '');
    let text = '';
    const spans: GoldMessage['spans'] = [];
    let pos = 0;
    for (const m of body.matchAll(/\[\[([A-Z_]+):([\s\S]*?)\]\]/g)) {
      if (!types.has(m[1]!)) throw new Error(`${id}: unknown type ${m[1]}`);
      text += body.slice(pos, m.index);
      spans.push({
        start: text.length,
        end: text.length + m[2]!.length,
        type: m[1] as GoldMessage['spans'][number]['type'],
      });
      text += m[2];
      pos = m.index + m[0].length;
    }
    text += body.slice(pos);
    if (/\[\[|\]\]/.test(text)) throw new Error(`${id}: unbalanced markup`);
    const allow = (headers.allow ?? '').split(/;\s*/).filter(Boolean);
    out.push({
      id,
      thread: id,
      lang: lang as GoldMessage['lang'],
      domain: attrs.sector ?? '',
      direction: attrs.direction === 'reply' ? 'reply' : 'inbound',
      from: headers.from ?? '',
      to: headers.to ?? '',
      org: { name: allow[0] ?? '', allow },
      text,
      spans,
      traps: [],
      ignore: [],
    });
  }
  return out;
}

const hashOf = (s: string) => createHash('sha256').update(s).digest('hex');

/** Per language, the half of the ids with the smallest hashes is the test half. */
export function splitBlind(messages: GoldMessage[]): { dev: GoldMessage[]; test: GoldMessage[] } {
  const dev: GoldMessage[] = [];
  const test: GoldMessage[] = [];
  for (const lang of [...new Set(messages.map((m) => m.lang))].sort()) {
    const ms = messages.filter((m) => m.lang === lang).sort((a, b) => (hashOf(a.id) < hashOf(b.id) ? -1 : 1));
    const half = Math.ceil(ms.length / 2);
    test.push(...ms.slice(0, half));
    dev.push(...ms.slice(half));
  }
  const byId = (a: GoldMessage, b: GoldMessage) => (a.id < b.id ? -1 : 1);
  return { dev: dev.sort(byId), test: test.sort(byId) };
}

export function buildBlindSet(name: BlindSetName): { dev: string; test: string; count: number } {
  const { dir } = blindPaths(name);
  const files = readdirSync(path.join(dir, 'annotated'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const all = files.flatMap((f) =>
    parseAnnotated(readFileSync(path.join(dir, 'annotated', f), 'utf8'), f.slice(0, -4)),
  );
  const { dev, test } = splitBlind(all);
  const jsonl = (ms: GoldMessage[]) => `${ms.map((m) => JSON.stringify(m)).join('\n')}\n`;
  return { dev: jsonl(dev), test: jsonl(test), count: all.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { refreeze: { type: 'boolean', default: false }, set: { type: 'string', default: 'blind' } },
  });
  if (!(values.set in blindSets)) {
    console.error(`Unknown set ${values.set}; one of ${Object.keys(blindSets).join(', ')}.`);
    process.exit(2);
  }
  const name = values.set as BlindSetName;
  const paths = blindPaths(name);
  const { dev, test, count } = buildBlindSet(name);
  const sha = hashOf(test);
  const frozen = existsSync(paths.freeze) ? readFileSync(paths.freeze, 'utf8').trim() : undefined;
  if (frozen && frozen !== sha && !values.refreeze) {
    console.error(
      `The blind test half would change (frozen ${frozen}, now ${sha}). Not written; --refreeze after review.`,
    );
    process.exit(1);
  }
  writeFileSync(paths.dev, dev);
  writeFileSync(paths.test, test);
  writeFileSync(paths.freeze, `${sha}\n`);
  console.log(
    `${count} messages: dev ${dev.split('\n').length - 1}, test ${test.split('\n').length - 1}; test sha256 ${sha}`,
  );
}
