import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { connectionFailureCodes } from '../imap/imap.errors.js';
import type { Clock } from '../shared/clock.js';
import { errorCode } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { settlesWithin } from '../shared/timers.js';
import type { Db } from '../store/store.js';
import type { StoreHealth } from '../store/store-health.js';
import type { StoreFaultCode } from '../store/store-health.models.js';
import {
  backoffDelay,
  classifyJobFailure,
  type JobFailure,
  type JobType,
  jobMailboxId,
  type ReferencePayload,
  readJobPayload,
} from './jobs.models.js';
import {
  claimJob,
  completeJob,
  deferJob,
  deferMailboxJobs,
  failJob,
  type Job,
  releaseJob,
  renewLease,
  resumeWaitingJobs,
} from './jobs.repository.js';

const storeWaitCodes: StoreFaultCode[] = ['store.disk_full', 'store.busy'];

export interface JobContext {
  jobId: number;
  attempt: number;
  /** Aborted when shutdown's grace period runs out; long handlers should stop and throw. */
  signal: AbortSignal;
}

export interface JobHandler<K extends string = string> {
  kind: K;
  /** At most this many jobs of this kind run at once in this process. */
  concurrency: number;
  /** The kind's `freshFirstMs` (claim order, see `claimJob`). */
  freshFirstMs?: number;
  /** Runs one job from its payload as stored (JSON text); see `jobHandler`. */
  handle(stored: string, ctx: JobContext): Promise<void>;
}

/**
 * The handler of one kind of job. `handle` receives that kind's payload, checked against its
 * schema as it leaves the database (a payload that does not match makes the job dead).
 */
export function jobHandler<K extends string, P extends ReferencePayload>(
  type: JobType<K, P>,
  impl: { concurrency: number; handle(payload: P, ctx: JobContext): Promise<void> },
): JobHandler<K> {
  return {
    kind: type.kind,
    concurrency: impl.concurrency,
    ...(type.freshFirstMs === undefined ? {} : { freshFirstMs: type.freshFirstMs }),
    handle: (stored, ctx) => impl.handle(readJobPayload(type, stored), ctx),
  };
}

export interface JobRunnerOptions {
  db: Db;
  logger: Logger;
  clock: Clock;
  handlers: JobHandler[];
  leaseMs: number;
  graceMs: number;
  pollMs?: number;
  backoff?: (attempt: number) => number;
  /** Told about writes that fail for a full disk or a locked database, and that succeed again. */
  health?: StoreHealth;
  /**
   * How long a job waiting for its mailbox or the store waits at most before it tries again
   * (sooner when the mailbox or store is reported healthy). Default one minute.
   */
  waitMs?: number;
}

/**
 * Runs durable jobs from the SQLite queue: bounded concurrency per kind, leases renewed while
 * a job runs, retries with backoff, dead after max attempts, graceful stop.
 */
export class JobRunner {
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly active = new Map<string, Set<Promise<void>>>();
  private readonly held = new Map<number, AbortController>();
  private stopping = false;
  private started = false;
  private readonly waiters = new Set<() => void>();
  private loops: Promise<void>[] = [];
  /** Outcomes that could not be written (the store failed too): written before the next claim. */
  private readonly unrecorded = new Map<number, () => void>();
  /** While the store cannot write, claiming pauses (in memory, growing to 10 s) instead of spinning. */
  private pause = { until: 0, attempt: 0 };

  constructor(private readonly opts: JobRunnerOptions) {
    opts.health?.onRecovered(() => this.resume(storeWaitCodes));
  }

  get isRunning(): boolean {
    return this.started && !this.stopping;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    for (const h of this.opts.handlers) {
      this.active.set(h.kind, new Set());
      this.loops.push(this.loop(h));
    }
  }

  /** Call after enqueueing so a waiting worker looks at the queue now instead of at the next poll. */
  wake(): void {
    for (const w of this.waiters) w();
  }

  /** The mailbox answers again: its jobs that were waiting for it run now. */
  mailboxRecovered(mailboxId: number): void {
    this.resume(connectionFailureCodes, mailboxId);
  }

  private resume(codes: readonly string[], mailboxId?: number): void {
    try {
      const n = resumeWaitingJobs(this.opts.db, codes, this.opts.clock.now(), mailboxId);
      if (n > 0) this.opts.logger.info({ mailboxId, resumed: n }, 'waiting jobs resumed');
      this.wake();
    } catch (e) {
      // They still run at their fallback time.
      this.opts.logger.warn({ code: errorCode(e) }, 'could not resume waiting jobs');
    }
  }

  /**
   * Stops taking jobs, waits up to the grace period for running ones, then aborts the rest
   * and gives their leases back so another process (or the next start) runs them at once.
   */
  async stop(): Promise<void> {
    if (!this.started || this.stopping) return;
    this.stopping = true;
    this.wake();
    await Promise.all(this.loops);
    const running = [...this.active.values()].flatMap((s) => [...s]);
    if (!(await settlesWithin(Promise.all(running), this.opts.graceMs))) {
      const now = this.opts.clock.now();
      for (const [id, controller] of this.held) {
        controller.abort();
        try {
          releaseJob(this.opts.db, id, this.owner, now);
        } catch (e) {
          // A store that cannot write (read-only after corruption, full): the lease expires instead.
          this.opts.logger.warn({ jobId: id, code: errorCode(e) }, 'could not release a job lease');
        }
      }
      this.opts.logger.warn({ released: this.held.size }, 'shutdown grace ended; released job leases');
    }
  }

