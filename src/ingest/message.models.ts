import { hmacHex } from '../shared/crypto.js';

/**
 * The metadata Veildraft keeps of a message: ids, dates, sizes and pseudonyms. Message-IDs and
 * addresses are replaced by keyed HMACs (`hmacHex(keys.pseudonym, …)`): joins still work
 * (In-Reply-To of a reply equals the Message-ID of the customer mail), nothing readable is stored.
 */

export type Direction = 'inbound' | 'outbound';
export type FolderRole = 'inbox' | 'sent';

/** The headers ingest reads, as plain values (decoded by mailparser). Carries mail content. */
export interface MessageHeaders {
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  date?: Date;
  from: string[];
  replyTo: string[];
  /** The `Sender` header: who sent the message on behalf of `From` (an agent of a shared box). */
  sender?: string;
  to: string[];
  cc: string[];
  subject: string;
  autoSubmitted?: string;
  precedence?: string;
  listId?: string;
  contentType?: string;
}

export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? normalizeAddress(address.slice(at + 1)) : '';
}

/** "<a@b>" and "a@b" name the same message. */
export function normalizeMessageId(id: string): string {
  return id.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
}

/** Splits a References/In-Reply-To value into ids ("<a@b> <c@d>", also without brackets). */
export function parseIdList(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(' ') : (value ?? '');
  const ids = [...raw.matchAll(/<([^<>\s]+)>|([^\s,<>]+)/g)].map((m) => m[1] ?? m[2] ?? '');
  return ids.map(normalizeMessageId).filter((id) => id.length > 0 && id.length <= 998);
}

export function pseudonym(key: Buffer, address: string): string {
  return hmacHex(key, normalizeAddress(address));
}

export function messageIdHash(key: Buffer, id: string): string {
  return hmacHex(key, `message-id:${normalizeMessageId(id)}`);
}

/**
 * The dedupe key besides the Message-ID: a keyed hash of the headers that identify one message
 * wherever it is stored (not Received or delivery headers, which differ between copies).
 */
export function headerHash(key: Buffer, h: MessageHeaders): string {
  const canonical = JSON.stringify([
    h.messageId ? normalizeMessageId(h.messageId) : '',
    h.date && !Number.isNaN(h.date.getTime()) ? h.date.toISOString() : '',
    h.from.map(normalizeAddress).sort(),
    h.to.map(normalizeAddress).sort(),
    h.cc.map(normalizeAddress).sort(),
    h.subject.trim(),
    h.inReplyTo ? normalizeMessageId(h.inReplyTo) : '',
    h.references,
  ]);
  return hmacHex(key, `headers:${canonical}`);
}

/**
 * Mail in Sent is the agents' own; so is mail in INBOX sent from one of the mailbox's own
 * addresses (a copy to self, an agent's reply Bcc'd to the shared box).
 */
export function directionOf(role: FolderRole, from: string[], ownAddresses: readonly string[]): Direction {
  if (role === 'sent') return 'outbound';
  const own = new Set(ownAddresses.map(normalizeAddress));
  return from.some((a) => own.has(normalizeAddress(a))) ? 'outbound' : 'inbound';
}

/**
 * Who sent outbound mail, for analytics: the `Sender` header, or when absent the first `From`;
 * undefined when that is one of the mailbox's own addresses (a reply sent as the shared address
 * without a Sender header names nobody in particular) or the message is inbound (customers are
 * not agents).
 */
export function agentAddressOf(
  direction: Direction,
  h: Pick<MessageHeaders, 'sender' | 'from'>,
  ownAddresses: readonly string[],
): string | undefined {
  if (direction !== 'outbound') return undefined;
  const address = h.sender ?? h.from[0];
  if (!address) return undefined;
  const own = new Set(ownAddresses.map(normalizeAddress));
  return own.has(normalizeAddress(address)) ? undefined : address;
}

/** The customer side of a conversation: every participant that is not one of the mailbox's addresses. */
export function externalParticipants(h: MessageHeaders, ownAddresses: readonly string[]): string[] {
  const own = new Set(ownAddresses.map(normalizeAddress));
  const all = [...h.from, ...h.to, ...h.cc].map(normalizeAddress).filter((a) => a.includes('@'));
  return [...new Set(all)].filter((a) => !own.has(a)).sort();
}
