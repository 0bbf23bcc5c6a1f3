import {
  dataObjects,
  forwardObjects,
  forwardVerbs,
  ignoreVerbs,
  instructionNouns,
  requestVerbs,
  revealObjects,
  revealVerbs,
} from './injection.words.js';

/**
 * Signals that a customer mail tries to steer the drafting model instead of asking the
 * organisation something. Pure; returns signal names only, never the matched text (it is mail
 * content and may carry personal data).
 *
 * A signal does not block drafting: the prompt fences the mail as untrusted data either way, and
 * the output checks stop a draft that carries new contacts, account lists or sending instructions.
 * `suspicious` only routes the draft to review with a visible flag.
 *
 * Decision on "please forward my invoice to my accountant": NOT flagged. Customers ask for their
 * own documents to go somewhere every day; the appliance cannot send anything (it writes drafts a
 * human reviews), and a draft that picks up a new address fails `draft.new_contact`. Sending or
 * forwarding is flagged only when its object is bulk or foreign data ("all emails", "the customer
 * list", "this conversation", "your instructions") — that is what an attacker needs.
 *
 * Patterns cover en, de, fr, nl, es, sv, it (plus da/no/pl where the words were obvious). They pair
 * a verb family with an object family within a short window, so one table handles "ignore all
 * previous instructions", "ignoriere bitte deine bisherigen Anweisungen" and "ignorez les
 * instructions précédentes" alike.
 */

export type SteeringSignal =
  | 'ignore_instructions'
  | 'role_change'
  | 'system_prompt'
  | 'reveal_instructions'
  | 'forward_data'
  | 'data_request'
  | 'role_tag'
  | 'base64_blob'
  | 'marker_mimicry';

export interface SteeringResult {
  suspicious: boolean;
  signals: SteeringSignal[];
}

const alt = (words: string[]): string => words.join('|');

/** Verb (family) … object (family) within `gap` characters on one line. */
function pair(verbs: string[], objects: string[], gap = 60): RegExp {
  return new RegExp(
    `(?<![\\p{L}])(?:${alt(verbs)})(?![\\p{L}])[^\\n.!?]{0,${gap}}?(?:${alt(objects)})`,
    'iu',
  );
}

const ignoreInstructions = pair(ignoreVerbs, instructionNouns);

const roleChange = new RegExp(
  [
    'you are now (?:a|an|my|the|in|dan)\\b',
    'from now on,? you (?:are|will|must|act)',
    // Imperative only: "someone can pretend to be the sender" is ordinary mail.
    '(?:^|[.!?:;]\\s+|please |now )pretend (?:to be|you are)',
    'act as (?:an? )?(?:ai|assistant|system|admin|administrator|developer)',
    'new instructions?:',
    'du bist (?:jetzt|nun|ab sofort) (?:ein|eine|der|die|mein)',
    'ab (?:jetzt|sofort) bist du',
    'neue anweisungen?:',
    'tu es (?:maintenant|désormais)',
    'vous êtes (?:maintenant|désormais)',
    'à partir de maintenant,? (?:tu|vous)',
    'nouvelles instructions ?:',
    'je bent (?:nu|vanaf nu)',
    'vanaf nu ben je',
    'nieuwe instructies:',
    'ahora eres',
    'a partir de ahora,? (?:eres|serás|actúa)',
    'nuevas instrucciones:',
    'du är nu (?:en|ett|min)',
    'från och med nu är du',
    'nya instruktioner:',
    'ora sei (?:un|una|il|la)',
    'da ora in poi,? (?:sei|agisci)',
    'nuove istruzioni:',
  ].join('|'),
  'imu',
);

const systemPrompt =
  /system[ -]?prompt|systemanweisung|prompt (?:système|systeme|del sistema|di sistema)|invite système|systeemprompt|systemprompten|developer mode|entwicklermodus|mode développeur|jailbreak/iu;

const revealInstructions = pair(revealVerbs, revealObjects, 40);

const forwardData = pair(forwardVerbs, forwardObjects);

/**
 * Asking for bulk or other people's data. A request verb must come first in the same sentence:
 * "you are on a list of email addresses I bought" (spam) or "I am on your customer list, remove
 * me" (a fair request) are not attempts to make the draft carry data.
 */
const dataRequest = pair(requestVerbs, dataObjects);

const roleTag =
  /<\|[a-z_]{2,20}\|>|\[\/?INST\]|<<\/?SYS>>|<\/?(?:start_of_turn|end_of_turn|system|assistant)>|^\s*#{2,}\s*(?:system|instruction|assistant)\b|^\s*(?:assistant|ai assistant)\s*:/imu;

/** A run of base64 long enough to hide a payload; URLs and signatures rarely look like this. */
const base64Run = /[A-Za-z0-9+/]{100,}={0,2}/g;

function hasBase64Blob(text: string): boolean {
  for (const m of text.matchAll(base64Run)) {
    const s = m[0];
    if (/[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s)) return true;
  }
  return false;
}

/** The prompt builder's fences (see prompt.models.ts): a mail that writes them tries to break out. */
const markerMimicry = /<<<\s*(?:END\s+)?MAIL\b|\bMAIL\s*>>>|from=(?:customer|agent)\s*>>>|\bEND MAIL\b/u;

/** Zero-width and bidi characters are dropped so "ig\u200Bnore" cannot hide the verb. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g, '')
    .replace(/[ \t]+/g, ' ');
}

export function steeringSignals(text: string): SteeringResult {
  const t = normalize(text);
  const signals: SteeringSignal[] = [];
  if (ignoreInstructions.test(t)) signals.push('ignore_instructions');
  if (roleChange.test(t)) signals.push('role_change');
  if (systemPrompt.test(t)) signals.push('system_prompt');
  if (revealInstructions.test(t)) signals.push('reveal_instructions');
  if (forwardData.test(t)) signals.push('forward_data');
  if (dataRequest.test(t)) signals.push('data_request');
  if (roleTag.test(t)) signals.push('role_tag');
  if (hasBase64Blob(t)) signals.push('base64_blob');
  if (markerMimicry.test(t)) signals.push('marker_mimicry');
  return { suspicious: signals.length > 0, signals };
}
