import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lexiconDir } from '../../lexicon/lexicon.loader.js';
import { normalizeWord, ownCopy } from '../../lexicon/lexicon.text.js';
import { firstCharMatches } from '../regex-tools.js';
import type { PatternSpan } from './pattern.types.js';

/**
 * HEALTH words recognised by how they are built rather than by a list of the words themselves, so
 * a medicine or a diagnosis no lexicon holds is still found in any language:
 * - a medicine's name ends in a WHO INN stem ("Bisoprolol", "Candesartan", "ramiprilia");
 * - a clinical word is a Greek or Latin root with a clinical suffix ("Arthrose", "gastrite",
 *   "Koloskopie", "mammografia", "skoliozy"), or ends in a suffix that is clinical on its own
 *   ("Tendinitis", "appendectomy"). The root must sit right before the suffix (one joining vowel
 *   at most), which keeps ordinary words out ("kostenlose", "nostalgia", "sympathie", "fotografia").
 *
 * - a compound ends in a health head ("Knieoperation", "ryggkirurg", "polvileikkauksen").
 *
 * Stems, roots, suffixes, heads and inflection endings are data (models/lexicons/morphology/health.txt).
 * Each word is looked at once, against a few dozen endings: linear in the text.
 */

interface Morphology {
  stems: string[];
  prefixes: string[];
  freeSuffixes: string[];
  suffixes: string[];
  roots: string[];
  endings: string[];
  /** Compound heads: exact ones, and those that may continue by a few letters (`head*`). */
  heads: string[];
  headTails: Set<string>;
  headStems: string[];
  everyday: Set<string>;
  /** Last two letters of every stem and suffix: most words are ruled out by one lookup. */
  tails: Set<string>;
}

export const morphologyFile = path.join(lexiconDir, 'morphology', 'health.txt');

/** `[section]` headings, one entry per line, `#` comments. */
export function parseMorphology(text: string): Morphology {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const head = /^\[([a-z-]+)\]$/u.exec(line);
    if (head) {
      current = [];
      sections.set(head[1]!, current);
    } else current?.push(line);
  }
  const list = (name: string) => sections.get(name) ?? [];
  return {
    stems: list('inn-stems'),
    prefixes: list('inn-prefixes'),
    freeSuffixes: list('free-suffixes'),
    suffixes: list('suffixes'),
    roots: list('roots'),
    endings: list('endings'),
    heads: list('compound-heads').filter((h) => !h.endsWith('*')),
    headTails: new Set(
      list('compound-heads')
        .filter((h) => !h.endsWith('*'))
        .map((h) => h.slice(-2)),
    ),
    headStems: list('compound-heads')
      .filter((h) => h.endsWith('*'))
      .map((h) => h.slice(0, -1)),
    everyday: new Set(list('everyday')),
    tails: new Set(
      [...list('inn-stems'), ...list('free-suffixes'), ...list('suffixes')].map((x) => x.slice(-2)),
    ),
  };
}

let loaded: Morphology | undefined;

function morphology(): Morphology {
  loaded ??= parseMorphology(readFileSync(morphologyFile, 'utf8'));
  return loaded;
}

/** A root ends at most one letter (a joining vowel) before the suffix starts. */
function rootBefore(head: string, roots: readonly string[]): boolean {
  for (const r of roots) {
    const at = head.lastIndexOf(r);
    if (at >= 0 && head.length - (at + r.length) <= 1) return true;
  }
  return false;
}

function clinicalForm(form: string, m: Morphology): boolean {
  if (!m.tails.has(form.slice(-2))) return false;
  for (const s of m.stems) if (form.length >= s.length + 3 && form.endsWith(s)) return true;
  for (const s of m.freeSuffixes) if (form.length >= s.length + 3 && form.endsWith(s)) return true;
  for (const s of m.suffixes)
    if (form.length > s.length + 2 && form.endsWith(s) && rootBefore(form.slice(0, -s.length), m.roots))
      return true;
  return false;
}

/** Four letters of a first part, then a health head and at most two more letters: "Knie|operation". */
function healthCompound(w: string, m: Morphology): boolean {
  for (let k = 0; k <= 2; k++) {
    const form = w.slice(0, w.length - k);
    if (!m.headTails.has(form.slice(-2))) continue;
    for (const h of m.heads) if (form.length >= h.length + 4 && form.endsWith(h)) return true;
  }
  for (const h of m.headStems) {
    const at = w.indexOf(h, 4);
    if (at >= 0 && w.length - at - h.length <= 5) return true;
  }
  return false;
}

/** True when the word is built as a medicine's name or a clinical term. */
export function isClinicalWord(word: string, m: Morphology = morphology()): boolean {
  const w = normalizeWord(word, 'fold');
  if (w.length < 6 || m.everyday.has(w)) return false;
  for (const p of m.prefixes) if (w.length >= p.length + 5 && w.startsWith(p)) return true;
  if (clinicalForm(w, m) || healthCompound(w, m)) return true;
  for (const e of m.endings) {
    if (w.length - e.length < 6 || !w.endsWith(e)) continue;
    const form = w.slice(0, -e.length);
    if (!m.everyday.has(form) && clinicalForm(form, m)) return true;
  }
  return false;
}

const word = /\p{L}[\p{L}\p{M}]{5,}/gu;

/**
 * The answer for each word seen, as the word stands in the text: most words of a message recur
 * (greetings, a reply's quote of the mail before it, the next message of the thread), and the
 * check (folding, a hundred-odd endings) was the costliest special-category pattern. Bounded:
 * cleared when full, like the taggers' word caches.
 */
const seen = new Map<string, boolean>();
export const clinicalWordCacheSize = 20_000;

/** `isClinicalWord` with the shipped morphology, remembered per word. */
export function isClinicalWordCached(word: string): boolean {
  let known = seen.get(word);
  if (known === undefined) {
    known = isClinicalWord(word, morphology());
    if (seen.size >= clinicalWordCacheSize) seen.clear();
    seen.set(ownCopy(word), known);
  }
  return known;
}

/** How many words the cache holds. */
export function clinicalWordCacheCount(): number {
  return seen.size;
}

/** Forgets every word (the benchmark starts each pass with empty caches). */
export function resetClinicalWordCache(): void {
  seen.clear();
}

export function healthMorphologySpans(text: string, out: PatternSpan[]): void {
  for (const w of firstCharMatches(word, text))
    if (isClinicalWordCached(w[0])) out.push({ start: w.index, end: w.index + w[0].length, score: 0.7 });
}
