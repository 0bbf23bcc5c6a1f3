/**
 * Pure helpers about how one person's name is written across a thread: "Anna Müller",
 * "Anna", "Müller", "A. Müller", "Müller, Anna", "MÜLLER", "mueller", "Anna's", "Müllers".
 *
 * Shared on purpose: names-structure.ts uses `nameVariants` to find every mention of a seed
 * name, and the engine core's placeholder clustering (`groupPersonMentions`) reuses
 * `nameVariants` / `normalizeName` so that every variant of one name maps to the same
 * `[PERSON_n]`.
 */

import { particles } from './names.data.js';

const particleSet = new Set(particles);

/**
 * Letters, combining marks, apostrophes and hyphens: what a name token is made of. Bounded, so a
 * pattern tried at every capital of a long run ("Aa-Aa-Aa-…" pasted from a log, a key or a token)
 * gives up after a few dozen letters instead of reading to the run's end from each of them (time
 * growing with the square of its length; with the optional capital it had before each part after
 * a hyphen, with 2^n readings). A longer part or a sixth part is no name.
 */
export const nameTokenSource =
  "\\p{Lu}[\\p{L}\\p{M}'’]{0,40}(?:-[\\p{L}\\p{M}'’]{1,40}){0,4}(?![\\p{L}\\p{M}'’])";

/** Splits a written name into tokens, dropping punctuation but keeping particles and initials. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/[,;:()"<>[\]]/gu, ' ')
    .split(/\s+/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** Lower-case, without diacritics, with German transliterations folded: the clustering key. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä|ae(?=\p{L})/gu, 'a')
    .replace(/ö|oe(?=\p{L})/gu, 'o')
    .replace(/ü|ue(?=\p{L})/gu, 'u')
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The usual ASCII spellings of a token with umlauts or accents ("Müller" → "Mueller", "Muller"). */
export function transliterations(token: string): string[] {
  const out = new Set<string>();
  const german = token
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/Ä/gu, 'Ae')
    .replace(/Ö/gu, 'Oe')
    .replace(/Ü/gu, 'Ue')
    .replace(/ß/gu, 'ss');
  if (german !== token) out.add(german);
  const plain = token.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/gu, 'ss');
  if (plain !== token) out.add(plain);
  return [...out];
}

function isInitial(token: string): boolean {
  return /^\p{L}\.?$/u.test(token);
}

/**
 * Every way the name is likely written elsewhere, most specific first. Case is not varied here:
 * matching is case-insensitive and checks casing itself (ambiguous names need capitals).
 * Single letters are never variants on their own.
 */
export function nameVariants(fullName: string): readonly string[] {
  let known = variantsOf.get(fullName);
  if (!known) {
    if (variantsOf.size >= variantsLimit) variantsOf.clear();
    known = variantsOfName(fullName);
    variantsOf.set(fullName, known);
  }
  return known;
}

/** The same names come back in every mail of a thread and in its quotes: their variants are kept. */
const variantsOf = new Map<string, readonly string[]>();
const variantsLimit = 10_000;

function variantsOfName(fullName: string): string[] {
  const tokens = nameTokens(fullName).filter((t) => !/^\p{L}{1,4}\.$/u.test(t) || isInitial(t));
  const out = new Set<string>();
  const add = (v: string) => {
    const clean = v.trim();
    if (clean.replace(/[^\p{L}]/gu, '').length >= 2) out.add(clean);
  };
  if (tokens.length === 0) return [];
  add(tokens.join(' '));
  // Surname = last token plus any particles right before it ("van der Berg").
  let surnameStart = tokens.length - 1;
  while (surnameStart > 1 && particleSet.has(tokens[surnameStart - 1]!.toLowerCase())) surnameStart--;
  const given = tokens.slice(0, surnameStart).filter((t) => !particleSet.has(t.toLowerCase()));
  const surnameTokens = tokens.slice(surnameStart);
  const surname = surnameTokens.join(' ');
  const core = surnameTokens[surnameTokens.length - 1]!;
  if (tokens.length > 1) {
    add(surname);
    if (surnameTokens.length > 1) {
      add(core);
      // Dutch and German capitalise the particle when the surname stands alone ("Van der Berg").
      add(surname.charAt(0).toUpperCase() + surname.slice(1));
    }
    for (const g of given) if (!isInitial(g)) add(g);
    const realGiven = given.filter((g) => !isInitial(g));
    if (realGiven.length > 0) {
      const initials = given.map((g) => `${g.charAt(0)}.`).join(' ');
      add(`${initials} ${surname}`);
      add(`${given.map((g) => g.charAt(0)).join('')} ${surname}`);
      add(`${realGiven[0]} ${surname}`);
      add(`${surname}, ${realGiven.join(' ')}`);
      add(`${surname} ${realGiven.join(' ')}`);
      if (realGiven.length > 1) add(realGiven.join(' '));
      // Double first names written with or without a hyphen ("Anna-Lena" / "Anna Lena").
    }
    for (const g of realGiven) {
      if (g.includes('-')) for (const part of g.split('-')) add(part);
    }
  } else {
    if (core.includes('-')) for (const part of core.split('-')) add(part);
  }
  if (core.includes('-') && tokens.length > 1) for (const part of core.split('-')) add(part);
  for (const v of [...out]) {
    for (const t of transliterations(v)) add(t);
  }
  return [...out].sort((a, b) => b.length - a.length);
}
