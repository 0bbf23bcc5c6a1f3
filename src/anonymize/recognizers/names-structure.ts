import type { DetectContext, Lang, Participant, Recognizer, Span } from '../anonymize.types.js';
import { isAmbiguousName, isCommonWord, isGivenName, isSurname } from './name-lists.js';
import { nameTokenSource, nameTokens, nameVariants, normalizeName } from './name-variants.js';
import {
  greetings,
  innerTitles,
  introductions,
  notNames,
  particles,
  relations,
  signOffs,
  titles,
} from './names.data.js';
import {
  alternation,
  caseInsensitiveLiterals,
  isWordStartIgnoringCase,
  lineStart,
  lineStartMatches,
  wordEnd,
  wordStart,
  wordStartMatches,
  wordStarts,
} from './regex-tools.js';
import { specialTermAt } from './special-categories.js';

/**
 * PERSON from email structure. First collect seed names from where mail puts them (display
 * names and name-like addresses in the headers, greetings, sign-offs, titles) in this message
 * and the rest of the thread; then find every variant of every seed in this message.
 */

const unit = `(?:${nameTokenSource}|\\p{Lu}\\.)`;
const particle = alternation(particles, false);
const run = `(?:${particle}[ \\t]+){0,2}${unit}(?:[ \\t]+(?:${particle}[ \\t]+)*${unit}){0,3}`;
const titleSrc = alternation(titles);
const innerSrc = alternation(innerTitles);
const titled = `(?:${titleSrc}(?:[ \\t]+|(?<=\\.)))?(?:${innerSrc}[ \\t]+)*`;

const greetingRe = new RegExp(
  `${lineStart}[ \\t>]*${alternation(greetings)}[ \\t]*,?[ \\t]+${titled}(${run})`,
  'gu',
);
const signOffRe = new RegExp(
  `${lineStart}[ \\t>]*${alternation(signOffs)}[ \\t]*[,.!]?[ \\t]*(?:(${run})[ \\t]*[.!]?[ \\t]*)?(?=\\r?\\n|$)`,
  'gu',
);
const nameLineRe = new RegExp(
  `(?:[ \\t]*\\r?\\n){1,3}[ \\t>*_-]*${titled}(${run})[ \\t*_]*(?=[,|/(–-]|\\r?\\n|$)`,
  'uy',
);
const relationRe = new RegExp(
  `${wordStart}${alternation([...relations, ...introductions])}[ \\t,]+(${run})`,
  'gu',
);
const titleRe = new RegExp(
  `${wordStart}${titleSrc}(?:[ \\t]+|(?<=\\.))(?:${innerSrc}[ \\t]+)*(${run})`,
  'gu',
);

const notNameSet = new Set(notNames);
const particleSet = new Set(particles);
/** Single words of greetings, sign-offs and titles: never a name, stripped when they lead a run. */
const cueWords = new Set(
  [...greetings, ...signOffs, ...titles]
    .filter((c) => !c.includes('('))
    .map((c) => c.replace(/\\\.\?|\\\./gu, '').replace(/\\/gu, ''))
    .filter((c) => !c.includes(' ') && c !== 'don' && c !== 'dag'),
);
const cuePhrases = new Set([...greetings, ...signOffs]);
const roleLocalParts =
  /^(?:info|support|service|help|hello|contact|kontakt|noreply|no-reply|admin|office|mail|team|sales|billing|post|kundenservice|klantenservice|service-client)$/iu;

/** An ordinary word of the language that no name list knows: "Advokat", "Radny", "Oficina". */
function plainWord(token: string, lang: Lang): boolean {
  const low = token.toLowerCase();
  return isCommonWord(low, lang) && !isGivenName(low) && !isSurname(low);
}

/**
 * Cleans a candidate name: strips possessives and leading cue words, drops it when a token is a
 * generic word or allowed. A leading ordinary word is a role or an office ("Advokat Karen Ottesen",
 * "Panie Radny", "Kære Oficina de Extranjería"): it is stripped, and the rest stays a name only
 * if the name lists know its first word.
 */
