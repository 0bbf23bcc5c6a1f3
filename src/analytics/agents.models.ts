import { type FigureOptions, type MailboxFigures, mailboxFigures } from './aggregate.models.js';
import { classify, type Segment, type ThreadMessage } from './segments.models.js';

/**
 * Per-agent figures (only when the operator switched per-agent mode on at start-up). The agent of
 * a segment is the sender of its first reply: the `From` pseudonym of that Sent message, shown as
 * the console user whose user name hashes to it where there is one, else as the pseudonym.
 * Ingest stores no `Sender` header, so replies sent from a shared address as that address all
 * fall to the shared address's pseudonym (the README says so). The usual suppression applies:
 * an agent with fewer than 10 segments shows "too few to show".
 */

export const UNKNOWN_AGENT = 'unknown';

/** The pseudonym of the sender of each segment's first reply, by segment. */
export function firstReplyAgents(
  messages: readonly ThreadMessage[],
  segments: readonly Segment[],
): Map<Segment, string> {
  const customers = new Set(
    messages
      .filter((m) => m.direction === 'inbound' && m.fromPseudonym)
      .map((m) => m.fromPseudonym as string),
  );
  const replies = messages.filter((m) => classify(m, customers) === 'reply');
  const out = new Map<Segment, string>();
  for (const s of segments) {
    if (!s.firstReply) continue;
    const at = s.firstReply.to;
    const reply = replies.find((m) => m.at === at);
    out.set(s, reply?.fromPseudonym ?? UNKNOWN_AGENT);
  }
  return out;
}

export interface AgentFigures {
  /** The console user name, or the pseudonym's first characters. */
  agent: string;
  isUser: boolean;
  firstReply: MailboxFigures['firstReply'];
  sla: MailboxFigures['sla'];
}

export function agentFigures(
  bySegment: ReadonlyMap<Segment, string>,
  o: FigureOptions & { userOf: (pseudonym: string) => string | null },
): AgentFigures[] {
  const groups = new Map<string, Segment[]>();
  for (const [s, agent] of bySegment) {
    const list = groups.get(agent) ?? [];
    list.push(s);
    groups.set(agent, list);
  }
  return [...groups]
    .map(([p, list]) => {
      const user = p === UNKNOWN_AGENT ? null : o.userOf(p);
      const f = mailboxFigures(list, o);
      return {
        agent: user ?? (p === UNKNOWN_AGENT ? 'sender unknown' : `pseudonym ${p.slice(0, 10)}`),
        isUser: user !== null,
        firstReply: f.firstReply,
        sla: f.sla,
      };
    })
    .sort((a, b) => a.agent.localeCompare(b.agent));
}
