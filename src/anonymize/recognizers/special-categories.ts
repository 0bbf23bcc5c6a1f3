import type { DetectContext, Lang, Recognizer, Span, SpecialType } from '../anonymize.types.js';
import { specialTypes } from '../anonymize.types.js';
import { escapeRegex } from './regex-tools.js';
import { specialTermTables } from './special-terms/index.js';
import type { SpecialTermTable } from './special-terms/terms.types.js';

/**
 * GDPR Article 9 special categories, phrase level ("my type 2 diabetes", "I am pregnant",
 * "member of the IG Metall union"), in every supported language.
 *
 * Speed: the term tables (a few thousand terms) are compiled once at module load into a map from
 * the first letters of a term's first word to sticky regexes. Scanning a message walks its words
 * once and tries only the few terms sharing that prefix, so the cost grows with the text, not
 * with the number of terms. The message's language and English are always checked (customers
 * switch to English; English medical words appear in every language).
 */

interface CompiledTerm {
  re: RegExp;
  type: SpecialType;
  needsLead: boolean;
}

interface CompiledTable {
  byPrefix: Map<string, CompiledTerm[]>;
  /** Terms that may end a compound ("*krebs"): checked with a substring test per word first. */
  compounds: Array<{ stem: string; re: RegExp; type: SpecialType }>;
  lead: RegExp;
}

