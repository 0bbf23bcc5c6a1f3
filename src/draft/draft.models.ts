import type { Span } from '../anonymize/anonymize.types.js';
import { categoryOf } from '../anonymize/anonymize.types.js';
import type { ParsedMessage } from '../ingest/message.parse.js';
import type { DraftOriginal } from './draft-compose.models.js';

/** Pure parts of the draft job. */

/** One key per customer message, forever: the header searched before any APPEND. */
export function draftKeyFor(mailboxId: number, messageRowId: number): string {
  return `vd-m${mailboxId}-r${messageRowId}`;
}

/** The customer message as the reply composer needs it (in memory only). */
export function originalOf(message: ParsedMessage): DraftOriginal {
  const h = message.headers;
  return {
    messageId: h.messageId ?? null,
    references: h.references,
    subject: h.subject,
    from: message.people.from,
    replyTo: message.people.replyTo,
    to: message.people.to,
    cc: message.people.cc,
    date: h.date ?? null,
    text: message.text,
  };
}

/** Whether the anonymizer found GDPR Art. 9 data (health, religion, …) in the message. */
export function mentionsSpecialCategory(spans: readonly Span[]): boolean {
  return spans.some((s) => categoryOf(s.type) === 'special');
}

/**
 * An example's numbered placeholders lose their number ("[PERSON_2]" → "[PERSON]"): an example's
 * [PERSON_1] is another customer, and a model that copied it would otherwise get this customer's
 * [PERSON_1] filled in. Unnumbered, a copied one fails the output check instead.
 */
export function unnumberedPlaceholders(text: string): string {
  return text.replace(/\[([A-Z]+(?:_[A-Z]+)*)_\d+\]/g, '[$1]');
}