export function cleanCandidate(raw: string, allow: Set<string>, lang: Lang): string | undefined {
  const tokens = nameTokens(raw.replace(/['’]s?$/u, ''));
  while (tokens.length > 0 && cueWords.has(tokens[0]!.toLowerCase().replace(/\.$/u, ''))) tokens.shift();
  if (tokens.length > 0 && plainWord(tokens[0]!, lang)) {
    while (tokens.length > 0 && plainWord(tokens[0]!, lang)) tokens.shift();
    // "Oficina de Extranjería": what follows the office word is its name, not a person's.
    const first = tokens[0];
    const low = first?.toLowerCase() ?? '';
    if (!first || particleSet.has(first) || !(isGivenName(low) || isSurname(low))) return undefined;
  }
  if (tokens.length === 0) return undefined;
  if (allow.has(raw.toLowerCase()) || cuePhrases.has(tokens.join(' ').toLowerCase())) return undefined;
  for (const t of tokens) {
    const low = t.toLowerCase();
    if (particleSet.has(t)) continue;
    if (notNameSet.has(low) || allow.has(low)) return undefined;
  }
  // A lone capital with a dot is an initial, not a name; a lone short word in capitals is an
  // acronym ("olen JHL:n jäsen", "I am with AOK").
  if (tokens.every((t) => /^\p{L}\.?$/u.test(t))) return undefined;
  if (tokens.length === 1 && /^\p{Lu}{2,4}$/u.test(tokens[0]!)) return undefined;
  return tokens.join(' ');
}

function titleCase(token: string): string {
  return token.charAt(0).toUpperCase() + token.slice(1).toLowerCase();
}

/** Seeds from From/To/Cc/Reply-To: "Smith, John", "\"Anna Müller\"", john.smith@, a.mueller@. */
export function participantSeeds(participants: Participant[], allow: Set<string>, lang: Lang): string[] {
  const seeds: string[] = [];
  for (const p of participants) {
    if (p.name) {
      let name = p.name.replace(/["'“”]/gu, '').replace(/\(.*?\)|\[.*?\]/gu, ' ');
      const comma = /^\s*([^,]+),\s*([^,]+)\s*$/u.exec(name);
      if (comma) name = `${comma[2]} ${comma[1]}`;
      name = name.replace(new RegExp(`^\\s*${titleSrc}\\s+`, 'u'), '');
      const tokens = nameTokens(name).filter((t) => /^[\p{L}\p{M}'’.-]+$/u.test(t));
      if (tokens.length > 0 && tokens.length <= 5) {
        const cased = tokens.map((t) => (t === t.toUpperCase() && t.length > 2 ? titleCase(t) : t)).join(' ');
        const clean = cleanCandidate(cased, allow, lang);
        if (clean) seeds.push(clean);
      }
    }
    if (p.address) {
      const local = p.address.split('@')[0] ?? '';
      if (roleLocalParts.test(local)) continue;
      const parts = local.split(/[._]/u).filter((x) => x.length > 0);
      if (parts.length < 1 || parts.length > 3 || !parts.every((x) => /^\p{L}+(?:-\p{L}+)?$/u.test(x)))
        continue;
      const known = parts.filter((x) => x.length >= 2 && (isGivenName(x) || isSurname(x)));
      const looksLikeName =
        (parts.length === 1 && isGivenName(parts[0]!) && !isAmbiguousName(parts[0]!)) ||
        (parts.length >= 2 && known.length >= 1 && parts.some((x) => x.length >= 3));
      if (looksLikeName) {
        const clean = cleanCandidate(
          parts.map((x) => (x.length === 1 ? `${x.toUpperCase()}.` : titleCase(x))).join(' '),
          allow,
          lang,
        );
        if (clean) seeds.push(clean);
      }
    }
  }
  return seeds;
}

/** Seeds written in the body: greetings, sign-offs (same line or the next short line), titles. */
export function textSeeds(text: string, allow: Set<string>, lang: Lang): string[] {
  const seeds: string[] = [];
  const push = (raw: string | undefined) => {
    if (!raw) return;
    const clean = cleanCandidate(raw, allow, lang);
    if (clean) seeds.push(clean);
  };
  for (const m of lineStartMatches(greetingRe, text)) push(m[1]);
  for (const m of wordStartMatches(titleRe, text)) push(m[1]);
  for (const m of wordStartMatches(relationRe, text)) {
    // "Jestem Ukrainką", "Ik ben Marokkaan", "Jestem Katoliczką": what follows "I am" is an origin
    // or a faith the special-category lexicons know, not a name.
    const at = m[0].length - m[1]!.length;
    if (specialTermAt(m[0], lang, at)) continue;
    push(m[1]);
  }
  for (const m of lineStartMatches(signOffRe, text)) {
    if (m[1]) {
      push(m[1]);
      continue;
    }
    nameLineRe.lastIndex = m.index + m[0].length;
    const line = nameLineRe.exec(text);
    if (line) push(line[1]);
  }
  return seeds;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Sentence start: beginning of text or line, or after ".!?" and spaces. */
const afterAbbreviation =
  /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|prof|st|hr|fr|sr|sra|dhr|mevr|sig|m|mme|mlle)\.[ \t]*$/iu;

function atSentenceStart(text: string, index: number): boolean {
  if (afterAbbreviation.test(text.slice(Math.max(0, index - 8), index))) return false;
  const before = text.slice(Math.max(0, index - 4), index);
  return index === 0 || /(?:^|[.!?:\n]["'”)]?)[ \t]*$/u.test(before) || /\n[ \t>]*$/u.test(before);
}

/**
 * Case rules for a variant found case-insensitively: capitalised or ALL CAPS always; lower-case
 * only for names the name lists know and that are not ordinary words (a seed taken from a
 * signature's department line, "Kortti- ja maksupalvelut", is no name to find as "kortti"); an
 * ambiguous name ("Mark", "Will") at a sentence start followed by a lower-case word ("Mark the
 * form") is a verb, not the person.
 */
function acceptCasing(text: string, start: number, end: number): boolean {
  const found = text.slice(start, end);
  const tokens = found.split(/[\s]+/u);
  const ambiguous = tokens.length === 1 && isAmbiguousName(found.replace(/['’]s?$/u, ''));
  if (found === found.toLowerCase())
    return (
      !ambiguous &&
      found.length >= 3 &&
      tokens.every((t) => {
        const name = t.replace(/['’]s?$/u, '');
        return isGivenName(name) || isSurname(name);
      })
    );
  if (!tokens.every((t) => isUpper(t.charAt(0)) || /^(?:\p{Ll}{1,3}|d['’])$/u.test(t))) return false;
  if (!ambiguous) return true;
  if (!atSentenceStart(text, start)) return true;
  const after = text.slice(end, end + 3);
  return !/^[ \t]+\p{Ll}/u.test(after);
}

const nextTokenRe = new RegExp(`^[ \\t]+(${nameTokenSource})`, 'u');
const prevTokenRe = new RegExp(`(${nameTokenSource})[ \\t]+$`, 'u');

/** Widens a mention over adjacent tokens that are known names ("Anna" + " Schmidt"). */
function extend(text: string, start: number, end: number, seedTokens: Set<string>): [number, number] {
  let s = start;
  let e = end;
  for (let i = 0; i < 2; i++) {
    const next = nextTokenRe.exec(text.slice(e, e + 40));
    if (!next) break;
    const tok = next[1]!;
    if (!(isSurname(tok) || seedTokens.has(normalizeName(tok))) || isAmbiguousName(tok)) break;
    e += next[0].length;
  }
  for (let i = 0; i < 2; i++) {
    const prev = prevTokenRe.exec(text.slice(Math.max(0, s - 40), s));
    if (!prev) break;
    const tok = prev[1]!;
    if (!(isGivenName(tok) || seedTokens.has(normalizeName(tok))) || isAmbiguousName(tok)) break;
    if (atSentenceStart(text, s - prev[0].length) && !seedTokens.has(normalizeName(tok))) break;
    s -= prev[0].length;
  }
  return [s, e];
}

/** What may follow a variant: a possessive or plural ending, then the end of the word. */
const mentionTail = new RegExp(`(?:['’]s|['’]|s)?${wordEnd}`, 'iuy');

/** Every mention of any variant of the seeds in `text`. */
export function findMentions(text: string, seeds: string[]): Array<[number, number]> {
  const variants = new Set<string>();
  const seedTokens = new Set<string>();
  for (const seed of seeds) {
    for (const v of nameVariants(seed)) variants.add(v);
    for (const t of nameTokens(seed)) if (t.length > 2) seedTokens.add(normalizeName(t));
  }
  if (variants.size === 0) return [];
  const literals = caseInsensitiveLiterals(
    [...variants].sort((a, b) => b.length - a.length),
    mentionTail,
  );
  const out: Array<[number, number]> = [];
  // Every variant is tried where a word starts, longest first, as one alternation regex would.
  let after = 0;
  for (const start of wordStarts(text)) {
    if (start < after) continue;
    const end = literals.endAt(text, start);
    if (end < 0 || !isWordStartIgnoringCase(text, start)) continue;
    after = end;
    if (!acceptCasing(text, start, end)) continue;
    out.push(extend(text, start, end, seedTokens));
  }
  return out;
}

export const namesStructure: Recognizer = {
  name: 'names-structure',
  types: ['PERSON'],
  detect(ctx: DetectContext): Span[] {
    const allow = new Set(ctx.lists.allow.map((a) => a.toLowerCase()));
    const seeds = [
      ...participantSeeds(ctx.participants, allow, ctx.lang),
      ...textSeeds(ctx.text, allow, ctx.lang),
      ...ctx.thread.flatMap((t) => textSeeds(t, allow, ctx.lang)),
    ];
    return findMentions(ctx.text, seeds).map(([start, end]) => ({
      start,
      end,
      type: 'PERSON' as const,
      source: 'names-structure',
      score: 0.9,
    }));
  },
};
