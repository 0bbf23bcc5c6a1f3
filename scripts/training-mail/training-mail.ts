/**
 * The training e-mails (scripts/training-mail/annotated/<lang>.txt, the blind sets' block format):
 * customer-service mail with gold spans, written for the project as training material for the
 * taggers. They are never a test set; `npm run eval -- --only training-mail` scores them as
 * development data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sequences, tokenize } from '../../src/anonymize/tagger/tagger.tokens.models.js';
import { parseAnnotated } from '../eval/blind-set.js';
import { type EvalSet, emailSetOf } from '../eval/datasets.js';
import type { GoldMessage } from '../eval/make-email-set.js';
import type { Sentence } from '../ner/corpora.js';

export const trainingMailDir = 'scripts/training-mail/annotated';

/** Every training e-mail, by language file; throws on a markup error or a repeated id. */
export function trainingMail(dir = trainingMailDir): GoldMessage[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const all = files.flatMap((f) => parseAnnotated(readFileSync(path.join(dir, f), 'utf8'), f.slice(0, -4)));
  const seen = new Set<string>();
  for (const m of all) {
    if (seen.has(m.id)) throw new Error(`${m.id}: the id is used twice`);
    seen.add(m.id);
  }
  return all;
}

export const trainingMailSet = (dir = trainingMailDir): EvalSet => ({
  ...emailSetOf(trainingMail(dir), dir),
  name: 'training e-mails (development data, trained on)',
});

const nerTypes: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOCATION: 'LOC' };

/**
 * The training e-mails as NER sentences (one per sequence the tagger decodes at run time): PERSON,
 * ORG and LOCATION spans become PER, ORG and LOC in BIO tags, every other word O. A sentence with
 * an address, or with one of the receiving organisation's own names (never annotated in the mail,
 * though they are organisations), is left out: its town and organisation words are unmarked for
 * reasons the NER cannot see, and would teach it to leave such words alone.
 */
export function mailSentences(msgs: readonly GoldMessage[]): Sentence[] {
  const out: Sentence[] = [];
  for (const m of msgs) {
    const tokens = tokenize(m.text);
    const tags = tokens.map(() => 'O');
    const excluded = new Uint8Array(tokens.length);
    for (const s of m.spans) {
      const type = nerTypes[s.type];
      let first = true;
      tokens.forEach((t, i) => {
        if (t.start >= s.end || t.end <= s.start) return;
        if (s.type === 'ADDRESS') excluded[i] = 1;
        if (!type) return;
        tags[i] = `${first ? 'B' : 'I'}-${type}`;
        first = false;
      });
    }
    const own = m.org.allow.filter((a) => /^\p{Lu}/u.test(a) && !a.includes('@'));
    for (const [a, b] of sequences(m.text, tokens)) {
      const text = m.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
      if (excluded.subarray(a, b).some((x) => x) || own.some((o) => text.includes(o))) continue;
      out.push({ lang: m.lang, tokens: tokens.slice(a, b).map((t) => t.text), tags: tags.slice(a, b) });
    }
  }
  return out;
}
