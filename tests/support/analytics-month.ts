import type { Store } from '../../src/store/store.js';
import { mail } from '../sync/sync-fixtures.js';
import type { TestDovecot } from './dovecot.js';

const MIN = 60_000;

/** One customer thread of a scripted month: the mail's arrival and, if answered, the reply. */
export interface ScriptedThread {
  /** Arrival at the server (the INBOX message's INTERNALDATE), epoch ms. */
  arrival: number;
  /** When the reply was sent (its Sent copy's Date and INTERNALDATE); none: unanswered. */
  repliedAt?: number;
}

/** The twenty weekdays of June 2026 (the 1st is a Monday). */
export const juneWeekdays = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26];

/** 09:00 Berlin (07:00Z) on a day of June 2026. */
export const juneArrival = (day: number) => Date.UTC(2026, 5, day, 7, 0);

/**
 * The month of the analytics tests: a customer mail at 09:00 Berlin on each weekday of June
 * 2026, the k-th answered k × 20 minutes later (k = 1 … 20: 20 … 400 minutes, all inside the
 * default business hours 08:00–17:00, so elapsed and business times are equal), and one mail on
 * Monday the 29th that nobody answers.
 */
export function juneMonth(): ScriptedThread[] {
  return [
    ...juneWeekdays.map((day, i) => ({
      arrival: juneArrival(day),
      repliedAt: juneArrival(day) + (i + 1) * 20 * MIN,
    })),
    { arrival: juneArrival(29) },
  ];
}

/**
 * Delivers the threads into a Dovecot user's INBOX (customer mail to `own`, sent a minute
 * before it arrives) and Sent (the replies from `own`, threaded by In-Reply-To, read), in arrival order.
 * `tag` keeps the customers and subjects of two mailboxes apart.
 */
export function deliverThreads(
  dovecot: TestDovecot,
  user: string,
  threads: readonly ScriptedThread[],
  own: string,
  tag = 'customer',
): void {
  const inbox = [];
  const sent = [];
  for (const [i, t] of threads.entries()) {
    const customer = `${tag}${i}@customer.example`;
    const m = mail({
      from: customer,
      to: own,
      date: new Date(t.arrival - MIN),
      subject: `Contract ${tag} ${i}`,
    });
    inbox.push({ raw: m.raw, receivedAt: new Date(t.arrival) });
    if (t.repliedAt === undefined) continue;
    const repliedAt = new Date(t.repliedAt);
    const reply = mail({
      from: own,
      to: customer,
      inReplyTo: m.id,
      subject: `Re: Contract ${tag} ${i}`,
      date: repliedAt,
    });
    sent.push({ raw: reply.raw, receivedAt: repliedAt, flags: ['\\Seen'] });
  }
  dovecot.deliver(user, 'INBOX', inbox);
  dovecot.deliver(user, 'Sent', sent);
}

/**
 * Records that Veildraft drafted the mailbox's first customer mails (in arrival order), one per
 * similarity given: a stored draft a minute after each arrival, with the similarity the reply
 * kept of it. The drafting and scoring themselves are tested elsewhere. Returns how many
 * customer mails the mailbox holds.
 */
export function markDrafted(store: Store, mailboxId: number, similarities: readonly number[]): number {
  const inbound = store.sqlite
    .prepare(
      `SELECT id, received_at AS at FROM messages
       WHERE mailbox_id = ? AND direction = 'inbound' ORDER BY received_at`,
    )
    .all(mailboxId) as { id: number; at: number }[];
  const draft = store.sqlite.prepare(
    `INSERT INTO drafts (mailbox_id, draft_key, message_id, status, created_at, appended_at, message_row_id, similarity)
     VALUES (?, ?, ?, 'stored', ?, ?, ?, ?)`,
  );
  for (const [i, similarity] of similarities.entries()) {
    const m = inbound[i]!;
    draft.run(
      mailboxId,
      `k${mailboxId}-${i}`,
      `<vd-${mailboxId}-${i}@acme.example>`,
      m.at + MIN,
      m.at + MIN,
      m.id,
      similarity,
    );
  }
  return inbound.length;
}
