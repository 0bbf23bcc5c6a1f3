import type { DetectContext, Lang, Participant, Recognizer, Span, SpecialType } from '../anonymize.types.js';
import { languages, specialTypes } from '../anonymize.types.js';
import { type LexiconTable, loadLexicon } from '../lexicon/lexicon.loader.js';
import { textWords } from '../lexicon/lexicon.text.js';
import type { ScanWords, TermHit } from '../lexicon/matcher.js';
import { isCommonWord } from './name-lists.js';
import { growDuration } from './special-patterns/duration-growth.js';
import { growFaithGene } from './special-patterns/faith-gene-growth.js';
import { geneticSpans } from './special-patterns/genetic.js';
import { growHealth } from './special-patterns/health-growth.js';
import { resetClinicalWordCache } from './special-patterns/health-morphology.js';
import { healthPatternSpans } from './special-patterns/health-patterns.js';
import { growMembership } from './special-patterns/membership-growth.js';
import { samePartnerSpans } from './special-patterns/partner.js';
import type { PatternSpan } from './special-patterns/pattern.types.js';
import { growPractice } from './special-patterns/practice-growth.js';
import { growQuantity } from './special-patterns/quantity-growth.js';
import { votedForSpans } from './special-patterns/voted-for.js';

/**
 * GDPR Article 9 special categories, phrase level ("my type 2 diabetes", "I am pregnant",
 * "member of the IG Metall union", "Metformin 500 mg"), in every supported language.
 *
 * Terms come from the committed lexicons in models/lexicons (curated tables plus lists compiled
 * from open vocabularies), loaded into one token trie per language when a message in that language
 * (or English, for any message) is first checked, so a deployment pays only for its languages. The
 * message's language and English are always checked (customers switch to English; English medical
 * words and international drug names appear in every language). Dose, diagnosis-code, pregnancy
 * and disability patterns live in special-patterns/.
 */

const tables = new Map<Lang, LexiconTable>();

/** One language's lexicon, loaded on first use (tens of ms once, then shared by every call). */
export function specialLexicon(lang: Lang): LexiconTable {
  let table = tables.get(lang);
  if (!table) {
    table = loadLexicon(lang);
    tables.set(lang, table);
  }
  return table;
}

/** Empties the per-word caches of the patterns (the benchmark starts each pass without them). */
export function resetSpecialCaches(): void {
  resetClinicalWordCache();
}

/** The languages whose lexicons are loaded so far. */
export function loadedLexiconLanguages(): Lang[] {
  return [...tables.keys()];
}

/** Every language's lexicon (the benchmark and the evaluation load them all up front). */
export function specialLexicons(): Map<Lang, LexiconTable> {
  for (const lang of languages) specialLexicon(lang);
  return tables;
}

interface Hit {
  start: number;
  end: number;
  type: SpecialType;
  needsLead: boolean;
  table: LexiconTable;
  score?: number;
}

function hitsIn(table: LexiconTable, words: ScanWords, text: string, lang: Lang, out: Hit[]): void {
  const found: TermHit[] = [];
  table.matcher.scan(words, found);
  // The table's special matcher holds no ORG terms (those have a matcher of their own).
  for (const h of found)
    if (h.info.type !== 'ORG' && !ordinaryWordOpening(h, text, lang))
      out.push({ start: h.start, end: h.end, type: h.info.type, needsLead: h.info.needsLead, table });
}