const letters = '[\\p{L}\\p{M}]*';
/** A stem continues with letters or digits ("brca*" → "BRCA1"). */
const stemTail = '[\\p{L}\\p{M}\\p{N}]*';
const end = '(?![\\p{L}\\p{N}])';
const rawPiece = /[[(|?\\]/u;

function wordSource(word: string): string {
  if (rawPiece.test(word)) return word;
  if (word.endsWith('*')) return `${escapeRegex(word.slice(0, -1))}${stemTail}`;
  return escapeRegex(word);
}

/** The literal letters a term starts with, lower-cased, at most four: its lookup key. */
function prefixKey(word: string): string {
  const literal = /^[\p{L}\p{N}]+/u.exec(word)?.[0] ?? '';
  return literal.toLowerCase().slice(0, 4);
}

/** "(hip|knee) operation" → "hip operation", "knee operation": every term needs a literal first word as its key. */
function expandFirstWord(raw: string): string[] {
  const flag = /^[=!]/u.test(raw) ? raw.charAt(0) : '';
  const body = raw.slice(flag.length);
  const m = /^\(([^()]+)\)(.*)$/u.exec(body);
  if (!m) return [raw];
  return m[1]!.split('|').map((alt) => `${flag}${alt}${m[2]}`);
}

export function compileTable(table: SpecialTermTable): CompiledTable {
  const byPrefix = new Map<string, CompiledTerm[]>();
  const compounds: CompiledTable['compounds'] = [];
  for (const type of specialTypes) {
    for (const raw of table.terms[type].flatMap(expandFirstWord)) {
      const caseSensitive = raw.startsWith('=');
      const needsLead = raw.startsWith('!');
      const body = caseSensitive || needsLead ? raw.slice(1) : raw;
      const words = body.split(' ');
      const flags = caseSensitive ? 'u' : 'iu';
      if (words[0]!.startsWith('*')) {
        const src = [`${letters}${wordSource(words[0]!.slice(1))}`, ...words.slice(1).map(wordSource)].join(
          '[\\s-]+',
        );
        const stem = words[0]!.slice(1).replace(/\*$/u, '').toLowerCase();
        compounds.push({ stem, re: new RegExp(`${src}${end}`, `y${flags}`), type });
        continue;
      }
      const key = prefixKey(words[0]!);
      if (key.length === 0) throw new Error(`special term without a literal start: ${raw}`);
      const re = new RegExp(`${words.map(wordSource).join('[\\s-]+')}${end}`, `y${flags}`);
      const list = byPrefix.get(key) ?? [];
      list.push({ re, type, needsLead });
      byPrefix.set(key, list);
    }
  }
  const leads = [...table.leads].sort((a, b) => b.length - a.length).map((l) => l.replace(/ /gu, '[ \\t]+'));
  const lead = new RegExp(`(?<![\\p{L}\\p{N}])(?:${leads.join('|')})[ \\t]+$`, 'iu');
  return { byPrefix, compounds, lead };
}

const compiled = new Map<Lang, CompiledTable>();
for (const [lang, table] of Object.entries(specialTermTables))
  compiled.set(lang as Lang, compileTable(table));

const wordRe = /[\p{L}\p{N}]+/gu;

interface Hit {
  start: number;
  end: number;
  type: SpecialType;
  needsLead: boolean;
  table: CompiledTable;
}

function hitsIn(text: string, table: CompiledTable, out: Hit[]): void {
  for (const w of text.matchAll(wordRe)) {
    const low = w[0].toLowerCase();
    for (const c of table.compounds) {
      if (!low.includes(c.stem)) continue;
      c.re.lastIndex = w.index;
      const m = c.re.exec(text);
      if (m) out.push({ start: w.index, end: w.index + m[0].length, type: c.type, needsLead: false, table });
    }
    const seen = new Set<string>();
    for (let n = Math.min(4, low.length); n >= 1; n--) {
      const key = low.slice(0, n);
      if (seen.has(key)) continue;
      seen.add(key);
      const terms = table.byPrefix.get(key);
      if (!terms) continue;
      for (const term of terms) {
        term.re.lastIndex = w.index;
        const m = term.re.exec(text);
        if (m && m[0].length > 0) {
          out.push({
            start: w.index,
            end: w.index + m[0].length,
            type: term.type,
            needsLead: term.needsLead,
            table,
          });
        }
      }
    }
  }
}

/**
 * Phrase growth: a reviewer wants the whole phrase gone ("une scoliose sévère", "BRCA-Mutation",
 * "halbseitig gelähmt", "burn-out en paniekaanvallen"), not one word of it. So spans grow over
 * attached hyphen compounds, a preceding article or severity word, a following qualifier, and
 * join neighbours of the same category separated by at most one word.
 */
const leftWords = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:a|an|un|une|una|uno|een|ein|eine[mnrs]?|der|die|das|den|dem|het|la|le|el|il|lo|ett|ei|` +
    'early-stage|suspected|severe|chronic|acute|serious|home|schwere[mnrs]?|chronische[mnrs]?|vorsorgliche[mnrs]?|' +
    'prophylaktische[mnrs]?|halbseitig|teilweise|delvis|gedeeltelijk|couple|pareja|origen|estudio|tratamiento de|' +
    'trastorno del espectro|engagement|délégué|insuffisance|incapacidad|utbrändhet och)[ \\t]+$',
  'iu',
);
const rightWords =
  /^[ \t]+(?:disease|diagnosis|member(?:ship)?|couple|machine|mutation|condition|disorder|syndrome|ty(?:pe|p) [12]|permanente?(?: total)?|totale?|sévère|severe|grave|chronique|chronic|crónic[oa]|stel|par|paar|tillhörighet|zugehörigkeit|sous insuline|de hecho|del tumor)(?![\p{L}\p{N}])/iu;
const joinGap = /^[ \t]*(?:[\p{L}.-]+[ \t]+)?$/u;

function grow(text: string, span: Span): void {
  for (let i = 0; i < 3; i++) {
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const hyphen = /[\p{L}\p{N}]+-$/u.exec(before);
    const word = hyphen ? undefined : leftWords.exec(before);
    const m = hyphen ?? word;
    if (!m) break;
    span.start -= m[0].length;
  }
  for (let i = 0; i < 3; i++) {
    const after = text.slice(span.end, span.end + 40);
    const m = /^-[\p{L}\p{N}/]+/u.exec(after) ?? rightWords.exec(after);
    if (!m) break;
    span.end += m[0].length;
  }
}

function joinNeighbours(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.type === s.type && s.start >= last.end && joinGap.test(text.slice(last.end, s.start))) {
      last.end = Math.max(last.end, s.end);
      last.score = Math.max(last.score, s.score);
      continue;
    }
    out.push(s);
  }
  return out;
}

export function specialCategorySpans(text: string, lang: Lang): Span[] {
  const hits: Hit[] = [];
  for (const l of new Set<Lang>([lang, 'en'])) hitsIn(text, compiled.get(l)!, hits);
  // Longest first, so a phrase ("type 2 diabetes") wins over a word inside it ("diabetes").
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && last.type === h.type && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      continue;
    }
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    const lead = h.table.lead.exec(before);
    if (h.needsLead && !lead) continue;
    const start = lead ? h.start - lead[0].length : h.start;
    if (last && last.type === h.type && start < last.end) {
      last.end = Math.max(last.end, h.end);
      continue;
    }
    out.push({ start, end: h.end, type: h.type, source: 'special-categories', score: lead ? 0.85 : 0.7 });
  }
  for (const s of out) grow(text, s);
  return joinNeighbours(text, out);
}

export const specialCategories: Recognizer = {
  name: 'special-categories',
  types: specialTypes,
  detect(ctx: DetectContext): Span[] {
    return specialCategorySpans(ctx.text, ctx.lang);
  },
};