  private async loop(handler: JobHandler): Promise<void> {
    const active = this.active.get(handler.kind)!;
    const pollMs = this.opts.pollMs ?? 500;
    while (!this.stopping) {
      const paused = this.pause.until - performance.now();
      if (paused <= 0) this.fill(handler, active);
      if (this.stopping) break;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, paused > 0 ? paused : pollMs);
        this.waiters.add(done);
      });
    }
  }

  /** Claims jobs up to the kind's concurrency. Never throws: a failing store pauses claiming. */
  private fill(handler: JobHandler, active: Set<Promise<void>>): void {
    try {
      this.writeUnrecorded();
      while (active.size < handler.concurrency && !this.stopping) {
        const job = claimJob(
          this.opts.db,
          handler.kind,
          this.owner,
          this.opts.leaseMs,
          this.opts.clock.now(),
          handler.freshFirstMs,
        );
        if (!job) break;
        this.wrote();
        const run = this.run(handler, job).finally(() => {
          active.delete(run);
          this.wake();
        });
        active.add(run);
      }
    } catch (e) {
      this.writeFailed(e);
    }
  }

  private writeUnrecorded(): void {
    for (const [id, write] of this.unrecorded) {
      write();
      this.unrecorded.delete(id);
      this.wrote();
    }
  }

  private wrote(): void {
    this.pause.attempt = 0;
    this.opts.health?.ok();
  }

  private writeFailed(e: unknown): void {
    const code = this.opts.health?.failed(e) ?? errorCode(e);
    this.pause.attempt++;
    const delay = backoffDelay(this.pause.attempt, { baseMs: 500, capMs: 10_000 });
    this.pause.until = performance.now() + delay;
    this.opts.logger.warn(
      { code, retryInMs: delay, unrecorded: this.unrecorded.size },
      'the job queue cannot write; pausing',
    );
  }

  private async run(handler: JobHandler, job: Job): Promise<void> {
    const { db, clock, logger } = this.opts;
    const log = logger.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    if (job.attempts > job.maxAttempts) {
      // The job was taken over from expired leases more often than allowed: its holders died,
      // probably because of this job. Stop here instead of crashing process after process.
      this.record(job.id, () =>
        failJob(db, job, this.owner, {
          code: 'jobs.lease_expired',
          permanent: true,
          retryAt: 0,
          now: clock.now(),
        }),
      );
      log.error({ code: 'jobs.lease_expired' }, 'job dead: its workers kept dying');
      return;
    }
    const controller = new AbortController();
    this.held.set(job.id, controller);
    const renew = setInterval(
      () => {
        try {
          renewLease(db, job.id, this.owner, this.opts.leaseMs, clock.now());
        } catch {
          // The lease runs a little longer; the store's failure shows where the job ends.
        }
      },
      Math.max(1_000, Math.floor(this.opts.leaseMs / 3)),
    );
    renew.unref();
    try {
      await handler.handle(job.payload, {
        jobId: job.id,
        attempt: job.attempts,
        signal: controller.signal,
      });
      this.record(job.id, () => {
        if (!completeJob(db, job.id, this.owner, clock.now()))
          log.warn('job finished after its lease was lost');
      });
    } catch (e) {
      if (controller.signal.aborted) return;
      const failure = classifyJobFailure(e);
      if (failure.kind === 'wait' && failure.on === 'store') this.writeFailed(e);
      this.record(job.id, () => this.recordFailure(job, failure, log));
    } finally {
      clearInterval(renew);
      this.held.delete(job.id);
    }
  }

  /** Writes a job's outcome; when the store cannot, keeps it to write before the next claim. */
  private record(jobId: number, write: () => void): void {
    try {
      write();
      if (!this.unrecorded.size) this.wrote();
    } catch (e) {
      this.unrecorded.set(jobId, write);
      this.writeFailed(e);
    }
  }

  private recordFailure(job: Job, failure: JobFailure, log: Logger): void {
    const { db, clock } = this.opts;
    const now = clock.now();
    const { code } = failure;
    if (failure.kind === 'wait') {
      const waitMs = this.opts.waitMs ?? 60_000;
      const runAfter = now + Math.round(waitMs / 2 + (Math.random() * waitMs) / 2);
      deferJob(db, job.id, this.owner, { code, runAfter, now });
      const mailboxId = failure.on === 'mailbox' ? jobMailboxId(JSON.parse(job.payload)) : null;
      if (mailboxId !== null) deferMailboxJobs(db, mailboxId, { code, runAfter, now });
      log.warn({ code, mailboxId, retryInMs: runAfter - now }, `job waits for its ${failure.on}`);
      return;
    }
    const delay = (this.opts.backoff ?? backoffDelay)(job.attempts);
    const outcome = failJob(db, job, this.owner, {
      code,
      permanent: failure.kind === 'dead',
      retryAt: now + delay,
      now,
    });
    if (outcome === 'dead') log.error({ code }, 'job dead');
    else log.warn({ code, retryInMs: delay }, 'job failed; will retry');
  }
}
