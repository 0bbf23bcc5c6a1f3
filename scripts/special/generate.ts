/**
 * Training text for the special-category tagger, generated from the project's own templates
 * (scripts/special/templates/<lang>.txt, written by the project) and the licensed vocabularies
 * compiled under models/lexicons. Gold spans are known by construction: a slot's filler or a
 * marked phrase is the span, character for character. Deterministic for a seed.
 *
 * Template syntax, one sentence per line (`#` starts a comment line):
 * - `{health}`, `{religion}`, `{political}`, `{union}`, `{sexual}`, `{ethnic}`, `{genetic}`,
 *   `{biometric}`: a term of that category from the lexicons (curated and compiled lists);
 * - `[[since my chemo|health]]`: a phrase no word list names, the whole phrase is the span (it
 *   may hold a slot: `[[of {ethnic} descent|ethnic]]`);
 * - `((a|b|c))`: one of the alternatives, chosen at random (also inside a marked phrase);
 * - a line with neither slot nor phrase is a negative example (ordinary customer mail).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type Lang, languages, type SpecialType } from '../../src/anonymize/anonymize.types.js';
import { categoryTypes, lexiconDir, parseCurated } from '../../src/anonymize/lexicon/lexicon.loader.js';
import { seededRandom } from '../../src/shared/random.js';

export const templatesDir = 'scripts/special/templates';

export interface GoldSpan {
  start: number;
  end: number;
  type: SpecialType;
}

export interface GeneratedText {
  lang: Lang;
  text: string;
  spans: GoldSpan[];
}

/** A lexicon line as plain words, or undefined for stems, wildcards and one-letter terms. */
function plainTerm(line: string): string | undefined {
  const body = line.replace(/^[=!]+/u, '');
  if (/[*_]/u.test(body) || body.length < 3) return undefined;
  return body;
}

function readGz(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n');
}

/** Slot fillers per category for one language: its curated table and compiled lists. */
export function vocabulary(lang: Lang, dir: string = lexiconDir): Map<SpecialType, string[]> {
  const out = new Map<SpecialType, string[]>();
  const add = (type: SpecialType, lines: string[]) => {
    const list = out.get(type) ?? [];
    for (const l of lines) {
      const t = plainTerm(l.trim());
      if (t) list.push(t);
    }
    out.set(type, list);
  };
  const curated = path.join(dir, 'curated', `${lang}.txt`);
  if (existsSync(curated))
    for (const [type, terms] of Object.entries(parseCurated(readFileSync(curated, 'utf8')).terms))
      add(type as SpecialType, terms);
  const compiled = path.join(dir, 'compiled');
  for (const f of readdirSync(compiled).sort()) {
    const [fileLang, category] = f.split('.');
    const type = categoryTypes[category ?? ''];
    // International drug names appear in every language's mail.
    if (type && (fileLang === lang || fileLang === 'intl')) add(type, readGz(path.join(compiled, f)));
  }
  return out;
}

export function readTemplates(lang: Lang, dir: string = templatesDir): string[] {
  const file = path.join(dir, `${lang}.txt`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

const choiceRe = /\(\(([^()]*)\)\)/gu;
const pieceRe = /\{([a-z]+)\}|\[\[([^\]|]+)\|([a-z]+)\]\]/gu;

/** Fills one template: choices first, then slots and marked phrases, recording their spans. */
export function fillTemplate(
  template: string,
  lang: Lang,
  vocab: Map<SpecialType, string[]>,
  random: () => number,
): GeneratedText | undefined {
  const pick = <X>(xs: readonly X[]) => xs[Math.floor(random() * xs.length)]!;
  const chosen = template.replace(choiceRe, (_, alts: string) => pick(alts.split('|')));
  let text = '';
  const spans: GoldSpan[] = [];
  let pos = 0;
  for (const m of chosen.matchAll(pieceRe)) {
    text += chosen.slice(pos, m.index);
    const category = m[1] ?? m[3]!;
    const type = categoryTypes[category];
    if (!type) throw new Error(`${lang} template: unknown category ${category} in "${template}"`);
    const fillSlot = (name: string) => {
      const slotType = categoryTypes[name];
      if (!slotType) throw new Error(`${lang} template: unknown category ${name} in "${template}"`);
      return pick(vocab.get(slotType) ?? []);
    };
    // A marked phrase may hold a slot of its own: "[[of {ethnic} descent|ethnic]]".
    const value = m[1]
      ? fillSlot(m[1])
      : m[2]!.replace(/\{([a-z]+)\}/gu, (_, name: string) => fillSlot(name) ?? '');
    if (!value) return undefined;
    spans.push({ start: text.length, end: text.length + value.length, type });
    text += value;
    pos = m.index + m[0].length;
  }
  text += chosen.slice(pos);
  return { lang, text, spans };
}

/** `perTemplate` fillings of every template line of every language. */
export function generatedTexts(
  seed: number,
  perTemplate: number,
  dir: string = templatesDir,
): GeneratedText[] {
  const random = seededRandom(seed);
  const out: GeneratedText[] = [];
  for (const lang of languages) {
    const vocab = vocabulary(lang);
    for (const template of readTemplates(lang, dir)) {
      // A negative line says the same thing each time: once is enough.
      const times = pieceRe.test(template) ? perTemplate : 1;
      pieceRe.lastIndex = 0;
      for (let i = 0; i < times; i++) {
        const g = fillTemplate(template, lang, vocab, random);
        if (g) out.push(g);
      }
    }
  }
  return out;
}
