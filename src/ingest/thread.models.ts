import { hmacHex } from '../shared/crypto.js';

/**
 * Thread joining. First by ids (In-Reply-To, then References from the newest back), then, for
 * clients that drop those headers, by normalized subject plus the external participants within
 * a time window. Subjects and participants are only ever kept as keyed hashes.
 */

// Reply and forward prefixes of common clients and languages, repeated or counted ("Re[2]:").
const prefix =
  /^\s*(re|aw|antw|antwort|sv|vs|vb|tr|rif|r|res|ref|odp|wg|fw|fwd|fwd?|wtr|doorst|enc|rv|i)\s*(\[\d+\]|\(\d+\))?\s*:\s*/i;

export function normalizeSubject(subject: string): string {
  let s = subject.normalize('NFKC').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 20; i++) {
    const next = s.replace(prefix, '').trim();
    if (next === s) break;
    s = next;
  }
  return s.toLowerCase();
}

export function subjectKey(key: Buffer, subject: string): string {
  return hmacHex(key, `subject:${normalizeSubject(subject)}`);
}

export function participantsKey(key: Buffer, externalAddresses: readonly string[]): string {
  return hmacHex(key, `participants:${[...externalAddresses].sort().join(',')}`);
}

/** Parent ids to look up, most specific first: In-Reply-To, then References newest to oldest. */
export function parentIdCandidates(inReplyTo: string | undefined, references: readonly string[]): string[] {
  const out: string[] = [];
  if (inReplyTo) out.push(inReplyTo);
  for (let i = references.length - 1; i >= 0; i--) {
    const id = references[i]!;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

export type ThreadChoice = { kind: 'existing'; threadId: number; by: 'ids' | 'subject' } | { kind: 'new' };

/**
 * `byIds`: thread of the first parent found in the store; `bySubject`: a thread with the same
 * subject and participant keys whose last message is within the window.
 */
export function chooseThread(args: {
  byIds: number | undefined;
  bySubject: { threadId: number; lastAt: number } | undefined;
  at: number;
  windowMs: number;
  /** A message with an empty subject joins nothing by subject: too many unrelated mails share it. */
  subjectEmpty: boolean;
}): ThreadChoice {
  if (args.byIds !== undefined) return { kind: 'existing', threadId: args.byIds, by: 'ids' };
  const s = args.bySubject;
  if (s && !args.subjectEmpty && Math.abs(args.at - s.lastAt) <= args.windowMs) {
    return { kind: 'existing', threadId: s.threadId, by: 'subject' };
  }
  return { kind: 'new' };
}
