import { analyticsRefreshHandler } from '../../src/analytics/analytics.jobs.js';
import { type AnalyticsPageDeps, analyticsPage } from '../../src/analytics/analytics-page.usecases.js';
import { insertMailbox } from '../../src/mailboxes/mailboxes.repository.js';
import { createLogger } from '../../src/shared/logger.js';
import type { Store } from '../../src/store/store.js';

/** One message of a seeded thread: metadata only, as ingest stores it. */
export interface SeedMessage {
  at: number;
  direction: 'inbound' | 'outbound';
  from: string;
  /** Outbound: the stored sender (agent) pseudonym; absent for the shared address or old mail. */
  sender?: string;
  to: string[];
  skipRule?: string;
  /** A stored Veildraft draft for this (inbound) message, appended at this instant. */
  draftAt?: number;
  similarity?: number;
}

/** A mailbox row with no working credentials: analytics only reads its name and id. */
export function seedMailbox(store: Store, name: string): number {
  const now = Date.now();
  return insertMailbox(store.db, {
    name,
    host: '127.0.0.1',
    port: 993,
    security: 'tls',
    username: `${name.toLowerCase()}@acme.example`,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * Threads with their messages (and drafts), in one transaction with prepared statements: fast
 * enough to seed a million messages for the bench.
 */
export function seedThreads(store: Store, mailboxId: number, threads: Iterable<SeedMessage[]>): number {
  const s = store.sqlite;
  const thread = s.prepare(
    `INSERT INTO threads (mailbox_id, subject_key, participants_key, first_at, last_at, message_count)
     VALUES (?, 's', 'p', ?, ?, ?) RETURNING id`,
  );
  const message = s.prepare(
    `INSERT INTO messages (mailbox_id, folder, folder_role, uid_validity, uid, message_id_hash, header_hash, thread_id,
       direction, sent_at, received_at, size, from_pseudonym, sender_pseudonym, recipient_pseudonyms, new_part_chars,
       attachment_count, skip_rule, created_at)
     VALUES (@mailboxId, @folder, @role, 1, @uid, @hash, 'h', @threadId, @direction, @at, @at, 1000, @from, @sender, @to, 100,
       0, @skipRule, @at)`,
  );
  const draft = s.prepare(
    `INSERT INTO drafts (mailbox_id, draft_key, message_id, status, created_at, appended_at, message_row_id, similarity)
     VALUES (?, ?, ?, 'stored', ?, ?, ?, ?)`,
  );
  let uid = (s.prepare('SELECT coalesce(max(id), 0) AS n FROM messages').get() as { n: number }).n;
  let count = 0;
  s.transaction(() => {
    for (const msgs of threads) {
      const times = msgs.map((m) => m.at);
      const { id: threadId } = thread.get(mailboxId, Math.min(...times), Math.max(...times), msgs.length) as {
        id: number;
      };
      for (const m of msgs) {
        uid++;
        const inbound = m.direction === 'inbound';
        const row = message.run({
          mailboxId,
          folder: inbound ? 'INBOX' : 'Sent',
          role: inbound ? 'inbox' : 'sent',
          uid,
          hash: `m${mailboxId}-${uid}`,
          threadId,
          direction: m.direction,
          at: m.at,
          from: m.from,
          sender: m.sender ?? null,
          to: JSON.stringify(m.to),
          skipRule: m.skipRule ?? null,
        });
        if (m.draftAt !== undefined)
          draft.run(
            mailboxId,
            `k${mailboxId}-${uid}`,
            `<vd-${uid}@acme.example>`,
            m.draftAt,
            m.draftAt,
            row.lastInsertRowid,
            m.similarity ?? null,
          );
        count++;
      }
    }
  })();
  return count;
}

/** The Analytics page's own figures as an admin asks for them: from the rollups, or from the messages. */
export function pageFigures(
  deps: AnalyticsPageDeps,
  mailboxId: number | null,
  from: string,
  to: string,
  fromMessages = false,
) {
  const p = analyticsPage(deps, {
    mailboxId,
    from,
    to,
    visibleMailboxIds: null,
    perAgent: false,
    actor: { kind: 'cli' },
    fromMessages,
  })!;
  return { figures: p.figures, heatmap: p.heatmap, trend: p.trend, backlog: p.backlog, coverage: p.coverage };
}

/** The real `analytics.refresh` handler (team mode): runs a job's stored payload. */
export function runAnalyticsRefresh(
  deps: AnalyticsPageDeps,
): (payload: string, jobId?: number) => Promise<void> {
  const handler = analyticsRefreshHandler({
    ...deps,
    logger: createLogger('silent'),
    maxAttempts: 3,
    autoPauseAfter: 1000,
    perAgent: false,
  });
  return (payload, jobId = 1) =>
    handler.handle(payload, { jobId, attempt: 1, signal: new AbortController().signal });
}
