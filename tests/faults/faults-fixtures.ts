import { sql } from 'drizzle-orm';
import { jobs } from '../../src/jobs/jobs.table.js';
import type { Appliance } from '../../src/start.js';
import type { Store } from '../../src/store/store.js';
import type { TestDovecot } from '../support/dovecot.js';
import { mail } from '../sync/sync-fixtures.js';

/** `n` customer questions in INBOX, each answered by the agent in Sent: `n` learn jobs once synced. */
export function deliverHistory(dovecot: TestDovecot, user: string, n: number, tag: string): void {
  const old = new Date(Date.now() - 3 * 86_400_000);
  const inbox: { raw: string; flags: string[] }[] = [];
  const sent: { raw: string; flags: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const q = mail({ from: `c${tag}${i}@customer.example`, subject: `Order ${tag}${i}`, date: old });
    const a = mail({
      from: 'Support <support@acme.example>',
      to: `c${tag}${i}@customer.example`,
      subject: `Re: Order ${tag}${i}`,
      body: 'Thank you, we have changed the delivery address. Kind regards',
      inReplyTo: q.id,
      id: `r.${q.id}`,
      date: old,
    });
    inbox.push({ raw: q.raw, flags: ['\\Seen'] });
    sent.push({ raw: a.raw, flags: ['\\Seen'] });
  }
  dovecot.deliver(user, 'INBOX', inbox);
  dovecot.deliver(user, 'Sent', sent);
}

const one = (store: Store, query: string) => (store.sqlite.prepare(query).get() as { n: number }).n;

export function counts(store: Store) {
  return {
    messages: one(store, `SELECT count(*) AS n FROM messages`),
    distinctMessages: one(
      store,
      `SELECT count(DISTINCT folder || ':' || uid_validity || ':' || uid) AS n FROM messages`,
    ),
    conversations: one(store, `SELECT count(*) AS n FROM conversations`),
    distinctConversations: one(store, `SELECT count(DISTINCT reply_message_row_id) AS n FROM conversations`),
    deadLearn: one(store, `SELECT count(*) AS n FROM jobs WHERE kind = 'learn' AND state = 'dead'`),
    learnJobs: one(store, `SELECT count(*) AS n FROM jobs WHERE kind = 'learn'`),
  };
}

export function maxLearnAttempts(store: Store): number {
  return store.db
    .select({ n: sql<number>`coalesce(max(${jobs.attempts}), 0)` })
    .from(jobs)
    .where(sql`${jobs.kind} = 'learn'`)
    .get()!.n;
}

export async function readyz(app: Appliance): Promise<{ status: number; body: Record<string, unknown> }> {
  const { scheme, host, port } = app.address;
  const res = await fetch(`${scheme}://${host}:${port}/readyz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
