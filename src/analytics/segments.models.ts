/**
 * Threads cut into segments, and the waits inside them, from stored metadata only (dates,
 * direction, skip rule, pseudonyms). Instants only: durations are computed later with a
 * calendar (aggregate.models.ts), so a new calendar recomputes history.
 *
 * Definitions (documented in the README):
 * - Inbound: mail that arrived in the mailbox from outside (direction `inbound`) and that no skip
 *   rule marked as automated or as the organisation's own (`skipRule` null). Auto-replies
 *   (Auto-Submitted, Precedence, List-Id, no-reply senders, delivery reports), mail from the own
 *   domains (a colleague forwarding customer mail in) and the admin's sender/subject patterns are
 *   not customer mail: they neither start nor extend a segment and never stop a clock.
 * - Reply: an outbound message (Sent, or a copy from one of the mailbox's own addresses) with at
 *   least one recipient who is an external participant of the thread. Addresses are stored as
 *   keyed pseudonyms, so the domain of a recipient cannot be read back; a recipient counts as
 *   external when it is the pseudonym of a sender of the thread's inbound mail (the customer).
 *   A forward to a colleague or a supplier who never wrote in the thread is therefore not a reply.
 * - Segment: starts at an inbound message when the thread has no open segment, or when more than
 *   `idleDays` passed since the last inbound or reply. Consecutive inbounds before a reply are one
 *   wait, measured from the first of them. An outbound message outside a segment (proactive mail)
 *   starts nothing.
 */

export type MessageKind = 'inbound' | 'reply' | 'other';

/** One stored message as the metrics need it. */
export interface ThreadMessage {
  id: number;
  /** Inbound: arrival at the server (not the sender's Date header); outbound: its Date, else the append time. */
  at: number;
  direction: 'inbound' | 'outbound';
  skipRule: string | null;
  fromPseudonym: string | null;
  /** Outbound: the agent who sent it (Sender, else From), null for the mailbox's own address. */
  senderPseudonym?: string | null;
  recipientPseudonyms: readonly string[];
  /** When a Veildraft draft answering this (inbound) message was stored in Drafts, if one was. */
  draftStoredAt: number | null;
  /** Similarity of the reply sent to that draft (0..1), once the feedback step scored it. */
  draftSimilarity: number | null;
  /** When the sweep found that draft deleted from Drafts with no reply sent (unused), if it did. */
  draftDeletedAt?: number | null;
}

export interface Wait {
  from: number;
  to: number;
}

export interface Segment {
  threadId: number;
  /** The first inbound of the segment: the first-reply clock starts here. */
  startAt: number;
  firstReply: (Wait & { drafted: boolean }) | null;
  /** Later waits: each from the first inbound after a reply to the next reply. */
  nextReplies: Wait[];
  lastReplyAt: number | null;
  /** An inbound nobody has answered yet, if the segment ends waiting. */
  waitingSince: number | null;
  /** The last inbound or reply. */
  lastActivityAt: number;
  /** The thread's latest segment: only its wait counts as unanswered now. */
  latest: boolean;
  /** Drafts stored for the segment's inbound mail: similarity of the reply to each, if scored. */
  drafts: { similarity: number | null; deleted?: boolean }[];
}

const DAY = 86_400_000;

export function classify(m: ThreadMessage, customers: ReadonlySet<string>): MessageKind {
  if (m.direction === 'inbound') return m.skipRule === null ? 'inbound' : 'other';
  return m.recipientPseudonyms.some((p) => customers.has(p)) ? 'reply' : 'other';
}

/** The segments of one thread; `messages` in any order. */
export function segmentThread(
  threadId: number,
  messages: readonly ThreadMessage[],
  idleDays: number,
): Segment[] {
  const sorted = [...messages].sort((a, b) => a.at - b.at || a.id - b.id);
  const customers = new Set(
    sorted.filter((m) => m.direction === 'inbound' && m.fromPseudonym).map((m) => m.fromPseudonym as string),
  );
  const idle = idleDays * DAY;
  const out: Segment[] = [];
  let seg: Segment | null = null;
  let draftedBefore: number | null = null;
  for (const m of sorted) {
    const kind = classify(m, customers);
    if (kind === 'other') continue;
    if (seg && m.at - seg.lastActivityAt > idle) seg = null;
    if (kind === 'inbound') {
      if (!seg) {
        seg = {
          threadId,
          startAt: m.at,
          firstReply: null,
          nextReplies: [],
          lastReplyAt: null,
          waitingSince: m.at,
          lastActivityAt: m.at,
          latest: true,
          drafts: [],
        };
        const prev = out.at(-1);
        if (prev) prev.latest = false;
        draftedBefore = null;
        out.push(seg);
      }
      seg.waitingSince ??= m.at;
      seg.lastActivityAt = m.at;
      if (m.draftStoredAt !== null) {
        seg.drafts.push({
          similarity: m.draftSimilarity,
          ...(m.draftDeletedAt != null ? { deleted: true } : {}),
        });
        draftedBefore = Math.min(draftedBefore ?? m.draftStoredAt, m.draftStoredAt);
      }
      continue;
    }
    if (!seg) continue;
    if (seg.waitingSince !== null) {
      const wait = { from: seg.waitingSince, to: m.at };
      if (!seg.firstReply)
        seg.firstReply = { ...wait, drafted: draftedBefore !== null && draftedBefore <= m.at };
      else seg.nextReplies.push(wait);
      seg.waitingSince = null;
    }
    seg.lastReplyAt = m.at;
    seg.lastActivityAt = m.at;
  }
  return out;
}
