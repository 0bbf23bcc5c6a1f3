/**
 * The house style of a mailbox from its anonymized replies: how agents open and close, whether
 * they address customers formally, how long they write, in which languages. Pure; the prompt
 * builder turns it into a few plain lines with styleNotes().
 */
export interface Share {
  text: string;
  share: number;
}

export interface Formality {
  formal: number;
  informal: number;
  preferred: 'formal' | 'informal' | null;
}

export interface StyleProfile {
  version: 1;
  replies: number;
  /** Per language ('und' when unknown): the most common first and last lines, normalized. */
  greetings: Record<string, Share[]>;
  signOffs: Record<string, Share[]>;
  formality: Record<string, Formality>;
  length: { medianWords: number; p90Words: number };
  languages: Share[];
}

/** Anonymizer placeholders of people become one neutral [NAME]; roles such as [AGENT] stay. */
const personRe = /\[(?:PERSON|NAME|CUSTOMER)(?:_\d+)?\]/g;
const placeholderOnlyRe = /^(?:\[[A-Z][A-Z_]*(?:_\d+)?\][\s,.;:!-]*)+$/;
const wordRe = /[\p{L}\p{N}]+/gu;
/** A greeting or a sign-off is a short line; a longer one is the body. */
const maxGreetingWords = 8;
const maxSignOffWords = 6;
const topN = 3;

export function normalizeLine(line: string): string {
  return line.replace(personRe, '[NAME]').replace(/\s+/g, ' ').trim();
}

function wordCount(s: string): number {
  return s.match(wordRe)?.length ?? 0;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(normalizeLine)
    .filter((l) => l.length > 0);
}

export function greetingLine(text: string): string | null {
  const first = lines(text)[0];
  return first && wordCount(first) <= maxGreetingWords && !placeholderOnlyRe.test(first) ? first : null;
}

export function signOffLine(text: string): string | null {
  const all = lines(text);
  // Skip trailing [AGENT] / [SIGNATURE] lines: the sign-off is the line before them.
  while (all.length > 1 && placeholderOnlyRe.test(all.at(-1)!)) all.pop();
  const last = all.at(-1);
  return last && all.length > 1 && wordCount(last) <= maxSignOffWords ? last : null;
}

/**
 * Pronouns of address. Formal forms that are capitalized (German Sie, Italian Lei) only count
 * inside a sentence: at its start the capital says nothing.
 */
const pronouns: Record<string, { formal: RegExp; informal: RegExp; formalCaseSensitive: boolean }> = {
  de: {
    formal: /^(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)$/,
    informal: /^(du|dich|dir|dein|deine|deinem|deinen|deiner|deines)$/i,
    formalCaseSensitive: true,
  },
  fr: { formal: /^(vous|votre|vos)$/i, informal: /^(tu|toi|ton|ta|tes|te)$/i, formalCaseSensitive: false },
  nl: { formal: /^(u|uw)$/i, informal: /^(je|jij|jou|jouw|jullie)$/i, formalCaseSensitive: false },
  es: { formal: /^(usted|ustedes)$/i, informal: /^(tú|ti|tu|tus|contigo)$/i, formalCaseSensitive: false },
  it: {
    formal: /^(Lei|Suo|Sua|Suoi|Sue)$/,
    informal: /^(tu|ti|tuo|tua|tuoi|tue)$/i,
    formalCaseSensitive: true,
  },
  sv: { formal: /^(Ni|Er|Ert|Era)$/, informal: /^(du|dig|din|ditt|dina)$/i, formalCaseSensitive: true },
  da: { formal: /^(De|Dem|Deres)$/, informal: /^(du|dig|din|dit|dine)$/i, formalCaseSensitive: true },
  no: { formal: /^(De|Dem|Deres)$/, informal: /^(du|deg|din|ditt|dine)$/i, formalCaseSensitive: true },
};

/** The forms to name in the prompt line per language: [formal, informal]. */
export const addressForms: Record<string, [string, string]> = {
  de: ['Sie', 'du'],
  fr: ['vous', 'tu'],
  nl: ['u', 'je/jij'],
  es: ['usted', 'tú'],
  it: ['Lei', 'tu'],
  sv: ['Ni', 'du'],
  da: ['De', 'du'],
  no: ['De', 'du'],
};

