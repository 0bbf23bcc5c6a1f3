import { createHash } from 'node:crypto';
import { draftErrors } from './draft.errors.js';

/** Pure parts of composing a reply draft: recipients, subject, threading ids, quoting. */

export interface MailAddress {
  address: string;
  name?: string;
}

/** The customer message being answered, as the drafting job re-fetched it (in memory only). */
export interface DraftOriginal {
  messageId: string | null;
  /** Message-IDs from its References header, oldest first. */
  references: string[];
  subject: string;
  from: MailAddress[];
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  date: Date | null;
  /** Plain text of the original, for the quote. */
  text: string;
}

export interface DraftContent {
  text: string;
  /** Optional HTML alternative of the same reply (without the quote: it is added here). */
  html?: string;
}

export type ReplyAllPolicy = 'sender' | 'all';
export type QuoteStyle = 'top' | 'none';

export const DRAFT_KEY_HEADER = 'X-Veildraft-Draft-Key';

/**
 * The idempotency key travels in a header and is searched for with IMAP SEARCH HEADER, which
 * matches substrings: keep it to a plain token so one key can never be found inside another
 * by accident of quoting, and long enough to be unique.
 */
export function assertDraftKey(key: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{7,199}$/.test(key)) {
    throw draftErrors.invalidKey();
  }
}

// Reply prefixes of common clients and languages: Re, RE, AW (de), SV (sv/da/no), Antw (nl),
// Réf/Ref (fr), VS (fi), Odp (pl), RIF (it), Ynt (tr), Vá (hu), and counted forms like Re[2] / Re(2).
const REPLY_PREFIX =
  /^\s*(?:re|aw|sv|antw|réf\.?|ref\.?|vs|odp|rif|ynt|vá|atb)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/i;

/** `Re: <subject>` without stacking prefixes (`AW: Re: Frage` → `Re: Frage`). */
export function replySubject(subject: string): string {
  let s = subject.replace(/[\r\n]+/g, ' ').trim();
  for (let i = 0; i < 10 && REPLY_PREFIX.test(s); i += 1) s = s.replace(REPLY_PREFIX, '');
  return s ? `Re: ${s}` : 'Re:';
}

/** The idempotency key of a message's draft job: one job per customer message, ever. */
export function draftJobKey(messageRowId: number): string {
  return `draft:${messageRowId}`;
}

/** Deterministic Message-ID: the same draft key always yields the same id. */
export function draftMessageId(draftKey: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1]?.toLowerCase() || 'veildraft.invalid';
  const hash = createHash('sha256').update(`veildraft-draft:${draftKey}`).digest('hex').slice(0, 32);
  return `<vd.${hash}@${domain}>`;
}

/**
 * References of the reply: the original's References plus its Message-ID. Long chains keep the
 * first id (thread root) and the most recent ones, as RFC 5322 §3.6.4 suggests clients may.
 */
export function replyReferences(
  original: Pick<DraftOriginal, 'messageId' | 'references'>,
  max = 20,
): string[] {
  const all = [...original.references, ...(original.messageId ? [original.messageId] : [])];
  const unique = all.filter((id, i) => all.indexOf(id) === i);
  if (unique.length <= max) return unique;
  return [unique[0]!, ...unique.slice(unique.length - (max - 1))];
}

const norm = (a: string) => a.trim().toLowerCase();

/**
 * To: the customer's Reply-To, else From. Cc: nobody, or with the `all` policy everyone else the
 * original went to, never the mailbox's own addresses and nobody twice.
 */
export function replyRecipients(
  original: Pick<DraftOriginal, 'from' | 'replyTo' | 'to' | 'cc'>,
  policy: ReplyAllPolicy,
  ownAddresses: string[],
): { to: MailAddress[]; cc: MailAddress[] } {
  const own = new Set(ownAddresses.map(norm));
  const seen = new Set<string>();
  const keep = (list: MailAddress[]) =>
    list.filter((a) => {
      const key = norm(a.address);
      if (!key || own.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const to = keep(original.replyTo.length ? original.replyTo : original.from);
  if (to.length === 0) {
    throw draftErrors.noRecipient();
  }
  const cc = policy === 'all' ? keep([...original.from, ...original.to, ...original.cc]) : [];
  return { to, cc };
}

function attribution(original: Pick<DraftOriginal, 'from' | 'date'>): string {
  const who = original.from[0];
  const name = who ? (who.name ? `${who.name} <${who.address}>` : who.address) : 'the sender';
  return original.date ? `On ${original.date.toUTCString()}, ${name} wrote:` : `${name} wrote:`;
}

/** Reply text above, the original below as `> ` lines after an attribution line. */
export function quotedText(
  reply: string,
  original: Pick<DraftOriginal, 'from' | 'date' | 'text'>,
  style: QuoteStyle,
): string {
  if (style === 'none') return reply;
  const quoted = original.text
    .replace(/\r\n/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => (line.startsWith('>') ? `>${line}` : `> ${line}`).trimEnd())
    .join('\n');
  return `${reply.replace(/\s+$/, '')}\n\n${attribution(original)}\n${quoted}\n`;
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`,
  );
}

/** HTML alternative: the reply's HTML, then the original in a `<blockquote type="cite">` as clients do. */
export function quotedHtml(
  html: string,
  original: Pick<DraftOriginal, 'from' | 'date' | 'text'>,
  style: QuoteStyle,
): string {
  if (style === 'none') return html;
  const body = escapeHtml(original.text.replace(/\r\n/g, '\n').replace(/\n+$/, '')).replace(/\n/g, '<br>\n');
  return `${html}\n<div class="veildraft-quote"><p>${escapeHtml(attribution(original))}</p>\n<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${body}</blockquote></div>`;
}

/** Appends the mailbox signature after the standard `-- ` delimiter. */
export function withSignature(text: string, signature: string | null | undefined): string {
  if (!signature?.trim()) return text;
  return `${text.replace(/\s+$/, '')}\n\n-- \n${signature.trim()}`;
}

/** The draft settings from the config (VEILDRAFT_DRAFT_REPLY_ALL, VEILDRAFT_DRAFT_QUOTE_STYLE). */
export function draftPolicyFromConfig(config: {
  draftReplyAll: ReplyAllPolicy;
  draftQuoteStyle: QuoteStyle;
}): {
  replyAll: ReplyAllPolicy;
  quoteStyle: QuoteStyle;
} {
  return { replyAll: config.draftReplyAll, quoteStyle: config.draftQuoteStyle };
}
