import { enqueueRecompute } from '../analytics/analytics.jobs.js';
import { enqueueJob } from '../jobs/jobs.repository.js';
import { type JobHandler, jobHandler } from '../jobs/jobs.runner.js';
import { ownAddressesOf } from '../mailboxes/mailboxes.models.js';
import { findMailboxById } from '../mailboxes/mailboxes.repository.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import { agentAddressOf, pseudonym } from './message.models.js';
import { type ParseLimits, parseMessage } from './message.parse.js';
import { senderBackfillJob } from './sender-backfill.job.js';
import {
  mailboxesLackingSenders,
  type SentLocation,
  sentLackingSender,
  setSenderPseudonym,
} from './sender-backfill.repository.js';

/**
 * Replies synced before ingest kept their agent (messages.sender_pseudonym) count as "sender
 * unknown" in the analytics. This backfill reads, once per mailbox, only the From and Sender
 * header fields of those Sent messages again (by UID, folder opened read-only, BODY.PEEK: the
 * mail is never changed, not even \Seen), in memory, and stores the pseudonym ingest would have
 * stored. Batches are jobs: each commits its senders and queues the next in one transaction, so
 * a restart resumes after the last committed batch; the last one queues the rebuild of the
 * mailbox's analytics.
 */

export const SENDER_BACKFILL_BATCH = 200;

/** The From and Sender header fields of stored replies, as the mailbox holds them now. */
export interface SenderHeaderSource {
  /**
   * The header fields by UID of one folder, read-only. UIDs the folder no longer holds are
   * absent; when the folder's UIDVALIDITY is no longer `uidValidity`, none are returned.
   */
  fetch(
    mailboxId: number,
    folder: string,
    uidValidity: number,
    uids: readonly number[],
  ): Promise<Map<number, Buffer>>;
}

export interface SenderBackfillDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  pseudonymKey: Buffer;
  limits: ParseLimits;
  headers: SenderHeaderSource;
  maxAttempts: number;
  batchSize?: number;
}

/**
 * Queues the backfill of every mailbox with Sent messages lacking a sender, once: the first
 * batch's key is the mailbox's, so later starts queue nothing. Returns how many were queued.
 */
export function scheduleSenderBackfill(db: Db, now: number, maxAttempts: number): number {
  let queued = 0;
  db.transaction((tx) => {
    for (const { mailboxId, upToId } of mailboxesLackingSenders(tx))
      if (
        enqueueJob(
          tx,
          senderBackfillJob,
          {
            payload: { mailboxId, afterId: 0, upToId },
            idempotencyKey: `${senderBackfillJob.kind}:${mailboxId}`,
            maxAttempts,
          },
          now,
        )
      )
        queued++;
  });
  return queued;
}

/** The pseudonym ingest stores for a reply with these header fields, or null (own address, none). */
async function senderOf(
  fields: Buffer,
  own: readonly string[],
  deps: SenderBackfillDeps,
): Promise<string | null> {
  const parsed = await parseMessage(Buffer.concat([fields, Buffer.from('\r\n')]), deps.limits);
  if (!parsed.ok) return null;
  const address = agentAddressOf('outbound', parsed.message.headers, own);
  return address ? pseudonym(deps.pseudonymKey, address) : null;
}

/** One batch: fetch, store the senders found, queue the next batch when this one was full. */
export async function backfillSenderBatch(
  deps: SenderBackfillDeps,
  job: { mailboxId: number; afterId: number; upToId: number },
): Promise<{ checked: number; found: number; next: boolean }> {
  const mailbox = findMailboxById(deps.db, job.mailboxId);
  if (!mailbox) return { checked: 0, found: 0, next: false };
  const own = ownAddressesOf(mailbox);
  const limit = deps.batchSize ?? SENDER_BACKFILL_BATCH;
  const rows = sentLackingSender(deps.db, job.mailboxId, job, limit);
  const byPlace = new Map<string, SentLocation[]>();
  for (const r of rows) {
    const key = JSON.stringify([r.folder, r.uidValidity]);
    byPlace.set(key, [...(byPlace.get(key) ?? []), r]);
  }
  const found: { id: number; sender: string }[] = [];
  for (const list of byPlace.values()) {
    const { folder, uidValidity } = list[0]!;
    const fields = await deps.headers.fetch(
      job.mailboxId,
      folder,
      uidValidity,
      list.map((r) => r.uid),
    );
    for (const r of list) {
      const f = fields.get(r.uid);
      const sender = f ? await senderOf(f, own, deps) : null;
      if (sender) found.push({ id: r.id, sender });
    }
  }
  const next = rows.length === limit;
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    for (const f of found) setSenderPseudonym(tx, f.id, f.sender);
    if (next)
      enqueueJob(
        tx,
        senderBackfillJob,
        {
          payload: { ...job, afterId: rows.at(-1)!.id },
          idempotencyKey: `${senderBackfillJob.kind}:${job.mailboxId}:${rows.at(-1)!.id}`,
          maxAttempts: deps.maxAttempts,
        },
        now,
      );
    // The rollups notice new mail, not a sender added to old mail: the last batch has the
    // mailbox's figures rebuilt, so the agents found count at once.
    else enqueueRecompute(tx, job.mailboxId, null, now);
  });
  return { checked: rows.length, found: found.length, next };
}

export function senderBackfillHandler(deps: SenderBackfillDeps): JobHandler<'ingest.sender_backfill'> {
  return jobHandler(senderBackfillJob, {
    concurrency: 1,
    async handle(payload) {
      const r = await backfillSenderBatch(deps, payload);
      deps.logger.info({ mailboxId: payload.mailboxId, ...r }, 'senders of older replies read');
    },
  });
}