const sentenceOpens = /(?:^|[.!?:]|\n)[\s"'„“«(\-–•*]*$/u;
const titleCase = /^\p{Lu}\p{Ll}+$/u;

/**
 * A name that is also an ordinary word of the language, capitalised only because it opens a
 * sentence: "Podemos ofrecerle …" (we can), "Venstre side af huset" (left), "Høyre side" (right)
 * are no party. A case-sensitive one-word term counts there only when its lower-cased word is not
 * common in the language's ordinary text (models/lexicons/compiled/<lang>.common.*).
 */
function ordinaryWordOpening(h: TermHit, text: string, lang: Lang): boolean {
  const surface = h.info.surface;
  if (surface?.length !== 1) return false;
  const word = text.slice(h.start, h.end);
  if (!titleCase.test(word) || !sentenceOpens.test(text.slice(Math.max(0, h.start - 8), h.start)))
    return false;
  return isCommonWord(word.toLowerCase(), lang);
}

/**
 * A self-reference lead ("my", "I have", "ich bin") confirms a hit but stays outside its span: it
 * is not the sensitive fact. A membership lead is part of it ("member of Unite", "lid van de FNV").
 */
const membership =
  /member|mitglied|membre|adhérent|syndiqu|lid van|afiliad|miembro|medlem|iscritt|membro|jäsen|członk/iu;

/** Languages whose case endings attach to international (English-table) names as well. */
const caseInflected = new Set<Lang>(['fi', 'pl']);

/** Diagnosis codes without a label count only with a HEALTH term within this many characters. */
const cueReach = 80;

/**
 * Phrase growth: a reviewer wants the whole phrase gone ("scoliose sévère", "BRCA-Mutation",
 * "halbseitig gelähmt", "burn-out en paniekaanvallen"), not one word of it. So spans grow over
 * attached hyphen compounds, a preceding severity word, a following qualifier, and join neighbours
 * of the same category separated by at most one word. Articles stay outside: they say nothing
 * about the person, and the reviewer's text reads better with "a [HEALTH]".
 */
const leftWords = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    'early-stage|suspected|severe|chronic|acute|serious|home|schwere[mnrs]?|chronische[mnrs]?|vorsorgliche[mnrs]?|' +
    'prophylaktische[mnrs]?|halbseitig|teilweise|delvis|gedeeltelijk|couple|pareja|origen|estudio|tratamiento de|' +
    'trastorno del espectro|engagement|délégué|insuffisance|incapacidad|utbrändhet och|' +
    // A count belongs to the fact ("zwei Fingerabdrücke"); not English "to", a preposition.
    'two|zwei|deux|due|dos|twee|två|kaksi|dwa|dwóch|oba|obu)[ \\t]+$',
  'iu',
);
const rightWords =
  /^[ \t]+(?:disease|sjukdom(?:en)?|sygdom(?:men)?|sykdom(?:men)?|tauti|taudin|ziekte|krankheit|erkrankung|enfermedad|malattia|choroba|syndrom|syndroom|diagnosis|member(?:ship)?|couple|machine|mutation|condition|disorder|syndrome|ty(?:pe|p) [12]|permanente?(?: total)?|totale?|sévère|severe|grave|chronique|chronic|crónic[oa]|stel|par|paar|tillhörighet|zugehörigkeit|sous insuline|de hecho|del tumor|bakgrund|baggrund|bakgrunn|achtergrond|afkomst|herkunft|taustainen|origine)(?![\p{L}\p{N}])/iu;
/**
 * One word, or a preposition and an article ("à la", "of the", "bei der"), between two hits; not
 * a conjunction: "back pain and anxiety" are two facts, and "and" is not sensitive. A full stop
 * alone is no word: two hits on either side of a sentence end stay two.
 */
const joinGap =
  /^[ \t]*(?:\p{L}{1,4}['’]|(?!(?:and|or|und|oder|et|ou|y|o|e|og|eller|och|ja|tai|i|oraz|en|of)[ \t])[\p{L}.-]*\p{L}[\p{L}.-]*[ \t]+|(?:of|in|on|at|to|à|de|du|an|bei|von|zu|van|op|aan|i|på|av|af|di|da|del|en|con|w|z|na)[ \t]+(?:the|my|la|le|les|l['’]|der|die|das|dem|den|het|det|el|los|las|il|lo)[ \t]*)?$/iu;

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

/** Biometric data taken together is one fact: "photo of the face and the fingerprints of two fingers". */
const biometricGap =
  /^[ \t]*,?[ \t]*(?:and|og|och|und|et|e|y|en|ja|i|oraz|sekä)[ \t]+(?:\p{L}+[ \t]+){0,2}$/iu;

function joinNeighbours(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  // Growth may reach back over a neighbour ("gemeenteraadslid" grown into "gemeenteraadslid voor
  // de SP"), so spans are ordered again and same-type overlaps become one.
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    const gap = s.start >= (last?.end ?? 0) ? text.slice(last?.end ?? 0, s.start) : '';
    if (
      last &&
      last.type === s.type &&
      (s.start < last.end || joinGap.test(gap) || (s.type === 'BIOMETRIC' && biometricGap.test(gap)))
    ) {
      last.end = Math.max(last.end, s.end);
      last.score = Math.max(last.score, s.score);
      continue;
    }
    out.push(s);
  }
  return out;
}

/** The lexicons' hits: the language's own table and the English one. */
function lexiconHits(text: string, lang: Lang): Hit[] {
  const hits: Hit[] = [];
  const own = specialLexicon(lang);
  const words = textWords(text);
  hitsIn(own, own.matcher.words(words, lang), text, lang, hits);
  if (lang !== 'en') {
    const en = specialLexicon('en');
    // English rules for the English table: Dutch "-n" on "genomen" must not reach "genome". Finnish
    // and Polish put case endings on drug names too ("Marevania", "Euthyroxu"), so theirs as well.
    hitsIn(en, en.matcher.words(words, caseInflected.has(lang) ? ['en', lang] : 'en'), text, lang, hits);
  }
  return hits;
}

