/**
 * Training sentences generated from the project's own e-mail templates (scripts/ner/templates/,
 * written by the project) filled with invented people, towns and organisations from faker's
 * locale tables (MIT) and the anonymizer's city list. They teach the tagger what the corpora
 * lack: names in greetings and signatures, organisations and places in customer mail, and
 * languages with no open corpus (Spanish, Italian, Polish). Deterministic for a seed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { da, de, en, es, Faker, fi, fr, it, nb_NO, nl, pl, sv } from '@faker-js/faker';
import { cities } from '../../src/anonymize/recognizers/places.data.js';
import { toIob2 } from '../../src/anonymize/tagger/tagger.models.js';
import { tokenize } from '../../src/anonymize/tagger/tagger.tokens.models.js';
import type { Sentence } from './corpora.js';

const templatesDir = 'scripts/ner/templates';
const locales = { en, de, fr, nl, es, sv, it, da, no: nb_NO, fi, pl };
/** Sentences per language: more where no open corpus exists. */
const counts: Record<string, number> = { es: 8000, it: 8000, pl: 8000, fi: 5000 };
const defaultCount = 3000;

interface Templates {
  sentences: string[];
  orgs: string[];
}

function readTemplates(lang: string): Templates | undefined {
  const file = `${templatesDir}/${lang}.txt`;
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.trim() === '## ORG');
  const keep = (ls: string[]) => ls.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return at < 0
    ? { sentences: keep(lines), orgs: [] }
    : { sentences: keep(lines.slice(0, at)), orgs: keep(lines.slice(at + 1)) };
}

const back = /[aou]/i;
/** Finnish case endings follow vowel harmony: "Oulu" + ssa, "Espoo" + ssa, "Hyvinkää" + ssä. */
function finnish(word: string, suffix: string): string {
  const s = back.test(word) ? suffix : suffix.replace(/a/g, 'ä');
  return /[aeiouyäö]$/i.test(word) || suffix === 'n' ? word + s : `${word}i${s}`;
}

/** Polish cases by the last letter, roughly: enough for training, not for grammar. */
function polish(word: string, kase: string): string {
  const a = word.endsWith('a');
  const stem = a ? word.slice(0, -1) : word;
  if (kase === 'gen') return a ? `${stem}y` : `${word}a`;
  if (kase === 'dat') return a ? `${stem}ie` : `${word}owi`;
  if (kase === 'loc') return a ? `${stem}ie` : `${word}u`;
  return word;
}

function inflect(lang: string, value: string, form: string | undefined): string {
  if (!form) return value;
  const words = value.split(' ');
  const last = words.pop()!;
  const inflected = lang === 'fi' ? finnish(last, form) : lang === 'pl' ? polish(last, form) : last;
  return [...words, inflected].join(' ');
}

const slotRe = /\{(PER|FIRST|LAST|LOC|ORG)(?::([a-zäö]+))?\}/g;
const typeOf: Record<string, string> = { PER: 'PER', FIRST: 'PER', LAST: 'PER', LOC: 'LOC', ORG: 'ORG' };

export function generatedSentences(seed: number): Record<string, Sentence[]> {
  const out: Record<string, Sentence[]> = {};
  for (const [lang, locale] of Object.entries(locales)) {
    const t = readTemplates(lang);
    if (!t?.sentences.length) continue;
    const faker = new Faker({ locale: [locale, en] });
    faker.seed(seed);
    const pick = <X>(xs: readonly X[]) => xs[faker.number.int(xs.length - 1)]!;
    const first = () => faker.person.firstName();
    const last = () => faker.person.lastName();
    const town = () => (faker.datatype.boolean() ? faker.location.city() : pick(cities));
    const fill = (slot: string): string => {
      if (slot === 'PER') return `${first()} ${last()}`;
      if (slot === 'FIRST') return first();
      if (slot === 'LAST') return last();
      if (slot === 'LOC') return town();
      if (t.orgs.length && faker.datatype.boolean(0.7))
        return pick(t.orgs).replace(slotRe, (_, s: string, f?: string) => inflect(lang, fill(s), f));
      return faker.company.name();
    };
    const sentences: Sentence[] = [];
    const n = counts[lang] ?? defaultCount;
    for (let i = 0; i < n; i++) {
      const template = pick(t.sentences);
      const tokens: string[] = [];
      const tags: string[] = [];
      let pos = 0;
      for (const m of template.matchAll(slotRe)) {
        for (const tok of tokenize(template.slice(pos, m.index))) {
          tokens.push(tok.text);
          tags.push('O');
        }
        const value = inflect(lang, fill(m[1]!), m[2]);
        tokenize(value).forEach((tok, k) => {
          tokens.push(tok.text);
          tags.push(`${k === 0 ? 'B' : 'I'}-${typeOf[m[1]!]}`);
        });
        pos = m.index + m[0].length;
      }
      for (const tok of tokenize(template.slice(pos))) {
        tokens.push(tok.text);
        tags.push('O');
      }
      // Customers write in lower case too: one sentence in ten is lower-cased, entities included.
      const lower = faker.datatype.boolean(0.1);
      if (tokens.length)
        sentences.push({
          lang,
          tokens: lower ? tokens.map((x) => x.toLowerCase()) : tokens,
          tags: toIob2(tags),
        });
    }
    out[lang] = sentences;
  }
  return out;
}
