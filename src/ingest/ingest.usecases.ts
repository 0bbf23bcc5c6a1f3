import { hmacHex } from '../shared/crypto.js';
import { detectLanguage } from '../shared/language.js';
import type { NewMessageRow } from './ingest.repository.js';
import {
  agentAddressOf,
  directionOf,
  domainOf,
  externalParticipants,
  type FolderRole,
  headerHash,
  messageIdHash,
  pseudonym,
} from './message.models.js';
import { headerEnd, type ParseLimits, parseMessage, type QuarantineReason } from './message.parse.js';
import { splitReply } from './message.quotes.js';
import { type SkipSettings, skipReason } from './skip-rules.models.js';
import { parentIdCandidates, participantsKey, subjectKey } from './thread.models.js';

/** Where a batch comes from. Jobs and quarantine rows carry exactly this reference. */
export interface FolderRef {
  mailboxId: number;
  folder: string;
  role: FolderRole;
  uidValidity: number;
}

/** One message as fetched: the source is absent when RFC822.SIZE was over the cap. */
export interface FetchedMessage {
  uid: number;
  size: number;
  internalDate: number;
  /** Raw message (mail content: never log or store it). */
  source?: Buffer;
  /** Raw header block, fetched instead of the source for oversized messages. */
  headerBlock?: Buffer;
}

export interface IngestSettings {
  pseudonymKey: Buffer;
  limits: ParseLimits;
  /** The skip rules in force now: read per message, so a change on the console applies at once. */
  skip: () => SkipSettings;
  orgDomains: readonly string[];
  threadWindowMs: number;
  jobMaxAttempts: number;
  /** VEILDRAFT_DRAFT_BACKLOG_HOURS: unanswered mail this much older than the first sync is drafted too. */
  draftBacklogMs: number;
}

export interface MailboxIdentity {
  id: number;
  /** The mailbox's own addresses (agent From address, login when it is an address). */
  ownAddresses: readonly string[];
}

export type Prepared =
  | {
      kind: 'message';
      uid: number;
      row: Omit<NewMessageRow, 'threadId' | 'createdAt'>;
      parentHashes: string[];
      subjectKey: string;
      subjectEmpty: boolean;
      participantsKey: string;
    }
  | { kind: 'quarantine'; uid: number; reason: QuarantineReason; headerHash: string; size: number };

/** The raw header block (at most 64 KB when it has no end): what a quarantine row is known by. */
function headerBlockOf(raw: Buffer): string {
  const end = headerEnd(raw);
  return (end < 0 ? raw.subarray(0, 64 * 1024) : raw.subarray(0, end)).toString('latin1');
}

function quarantined(
  s: IngestSettings,
  m: FetchedMessage,
  block: string,
  reason: QuarantineReason,
): Prepared {
  // Keyed hash of the raw header block: one row per message across resyncs, no content kept.
  return {
    kind: 'quarantine',
    uid: m.uid,
    reason,
    size: m.size,
    headerHash: hmacHex(s.pseudonymKey, `quarantine:${block}`),
  };
}

/** Parses and extracts everything the store keeps of one message. Slow work, outside any transaction. */
export async function prepareMessage(
  s: IngestSettings,
  mailbox: MailboxIdentity,
  ref: FolderRef,
  m: FetchedMessage,
): Promise<Prepared> {
  if (!m.source) return quarantined(s, m, headerBlockOf(m.headerBlock ?? Buffer.alloc(0)), 'too_large');
  // Taken before the parse, which takes the source over (its memory moves to the parse thread).
  const block = headerBlockOf(m.source);
  const out = await parseMessage(m.source, s.limits);
  m.source = undefined;
  if (!out.ok) return quarantined(s, m, block, out.reason);
  const h = out.message.headers;
  const key = s.pseudonymKey;
  // Spam and newsletters carry hundreds of recipients: one HMAC per distinct address.
  const pseudonyms = new Map<string, string>();
  const pseudo = (a: string) => {
    let p = pseudonyms.get(a);
    if (p === undefined) {
      p = pseudonym(key, a);
      pseudonyms.set(a, p);
    }
    return p;
  };
  const direction = directionOf(ref.role, h.from, mailbox.ownAddresses);
  const agentPseudonym = agentAddressOf(direction, h, mailbox.ownAddresses);
  const ownDomains = [...s.orgDomains, ...mailbox.ownAddresses.map(domainOf)].filter(Boolean);
  const split = splitReply(out.message.text);
  const idHash = h.messageId ? messageIdHash(key, h.messageId) : '';
  const skip = direction === 'inbound' ? s.skip() : null;
  return {
    kind: 'message',
    uid: m.uid,
    row: {
      mailboxId: mailbox.id,
      folder: ref.folder,
      folderRole: ref.role,
      uidValidity: ref.uidValidity,
      uid: m.uid,
      messageIdHash: idHash,
      headerHash: headerHash(key, h),
      inReplyToHash: h.inReplyTo ? messageIdHash(key, h.inReplyTo) : null,
      referenceHashes: JSON.stringify(h.references.map((r) => messageIdHash(key, r))),
      direction,
      sentAt: h.date?.getTime() ?? null,
      receivedAt: m.internalDate,
      size: m.size,
      fromPseudonym: h.from[0] ? pseudo(h.from[0]) : null,
      senderPseudonym: agentPseudonym ? pseudo(agentPseudonym) : null,
      recipientPseudonyms: JSON.stringify([...h.to, ...h.cc].map(pseudo)),
      language: detectLanguage(split.newPart) ?? null,
      newPartChars: split.newPart.length,
      attachmentCount: out.message.attachmentCount,
      skipRule: skip
        ? (skipReason(h, {
            enabled: skip.rules,
            senderPatterns: skip.senderPatterns,
            subjectPatterns: skip.subjectPatterns,
            ownDomains,
          }) ?? null)
        : null,
    },
    parentHashes: parentIdCandidates(h.inReplyTo, h.references).map((id) => messageIdHash(key, id)),
    subjectKey: subjectKey(key, h.subject),
    subjectEmpty: h.subject.trim() === '',
    participantsKey: participantsKey(key, externalParticipants(h, mailbox.ownAddresses).map(pseudo)),
  };
}