/**
 * Whether a lexicon term (with its lead where it needs one) covers `at` in a short text: the
 * word after "Jestem" in "Jestem Ukrainką" is an origin, not a name. The lexicons alone, without
 * the patterns and growth of specialCategorySpans: a name check runs it on every such phrase.
 */
export function specialTermAt(text: string, lang: Lang, at: number): boolean {
  return lexiconHits(text, lang).some(
    (h) => h.start <= at && h.end > at && (!h.needsLead || leadOf(h, text) !== null),
  );
}

/** The self-reference or membership lead right before a hit ("my", "ich bin", "member of"), if any. */
function leadOf(h: Hit, text: string): RegExpExecArray | null {
  return h.table.lead.exec(text.slice(Math.max(0, h.start - 40), h.start));
}

export function specialCategorySpans(
  text: string,
  lang: Lang,
  participants: readonly Participant[] = [],
): Span[] {
  const hits = lexiconHits(text, lang);
  const own = specialLexicon(lang);
  const patterns = healthPatternSpans(text, lang);
  // A labelled code or a dose is a cue too: "Diagnose: F32.1, außerdem E11.9".
  const health: Array<{ start: number; end: number }> = [
    ...hits.filter((h) => h.type === 'HEALTH'),
    ...patterns.filter((p) => !p.needsCue),
  ];
  for (const p of patterns) {
    if (p.needsCue && !health.some((h) => h.start < p.end + cueReach && h.end > p.start - cueReach)) continue;
    hits.push({ start: p.start, end: p.end, type: 'HEALTH', needsLead: false, table: own, score: p.score });
  }
  const votes: PatternSpan[] = [];
  votedForSpans(text, lang, votes);
  for (const p of votes) hits.push({ ...p, type: 'POLITICAL_OPINION', needsLead: false, table: own });
  const genes: PatternSpan[] = [];
  geneticSpans(text, genes);
  for (const p of genes) hits.push({ ...p, type: 'GENETIC', needsLead: false, table: own });
  const orientationNamed = hits.some((h) => h.type === 'SEXUAL_ORIENTATION' && !h.needsLead);
  for (const p of samePartnerSpans(text, lang, participants, orientationNamed))
    hits.push({ ...p, type: 'SEXUAL_ORIENTATION', needsLead: false, table: own, score: 0.8 });
  // Longest first, so a phrase ("type 2 diabetes") wins over a word inside it ("diabetes").
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && last.type === h.type && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      continue;
    }
    const lead = leadOf(h, text);
    if (h.needsLead && !lead) continue;
    const start = lead && membership.test(lead[0]) ? h.start - lead[0].length : h.start;
    if (last && last.type === h.type && start < last.end) {
      last.end = Math.max(last.end, h.end);
      continue;
    }
    const score = Math.max(h.score ?? 0, lead ? 0.85 : 0.7);
    out.push({ start, end: h.end, type: h.type, source: 'special-categories', score });
  }
  for (const s of out) growSpecialSpan(text, s, lang);
  return joinNeighbours(text, out);
}

/**
 * Grows one special-category span in place over the words that make it the whole fact. Also run
 * on the special tagger's own spans: a phrase the tagger found is cut as short as a lexicon hit.
 */
export function growSpecialSpan(text: string, s: Span, lang: Lang): void {
  // The special tagger often finds the very phrase a lexicon or pattern found: grown once.
  if (grownText !== text || grownLang !== lang) {
    grownText = text;
    grownLang = lang;
    grown.clear();
  }
  const key = `${s.start}:${s.end}:${s.type}`;
  const known = grown.get(key);
  if (known) {
    s.start = known[0];
    s.end = known[1];
    return;
  }
  growOnce(text, s, lang);
  grown.set(key, [s.start, s.end]);
}

/** The growths already computed for the last text (by start, end and type). */
const grown = new Map<string, [number, number]>();
let grownText = '';
let grownLang: Lang | undefined;

function growOnce(text: string, s: Span, lang: Lang): void {
  grow(text, s);
  if (s.type === 'HEALTH') {
    growHealth(text, s, lang);
    growDuration(text, s, lang);
    growQuantity(text, s, lang);
  } else {
    growMembership(text, s, s.type, lang);
    growPractice(text, s, s.type, lang);
    growFaithGene(text, s, s.type, lang);
  }
}

export const specialCategories: Recognizer = {
  name: 'special-categories',
  types: specialTypes,
  detect(ctx: DetectContext): Span[] {
    return specialCategorySpans(ctx.text, ctx.lang, ctx.participants);
  },
  // English is checked for every message; the others load with their first message.
  load() {
    specialLexicon('en');
  },
};
