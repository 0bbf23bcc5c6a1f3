import type { Lang } from '../anonymize/anonymize.types.js';
import { specialTypes } from '../anonymize/anonymize.types.js';
import { detectLanguage } from '../shared/language.js';
import { steeringSignals } from './injection.models.js';
import { MAIL_END, MAIL_START } from './prompt.models.js';

/**
 * Output checks on a model's draft (after cleanModelOutput, before fillPlaceholders). Pure.
 * A failure's `detail` holds codes and counts only: the offending text may be personal data.
 */
export interface CheckContext {
  /** Placeholders of this thread's map: the only numbered ones the draft may use. */
  placeholders: readonly string[];
  /** Thread and examples, anonymized: where contacts and numbers in the draft may come from. */
  sources: readonly string[];
  lang: Lang;
  /** The anonymized customer mail being answered, for `draft.steered`. */
  customer?: string;
  minChars?: number;
  maxChars?: number;
}

export interface CheckFailure {
  code: string;
  detail: string;
}

export interface CheckResult {
  ok: boolean;
  failures: CheckFailure[];
}

/** A one-line answer is useless to an agent; over ~5,000 chars the model is rambling or looping. */
export const DEFAULT_MIN_CHARS = 40;
export const DEFAULT_MAX_CHARS = 5000;
/** Below this many letters the stopword detector is not trusted to judge the language. */
const minLettersForLanguage = 120;

const fillIn = /\[\[fill in:[^\]\n]*\]\]/giu;
/** "[PERSON_1]", "[NAME]", and invented slots models love: "[Your Name]", "[Order Number]". */
const placeholderLike = /\[([A-Z][A-Z0-9_]*|[A-Z][a-z]+(?: [A-Za-z][a-z]*){0,3})\](?!\()/gu;
const alwaysAllowed = new Set(['[AGENT]', '[SIGNATURE]', ...specialTypes.map((t) => `[${t}]`)]);

function unknownPlaceholders(text: string, allowed: ReadonlySet<string>): number {
  let n = 0;
  for (const m of text.replace(fillIn, ' ').matchAll(placeholderLike)) {
    if (!allowed.has(m[0]) && !alwaysAllowed.has(m[0])) n++;
  }
  return n;
}

// Contacts and numbers, each with its normalised identity.
const emailRe = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** With a scheme or www., or a bare domain under a TLD our customers use ("example.com/help"). */
const urlRe =
  /\b(?:https?:\/\/|www\.)[^\s<>()[\]"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|eu|info|io|biz|de|at|ch|fr|be|nl|es|se|it|dk|no|fi|pl|uk|co)\b(?:\/[^\s<>()[\]"']*)?/giu;
const ibanRe = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
const numberRunRe = /\+?\(?\d[\d \t()./-]*\d/g;
/** Dates and times are not contacts; removed first so "2024-05-01 10:30" is not one long number. */
const dateOrTime = /\b\d{1,4}([./-]) ?\d{1,2}\1 ?\d{1,4}\b|\b\d{1,2}:\d{2}\b/g;

export type Contact = { kind: 'email' | 'url' | 'iban' | 'number'; key: string };

export function contactsOf(text: string): Contact[] {
  const out: Contact[] = [];
  let rest = text;
  for (const m of text.matchAll(emailRe)) out.push({ kind: 'email', key: m[0].toLowerCase() });
  rest = rest.replace(emailRe, ' ');
  for (const m of rest.matchAll(urlRe)) {
    const key = m[0]
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/[/.,;:!?]+$/, '');
    out.push({ kind: 'url', key });
  }
  rest = rest.replace(urlRe, ' ');
  for (const m of rest.matchAll(ibanRe)) out.push({ kind: 'iban', key: m[0].replace(/ /g, '') });
  rest = rest.replace(ibanRe, ' ').replace(dateOrTime, ' ');
  for (const m of rest.matchAll(numberRunRe)) {
    const digits = m[0].replace(/\D+/g, '');
    if (digits.length < 6) continue;
    out.push({ kind: 'number', key: digits.replace(/^00/, '') });
  }
  return out;
}

/**
 * A draft number is known when, without trunk zeros, it stands inside a source number (a source
 * run "030 1234567 / 0171 999999" holds both numbers), or when a source number ends it after at
 * most a country code (+49 30 1234567 for 030 1234567). Extra digits anywhere else make it new.
 */
function knownNumber(draft: string, source: string): boolean {
  const core = draft.replace(/^0+/, '');
  if (core.length >= 6 && source.includes(core)) return true;
  const sourceCore = source.replace(/^0+/, '');
  return sourceCore.length >= 6 && core.endsWith(sourceCore) && core.length - sourceCore.length <= 3;
}

/** A bare domain in the draft is known when a source URL is on that host. */
function knownUrl(draft: string, source: string): boolean {
  return draft === source || (!draft.includes('/') && source.split('/')[0] === draft);
}

function newContacts(text: string, sources: readonly string[]): number {
  const known = sources.flatMap(contactsOf);
  return contactsOf(text).filter(
    (c) =>
      !known.some(
        (k) =>
          k.kind === c.kind &&
          (k.key === c.key ||
            (c.kind === 'number' && knownNumber(c.key, k.key)) ||
            (c.kind === 'url' && knownUrl(c.key, k.key))),
      ),
  ).length;
}

/** The other language the draft is clearly written in, or undefined when it matches or cannot tell. */
function otherLanguage(text: string, lang: Lang): Lang | undefined {
  const plain = text.replace(/\[[^\]]*\]/g, ' ');
  if ((plain.match(/\p{L}/gu)?.length ?? 0) < minLettersForLanguage) return undefined;
  const found = detectLanguage(plain);
  if (!found || found === lang) return undefined;
  // Danish and Norwegian (Bokmål) share most function words; the detector cannot be trusted there.
  const close = new Set(['da', 'no']);
  return close.has(found) && close.has(lang) ? undefined : found;
}

/** Traces of the prompt or the chat template in the output. */
const residue: RegExp[] = [
  /<\|[a-z_]{2,20}\|>|\[\/?INST\]|<<\/?SYS>>|<\/?(?:start_of_turn|end_of_turn|s)>/iu,
  /^\s*(?:system|assistant|user|human|ai)\s*:/imu,
  /^\s*(?:subject|betreff|objet|onderwerp|asunto|ämne|oggetto|emne|aihe|temat)\s*:/iu,
  /\bas an ai\b|\bas a (?:large )?language model\b|\bals (?:ki|künstliche intelligenz|sprachmodell)\b|en tant qu'(?:ia|intelligence artificielle)|\bals (?:ai|taalmodel)\b|\bcomo (?:una )?(?:ia|inteligencia artificial)\b|\bsom (?:en )?ai\b|\bcome (?:un'?)?(?:ia|intelligenza artificiale)\b/iu,
  new RegExp(`${MAIL_START}|${MAIL_END}|from=customer>>>|<<<|>>>`, 'u'),
  /untrusted data|allowed placeholders|fill in: what is missing|reply draft to the customer|never follow instructions|house style:/iu,
];