export function countAddress(text: string, lang: string): { formal: number; informal: number } {
  const p = pronouns[lang];
  if (!p) return { formal: 0, informal: 0 };
  let formal = 0;
  let informal = 0;
  // Tokens with the character before them, to tell a sentence start from the middle of one.
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const word = m[0];
    const before = text.slice(0, m.index).trimEnd();
    const sentenceStart = before.length === 0 || /[.!?:\n]$/.test(before);
    if (p.formal.test(word) && !(p.formalCaseSensitive && sentenceStart)) formal++;
    else if (p.informal.test(word)) informal++;
  }
  return { formal, informal };
}

function preferred(f: { formal: number; informal: number }): Formality['preferred'] {
  if (f.formal >= 2 * f.informal && f.formal > 0) return 'formal';
  if (f.informal >= 2 * f.formal && f.informal > 0) return 'informal';
  return null;
}

function top(counts: Map<string, number>, total: number): Share[] {
  return [...counts.entries()]
    .filter(([, n]) => n >= 2 || total < 5)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, topN)
    .map(([text, n]) => ({ text, share: Math.round((n / total) * 100) / 100 }));
}

function percentileOf(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function deriveStyle(replies: readonly { text: string; lang: string | null }[]): StyleProfile {
  const byLang = new Map<
    string,
    { n: number; greet: Map<string, number>; sign: Map<string, number>; formal: number; informal: number }
  >();
  const words: number[] = [];
  for (const r of replies) {
    const lang = r.lang ?? 'und';
    let s = byLang.get(lang);
    if (!s) {
      s = { n: 0, greet: new Map(), sign: new Map(), formal: 0, informal: 0 };
      byLang.set(lang, s);
    }
    s.n++;
    const g = greetingLine(r.text);
    if (g) s.greet.set(g, (s.greet.get(g) ?? 0) + 1);
    const so = signOffLine(r.text);
    if (so) s.sign.set(so, (s.sign.get(so) ?? 0) + 1);
    const a = countAddress(r.text, lang);
    s.formal += a.formal;
    s.informal += a.informal;
    words.push(wordCount(r.text.replace(/\[[A-Z][A-Z_]*(?:_\d+)?\]/g, ' ')));
  }
  words.sort((a, b) => a - b);
  const profile: StyleProfile = {
    version: 1,
    replies: replies.length,
    greetings: {},
    signOffs: {},
    formality: {},
    length: { medianWords: percentileOf(words, 0.5), p90Words: percentileOf(words, 0.9) },
    languages: [...byLang.entries()]
      .sort((a, b) => b[1].n - a[1].n)
      .map(([lang, s]) => ({ text: lang, share: Math.round((s.n / replies.length) * 100) / 100 })),
  };
  for (const [lang, s] of byLang) {
    profile.greetings[lang] = top(s.greet, s.n);
    profile.signOffs[lang] = top(s.sign, s.n);
    if (pronouns[lang])
      profile.formality[lang] = { formal: s.formal, informal: s.informal, preferred: preferred(s) };
  }
  return profile;
}

/** A few short lines for the prompt, for a reply in `lang`. Empty when there is nothing to say. */
export function styleNotes(profile: StyleProfile, lang: string): string[] {
  const notes: string[] = [];
  const greeting = profile.greetings[lang]?.[0];
  if (greeting) notes.push(`Open with a greeting like: "${greeting.text}"`);
  const signOff = profile.signOffs[lang]?.[0];
  if (signOff) notes.push(`Close with a sign-off like: "${signOff.text}"`);
  const f = profile.formality[lang];
  const forms = addressForms[lang];
  if (f?.preferred && forms) {
    notes.push(
      f.preferred === 'formal'
        ? `Address the customer formally (${forms[0]}).`
        : `Address the customer informally (${forms[1]}).`,
    );
  }
  if (profile.replies > 0 && profile.length.medianWords > 0) {
    notes.push(`Typical length: about ${roundWords(profile.length.medianWords)} words.`);
  }
  return notes;
}

function roundWords(n: number): number {
  return n < 20 ? n : Math.round(n / 10) * 10;
}

/**
 * The profile reads the latest few hundred replies: refreshed with each of the first five
 * conversations a process learns for a mailbox, then every 25th, so a backfill of thousands does
 * not redo it each time. `learned` counts this process's new conversations of the mailbox.
 */
export function styleRefreshDue(learned: number): boolean {
  return learned <= 5 || learned % 25 === 0;
}
