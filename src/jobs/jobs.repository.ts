import { and, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../store/store.js';
import { jobErrors } from './jobs.errors.js';
import { isReferencePayload, type JobType, type ReferencePayload } from './jobs.models.js';
import { jobs } from './jobs.table.js';

export type Job = typeof jobs.$inferSelect;

export interface NewJob<P extends ReferencePayload> {
  payload: P;
  idempotencyKey: string;
  maxAttempts: number;
  runAfter?: number;
  /** When what the job is about happened (a mail's arrival): orders kinds with `freshFirstMs`. */
  itemAt?: number;
}

/**
 * Enqueues inside the caller's transaction. A second job with the same idempotency key is
 * ignored, so "create the draft job for message X" happens once however often ingest runs.
 * Returns true when a job was created.
 */
export function enqueueJob<P extends ReferencePayload>(
  tx: Tx,
  type: JobType<string, P>,
  job: NewJob<NoInfer<P>>,
  now: number,
): boolean {
  if (!isReferencePayload(job.payload)) {
    throw jobErrors.payloadNotReference(type.kind);
  }
  const result = tx
    .insert(jobs)
    .values({
      kind: type.kind,
      payload: JSON.stringify(job.payload),
      maxAttempts: job.maxAttempts,
      runAfter: job.runAfter ?? now,
      idempotencyKey: job.idempotencyKey,
      itemAt: job.itemAt ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .run();
  return result.changes === 1;
}

/**
 * Takes the next due job of a kind, or one whose holder's lease expired (that process died).
 * One UPDATE … RETURNING, so two workers can never take the same job. The lookups stay separate
 * so each uses the (kind, state, run_after) index: an OR across states would scan the kind's
 * whole history on every claim.
 *
 * Order among due jobs: with `freshFirstMs`, those whose `itemAt` is younger than that, newest
 * first (a mail that just arrived is drafted while its agent is still on it, ahead of a backlog
 * of hours); then the rest in queue order (run_after, id), so the backlog still drains whenever
 * no fresh work waits, and a fresh job that aged past the bound falls back into line rather than
 * waiting behind ever newer ones. Kinds are claimed separately (one worker loop per kind in
 * jobs.runner.ts), so one kind's backlog never delays another kind.
 */
export function claimJob(
  db: Db,
  kind: string,
  owner: string,
  leaseMs: number,
  now: number,
  freshFirstMs?: number,
): Job | undefined {
  const fresh =
    freshFirstMs === undefined
      ? sql`NULL`
      : sql`(SELECT id FROM jobs WHERE kind = ${kind} AND state = 'queued' AND run_after <= ${now}
            AND item_at >= ${now - freshFirstMs} ORDER BY item_at DESC, id DESC LIMIT 1)`;
  return db
    .update(jobs)
    .set({
      state: 'running',
      leaseOwner: owner,
      leaseUntil: now + leaseMs,
      attempts: sql`${jobs.attempts} + 1`,
      updatedAt: now,
    })
    .where(
      eq(
        jobs.id,
        sql`COALESCE(
          (SELECT id FROM jobs WHERE kind = ${kind} AND state = 'running' AND lease_until < ${now} LIMIT 1),
          ${fresh},
          (SELECT id FROM jobs WHERE kind = ${kind} AND state = 'queued' AND run_after <= ${now} ORDER BY run_after, id LIMIT 1)
        )`,
      ),
    )
    .returning()
    .get();
}

const held = (id: number, owner: string) =>
  and(eq(jobs.id, id), eq(jobs.leaseOwner, owner), eq(jobs.state, 'running'));

export function renewLease(db: Db, id: number, owner: string, leaseMs: number, now: number): boolean {
  return (
    db
      .update(jobs)
      .set({ leaseUntil: now + leaseMs, updatedAt: now })
      .where(held(id, owner))
      .run().changes === 1
  );
}

/** Marks a held job done. False if the lease was lost meanwhile (another process took it over). */
export function completeJob(db: Pick<Db, 'update'>, id: number, owner: string, now: number): boolean {
  return (
    db
      .update(jobs)
      .set({
        state: 'done',
        leaseOwner: null,
        leaseUntil: null,
        finishedAt: now,
        updatedAt: now,
        lastErrorCode: null,
      })
      .where(held(id, owner))
      .run().changes === 1
  );
}

/** Schedules a retry, or marks the job dead when attempts are used up or the error is permanent. */
export function failJob(
  db: Db,
  job: Job,
  owner: string,
  opts: { code: string; permanent: boolean; retryAt: number; now: number },
): 'retry' | 'dead' {
  const dead = opts.permanent || job.attempts >= job.maxAttempts;
  db.update(jobs)
    .set({
      state: dead ? 'dead' : 'queued',
      runAfter: dead ? job.runAfter : opts.retryAt,
      lastErrorCode: opts.code,
      leaseOwner: null,
      leaseUntil: null,
      finishedAt: dead ? opts.now : null,
      updatedAt: opts.now,
    })
    .where(held(job.id, owner))
    .run();
  return dead ? 'dead' : 'retry';
}

/** A finished job queued again as new: attempts from zero, due now. */
const runAgain = (now: number) =>
  ({ state: 'queued', attempts: 0, runAfter: now, finishedAt: null, updatedAt: now }) as const;

/**
 * Runs a finished job once more, as new (attempts from zero): for work that finished without
 * doing its part and can now, e.g. a draft that waited for a language model. The job keeps its
 * idempotency key, so there is still one job per message. True when a job was queued.
 */
export function requeueJob(tx: Pick<Db, 'update'>, idempotencyKey: string, now: number): boolean {
  return (
    tx
      .update(jobs)
      .set({ ...runAgain(now), lastErrorCode: null })
      .where(and(eq(jobs.idempotencyKey, idempotencyKey), inArray(jobs.state, ['done', 'dead'])))
      .run().changes === 1
  );
}

/** Gives a job back at shutdown without counting the attempt. */
export function releaseJob(db: Db, id: number, owner: string, now: number): void {
  db.update(jobs)
    .set({
      state: 'queued',
      leaseOwner: null,
      leaseUntil: null,
      attempts: sql`${jobs.attempts} - 1`,
      runAfter: now,
      updatedAt: now,
    })
    .where(held(id, owner))
    .run();
}

/**
 * Puts a held job back to wait for its store or mailbox, without counting the attempt: the
 * fault was not the job's. `lastErrorCode` says what it waits for.
 */
export function deferJob(
  db: Db,
  id: number,
  owner: string,
  opts: { code: string; runAfter: number; now: number },
): void {
  db.update(jobs)
    .set({
      state: 'queued',
      leaseOwner: null,
      leaseUntil: null,
      attempts: sql`max(0, ${jobs.attempts} - 1)`,
      runAfter: opts.runAfter,
      lastErrorCode: opts.code,
      updatedAt: opts.now,
    })
    .where(held(id, owner))
    .run();
}

const ofMailbox = (mailboxId: number) => sql`json_extract(${jobs.payload}, '$.mailboxId') = ${mailboxId}`;

/** Whether a job of `kind` about the mailbox waits to run (queued, not yet running). */
export function hasQueuedMailboxJob(db: Pick<Db, 'select'>, kind: string, mailboxId: number): boolean {
  return (
    db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.kind, kind), eq(jobs.state, 'queued'), ofMailbox(mailboxId)))
      .limit(1)
      .get() !== undefined
  );
}

