import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '../shared/clock.js';
import { errorCode, isAppError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import { backoffDelay } from './jobs.models.js';
import { claimJob, completeJob, failJob, type Job, releaseJob, renewLease } from './jobs.repository.js';

export interface JobContext {
  jobId: number;
  attempt: number;
  /** Aborted when shutdown's grace period runs out; long handlers should stop and throw. */
  signal: AbortSignal;
}

export interface JobHandler {
  kind: string;
  /** At most this many jobs of this kind run at once in this process. */
  concurrency: number;
  handle(payload: unknown, ctx: JobContext): Promise<void>;
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

  constructor(private readonly opts: JobRunnerOptions) {}

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
    const timedOut = await Promise.race([
      Promise.all(running).then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), this.opts.graceMs).unref()),
    ]);
    if (timedOut) {
      const now = this.opts.clock.now();
      for (const [id, controller] of this.held) {
        controller.abort();
        releaseJob(this.opts.db, id, this.owner, now);
      }
      this.opts.logger.warn({ released: this.held.size }, 'shutdown grace ended; released job leases');
    }
  }

  private async loop(handler: JobHandler): Promise<void> {
    const active = this.active.get(handler.kind)!;
    const pollMs = this.opts.pollMs ?? 500;
    while (!this.stopping) {
      while (active.size < handler.concurrency && !this.stopping) {
        const job = claimJob(
          this.opts.db,
          handler.kind,
          this.owner,
          this.opts.leaseMs,
          this.opts.clock.now(),
        );
        if (!job) break;
        const run = this.run(handler, job).finally(() => {
          active.delete(run);
          this.wake();
        });
        active.add(run);
      }
      if (this.stopping) break;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, pollMs);
        this.waiters.add(done);
      });
    }
  }

  private async run(handler: JobHandler, job: Job): Promise<void> {
    const { db, clock, logger } = this.opts;
    const log = logger.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    if (job.attempts > job.maxAttempts) {
      // The job was taken over from expired leases more often than allowed: its holders died,
      // probably because of this job. Stop here instead of crashing process after process.
      failJob(db, job, this.owner, {
        code: 'jobs.lease_expired',
        permanent: true,
        retryAt: 0,
        now: clock.now(),
      });
      log.error({ code: 'jobs.lease_expired' }, 'job dead: its workers kept dying');
      return;
    }
    const controller = new AbortController();
    this.held.set(job.id, controller);
    const renew = setInterval(
      () => renewLease(db, job.id, this.owner, this.opts.leaseMs, clock.now()),
      Math.max(1_000, Math.floor(this.opts.leaseMs / 3)),
    );
    renew.unref();
    try {
      await handler.handle(JSON.parse(job.payload), {
        jobId: job.id,
        attempt: job.attempts,
        signal: controller.signal,
      });
      if (!completeJob(db, job.id, this.owner, clock.now()))
        log.warn('job finished after its lease was lost');
    } catch (e) {
      if (controller.signal.aborted) return;
      const now = clock.now();
      const code = errorCode(e);
      const delay = (this.opts.backoff ?? backoffDelay)(job.attempts);
      const outcome = failJob(db, job, this.owner, {
        code,
        permanent: isAppError(e) && e.permanent,
        retryAt: now + delay,
        now,
      });
      if (outcome === 'dead') log.error({ code }, 'job dead');
      else log.warn({ code, retryInMs: delay }, 'job failed; will retry');
    } finally {
      clearInterval(renew);
      this.held.delete(job.id);
    }
  }
}
