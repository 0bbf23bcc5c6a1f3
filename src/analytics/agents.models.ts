import { type FigureOptions, type MailboxFigures, mailboxFigures } from './aggregate.models.js';
import type { SegmentAgents } from './facts.models.js';
import { classify, type Segment, type ThreadMessage } from './segments.models.js';

/**
 * Agents in the figures. The agent of a reply is who sent it: the pseudonym ingest stores for
 * outbound mail (the `Sender` header, else the `From`), unknown when that was one of the
 * mailbox's own addresses (a reply sent as the shared address without a Sender names nobody) or
 * the mail was stored before ingest kept senders. An agent is shown as the console user whose
 * e-mail address (or user name, where names are addresses) has that pseudonym, else as the
 * pseudonym.
 *
 * Team mode: a cell built from replies (first/next/last reply times, SLA, off-hours replies,
 * draft value and acceptance) is suppressed when its replies came from fewer than 5 distinct
 * known agents (applied in `figuresOfFacts`, so the rollups carry each reply's agent). Unknown
 * senders are not counted as agents; a cell none of whose replies has a known sender cannot be
 * counted and falls under the segment rule only.
 *
 * Per-agent mode: figures per first-reply agent, each under the usual 10-segment rule.
 */

export const UNKNOWN_AGENT = 'unknown';
export { MIN_AGENTS } from './aggregate.models.js';
export type { SegmentAgents } from './facts.models.js';

/** The agents of each segment's replies, for the segments of one thread. */
export function replyAgents(
  messages: readonly ThreadMessage[],
  segments: readonly Segment[],
): Map<Segment, SegmentAgents> {
  const customers = new Set(
    messages
      .filter((m) => m.direction === 'inbound' && m.fromPseudonym)
      .map((m) => m.fromPseudonym as string),
  );
  const replies = messages.filter((m) => classify(m, customers) === 'reply');
  const at = (t: number | null | undefined) =>
    t == null ? null : (replies.find((m) => m.at === t)?.senderPseudonym ?? null);
  return new Map(
    segments.map((s) => [
      s,
      { first: at(s.firstReply?.to), next: s.nextReplies.map((w) => at(w.to)), last: at(s.lastReplyAt) },
    ]),
  );
}

/** Console users by pseudonym: of their e-mail address, else of their user name. */
export function userByPseudonym(
  users: readonly { username: string; emailPseudonym: string | null }[],
  pseudonymOf: (address: string) => string,
): (p: string) => string | null {
  const map = new Map<string, string>();
  for (const u of users) map.set(pseudonymOf(u.username), u.username);
  // Addresses win over names: a user called like someone else's address is not that person.
  for (const u of users) if (u.emailPseudonym) map.set(u.emailPseudonym, u.username);
  return (p) => map.get(p) ?? null;
}

export interface AgentFigures {
  /** The console user name, or the pseudonym's first characters. */
  agent: string;
  isUser: boolean;
  firstReply: MailboxFigures['firstReply'];
  sla: MailboxFigures['sla'];
}

export function agentFigures(
  bySegment: ReadonlyMap<Segment, SegmentAgents>,
  o: FigureOptions & { userOf: (pseudonym: string) => string | null },
): AgentFigures[] {
  const groups = new Map<string, Segment[]>();
  for (const [s, agents] of bySegment) {
    if (!s.firstReply) continue;
    const agent = agents.first ?? UNKNOWN_AGENT;
    const list = groups.get(agent) ?? [];
    list.push(s);
    groups.set(agent, list);
  }
  return [...groups]
    .map(([p, list]) => {
      const user = p === UNKNOWN_AGENT ? null : o.userOf(p);
      // One agent per group: the team rule on distinct agents does not apply here.
      const f = mailboxFigures(list, { ...o, agents: undefined });
      return {
        agent: user ?? (p === UNKNOWN_AGENT ? 'sender unknown' : `pseudonym ${p.slice(0, 10)}`),
        isUser: user !== null,
        firstReply: f.firstReply,
        sla: f.sla,
      };
    })
    .sort((a, b) => a.agent.localeCompare(b.agent));
}