/**
 * The mailbox cannot be reached: its other queued jobs wait too, instead of each one trying
 * the server (and, after a password change, each one risking an account lockout).
 */
export function deferMailboxJobs(
  db: Db,
  mailboxId: number,
  opts: { code: string; runAfter: number; now: number },
): number {
  return db
    .update(jobs)
    .set({
      runAfter: sql`max(${jobs.runAfter}, ${opts.runAfter})`,
      lastErrorCode: opts.code,
      updatedAt: opts.now,
    })
    .where(and(eq(jobs.state, 'queued'), ofMailbox(mailboxId)))
    .run().changes;
}

/**
 * Jobs waiting for a store or mailbox that is healthy again run now instead of at their
 * fallback time. Waiting jobs are the queued ones whose last error is one of `codes`.
 */
export function resumeWaitingJobs(db: Db, codes: readonly string[], now: number, mailboxId?: number): number {
  if (codes.length === 0) return 0;
  return db
    .update(jobs)
    .set({ runAfter: now, updatedAt: now })
    .where(
      and(
        eq(jobs.state, 'queued'),
        gt(jobs.runAfter, now),
        inArray(jobs.lastErrorCode, [...codes]),
        mailboxId === undefined ? undefined : ofMailbox(mailboxId),
      ),
    )
    .run().changes;
}

export function findJob(db: Pick<Db, 'select'>, id: number): Job | undefined {
  return db.select().from(jobs).where(eq(jobs.id, id)).get();
}

/** Every dead job, or those of one kind. */
export function listDeadJobIds(db: Pick<Db, 'select'>, kind?: string): number[] {
  return db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.state, 'dead'), kind === undefined ? undefined : eq(jobs.kind, kind)))
    .all()
    .map((r) => r.id);
}

/** A dead job runs again with a fresh set of attempts. False when it is not dead (any more). */
export function requeueDeadJob(db: Pick<Db, 'update'>, id: number, now: number): boolean {
  return (
    db
      .update(jobs)
      .set(runAgain(now))
      .where(and(eq(jobs.id, id), eq(jobs.state, 'dead')))
      .run().changes === 1
  );
}

export function countJobsByState(db: Db): { kind: string; state: string; count: number }[] {
  return db
    .select({ kind: jobs.kind, state: jobs.state, count: sql<number>`count(*)` })
    .from(jobs)
    .groupBy(jobs.kind, jobs.state)
    .all();
}

/**
 * Per kind, since when its oldest due job has been waiting to run (its run_after): how far
 * behind the queue is. Jobs deferred to a later time (a retry's backoff, a mailbox that is
 * down) are not waiting for a worker yet and do not count.
 */
export function oldestWaitingByKind(db: Pick<Db, 'select'>, now: number): { kind: string; since: number }[] {
  return db
    .select({ kind: jobs.kind, since: sql<number>`min(${jobs.runAfter})` })
    .from(jobs)
    .where(and(eq(jobs.state, 'queued'), lte(jobs.runAfter, now)))
    .groupBy(jobs.kind)
    .all();
}

/** Jobs of a kind not finished yet (queued or running): how far a backfill is. */
export function countOpenJobs(db: Db, kind: string): number {
  return (
    db
      .select({ count: sql<number>`count(*)` })
      .from(jobs)
      .where(and(eq(jobs.kind, kind), inArray(jobs.state, ['queued', 'running'])))
      .get()?.count ?? 0
  );
}