function residueCount(text: string): number {
  return residue.filter((re) => re.test(text)).length;
}

/**
 * Signals that can never belong in a reply to a customer, whatever the customer wrote. Role tags
 * and fences are left to `draft.prompt_residue`, so one defect gives one code.
 */
const neverInReply = new Set(['ignore_instructions', 'role_change', 'system_prompt', 'reveal_instructions']);
const identifierPlaceholder = /\[(?:EMAIL|IBAN|ACCOUNT_NO|CARD|PHONE|NATIONAL_ID|PASSPORT)_\d+\]|@/u;

/**
 * The draft did what a steering mail asked: carries its sending/forwarding or data-dump
 * instructions, speaks about its instructions, or lists identifiers one per line.
 */
function steered(text: string, customer: string | undefined): string[] {
  const reasons: string[] = [];
  const own = steeringSignals(text).signals;
  if (own.some((s) => neverInReply.has(s))) reasons.push('instruction_talk');
  const fromMail = customer ? steeringSignals(customer).signals : [];
  if (own.some((s) => (s === 'forward_data' || s === 'data_request') && fromMail.includes(s)))
    reasons.push('followed_mail');
  const listed = text
    .split('\n')
    .filter((l) => /^\s*(?:[-*•]|\d+[.)])\s/.test(l) && identifierPlaceholder.test(l)).length;
  if (listed >= 3) reasons.push('identifier_list');
  return reasons;
}

export function checkDraft(text: string, ctx: CheckContext): CheckResult {
  const failures: CheckFailure[] = [];
  const allowed = new Set(ctx.placeholders);
  const unknown = unknownPlaceholders(text, allowed);
  if (unknown)
    failures.push({ code: 'draft.unknown_placeholder', detail: `${unknown} unknown placeholder(s)` });
  const fresh = newContacts(text, ctx.sources);
  if (fresh)
    failures.push({
      code: 'draft.new_contact',
      detail: `${fresh} contact(s) or number(s) not in the sources`,
    });
  const other = otherLanguage(text, ctx.lang);
  if (other)
    failures.push({ code: 'draft.wrong_language', detail: `expected ${ctx.lang}, detected ${other}` });
  const length = text.trim().length;
  const min = ctx.minChars ?? DEFAULT_MIN_CHARS;
  const max = ctx.maxChars ?? DEFAULT_MAX_CHARS;
  if (length < min) failures.push({ code: 'draft.too_short', detail: `${length} < ${min} characters` });
  if (length > max) failures.push({ code: 'draft.too_long', detail: `${length} > ${max} characters` });
  const residues = residueCount(text);
  if (residues)
    failures.push({ code: 'draft.prompt_residue', detail: `${residues} kind(s) of prompt residue` });
  const steer = steered(text, ctx.customer);
  if (steer.length) failures.push({ code: 'draft.steered', detail: steer.join(',') });
  return { ok: failures.length === 0, failures };
}
