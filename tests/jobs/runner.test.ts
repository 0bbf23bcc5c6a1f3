import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backoffDelay, defineJob, isReferencePayload } from '../../src/jobs/jobs.models.js';
import { enqueueJob } from '../../src/jobs/jobs.repository.js';
import { type JobHandler, JobRunner, jobHandler } from '../../src/jobs/jobs.runner.js';
import { jobs } from '../../src/jobs/jobs.table.js';
import { systemClock } from '../../src/shared/clock.js';
import { AppError } from '../../src/shared/errors.js';
import { createLogger } from '../../src/shared/logger.js';
import { openTestAppliance } from '../support/appliance.js';
import { testJob } from '../support/test-jobs.js';
import { tempDir } from '../support/tmp.js';

function setup(handlers: JobHandler[], graceMs = 5_000) {
  const { store } = openTestAppliance(tempDir());
  const runner = new JobRunner({
    db: store.db,
    logger: createLogger('silent'),
    clock: systemClock,
    handlers,
    leaseMs: 10_000,
    graceMs,
    pollMs: 20,
    backoff: () => 0,
  });
  const enqueue = (kind: string, key: string, maxAttempts = 3) =>
    store.db.transaction((tx) =>
      enqueueJob(tx, testJob(kind), { payload: { key }, idempotencyKey: key, maxAttempts }, Date.now()),
    );
  const rows = () => store.db.select().from(jobs).all();
  return { store, runner, enqueue, rows };
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('job runner', () => {
  it('a job that keeps failing ends dead with its last error code after the maximum attempts', async () => {
    let calls = 0;
    const { runner, enqueue, rows, store } = setup([
      {
        kind: 'test.fail',
        concurrency: 1,
        async handle() {
          calls++;
          throw new AppError('test.broken', 'always fails');
        },
      },
    ]);
    enqueue('test.fail', 'f1', 3);
    runner.start();
    await until(() => rows()[0]?.state === 'dead');
    await runner.stop();
    expect(calls).toBe(3);
    expect(rows()[0]).toMatchObject({ state: 'dead', attempts: 3, lastErrorCode: 'test.broken' });
    store.close();
  });

  it('a permanent error is not retried', async () => {
    const { runner, enqueue, rows, store } = setup([
      {
        kind: 'test.perm',
        concurrency: 1,
        async handle() {
          throw new AppError('mail.message_gone', 'gone', { permanent: true });
        },
      },
    ]);
    enqueue('test.perm', 'p1', 5);
    runner.start();
    await until(() => rows()[0]?.state === 'dead');
    await runner.stop();
    expect(rows()[0]).toMatchObject({ attempts: 1, lastErrorCode: 'mail.message_gone' });
    store.close();
  });

  it('runs at most `concurrency` jobs of a kind at once and finishes them all', async () => {
    let running = 0;
    let peak = 0;
    const { runner, enqueue, rows, store } = setup([
      {
        kind: 'test.par',
        concurrency: 2,
        async handle() {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, 30));
          running--;
        },
      },
    ]);
    for (let i = 0; i < 8; i++) enqueue('test.par', `par${i}`);
    runner.start();
    await until(() => rows().every((r) => r.state === 'done'));
    await runner.stop();
    expect(peak).toBe(2);
    store.close();
  });

  it('on shutdown, a job that outlives the grace period is aborted and its lease given back uncounted', async () => {
    let sawAbort = false;
    const { runner, enqueue, rows, store } = setup(
      [
        {
          kind: 'test.long',
          concurrency: 1,
          handle: (_p, ctx) =>
            new Promise((_resolve, reject) => {
              ctx.signal.addEventListener('abort', () => {
                sawAbort = true;
                reject(new Error('aborted'));
              });
            }),
        },
      ],
      100,
    );
    enqueue('test.long', 'l1');
    runner.start();
    await until(() => rows()[0]?.state === 'running');
    await runner.stop();
    expect(sawAbort).toBe(true);
    expect(rows()[0]).toMatchObject({ state: 'queued', attempts: 0, leaseOwner: null });
    store.close();
  });

  it('a job whose stored payload does not fit its kind goes dead with jobs.payload_invalid; its handler never sees it', async () => {
    const typed = defineJob({
      kind: 'test.typed',
      label: 'typed',
      payload: z.object({ mailboxId: z.int() }),
    });
    const seen: unknown[] = [];
    const { runner, rows, store } = setup([
      jobHandler(typed, {
        concurrency: 1,
        async handle(payload) {
          seen.push(payload.mailboxId);
        },
      }),
    ]);
    store.db.transaction((tx) => {
      enqueueJob(
        tx,
        typed,
        { payload: { mailboxId: 7 }, idempotencyKey: 'good', maxAttempts: 3 },
        Date.now(),
      );
      // As an older version (or a hand edit) might have stored it.
      enqueueJob(
        tx,
        testJob('test.typed'),
        { payload: { mailboxId: 'seven' }, idempotencyKey: 'bad', maxAttempts: 3 },
        Date.now(),
      );
    });
    runner.start();
    await until(() => rows().every((r) => r.state === 'done' || r.state === 'dead'));
    await runner.stop();
    expect(seen).toEqual([7]);
    expect(rows().find((r) => r.idempotencyKey === 'bad')).toMatchObject({
      state: 'dead',
      attempts: 1,
      lastErrorCode: 'jobs.payload_invalid',
    });
    store.close();
  });

  it('the compiler holds producers and handlers to the payload of their kind', () => {
    const typed = defineJob({
      kind: 'test.typed',
      label: 'typed',
      payload: z.object({ mailboxId: z.int() }),
    });
    const { store } = setup([]);
    // Never run: these lines are checked by the type checker (npm test runs it first).
    const wrongUses = () => {
      // @ts-expect-error a test.typed job needs a numeric mailboxId
      enqueueJob(store.db, typed, { payload: { mailboxId: 'x' }, idempotencyKey: 'k', maxAttempts: 1 }, 0);
      jobHandler(typed, {
        concurrency: 1,
        // @ts-expect-error its payload has no messageRowId
        handle: async (payload: { messageRowId: number }) => void payload,
      });
    };
    expect(typeof wrongUses).toBe('function');
    expect(store.db.select().from(jobs).all()).toEqual([]);
    store.close();
  });

  it('refuses a payload that is not made of references', () => {
    const { store } = setup([]);
    expect(() =>
      store.db.transaction((tx) =>
        enqueueJob(
          tx,
          testJob('x'),
          { payload: { body: 'Dear Jane,\nthank you' }, idempotencyKey: 'k', maxAttempts: 1 },
          0,
        ),
      ),
    ).toThrow(/references and ids only/);
    expect(store.db.select().from(jobs).where(eq(jobs.idempotencyKey, 'k')).all()).toEqual([]);
    store.close();
  });
});

describe('job models', () => {
  it('backs off exponentially with jitter, within [ceiling/2, ceiling], capped', () => {
    expect(backoffDelay(1, { baseMs: 1000, random: () => 0 })).toBe(500);
    expect(backoffDelay(1, { baseMs: 1000, random: () => 1 })).toBe(1000);
    expect(backoffDelay(4, { baseMs: 1000, random: () => 1 })).toBe(8000);
    expect(backoffDelay(30, { baseMs: 1000, capMs: 60_000, random: () => 1 })).toBe(60_000);
  });

  it('accepts ids and references only', () => {
    expect(isReferencePayload({ mailboxId: 3, folder: 'INBOX', uidValidity: 1, uid: 42 })).toBe(true);
    expect(isReferencePayload({ nested: { a: 1 } })).toBe(false);
    expect(isReferencePayload({ text: 'x'.repeat(201) })).toBe(false);
    expect(isReferencePayload({ text: 'two\nlines' })).toBe(false);
    expect(isReferencePayload([1, 2])).toBe(false);
  });
});

describe('job runner: waiting for the mailbox or the store', () => {
  it('a job whose mailbox is down waits without using attempts, never goes dead, and runs once the mailbox is back', async () => {
    let down = true;
    let calls = 0;
    const { store } = openTestAppliance(tempDir());
    const runner = new JobRunner({
      db: store.db,
      logger: createLogger('silent'),
      clock: systemClock,
      handlers: [
        {
          kind: 'test.mail',
          concurrency: 1,
          async handle() {
            calls++;
            if (down) throw new AppError('mail.tcp_refused', 'server down');
          },
        },
      ],
      leaseMs: 10_000,
      graceMs: 1_000,
      pollMs: 20,
      backoff: () => 0,
      waitMs: 60_000,
    });
    store.db.transaction((tx) => {
      for (const key of ['a', 'b', 'c'])
        enqueueJob(
          tx,
          testJob('test.mail'),
          { payload: { mailboxId: 7, key }, idempotencyKey: key, maxAttempts: 1 },
          Date.now(),
        );
    });
    const rows = () => store.db.select().from(jobs).all();
    runner.start();
    await until(() => rows().every((r) => r.lastErrorCode === 'mail.tcp_refused'));
    await new Promise((r) => setTimeout(r, 200));
    // One job met the refusal; the mailbox's other jobs wait with it instead of each trying.
    expect(calls).toBe(1);
    expect(rows().map((r) => [r.state, r.attempts])).toEqual([
      ['queued', 0],
      ['queued', 0],
      ['queued', 0],
    ]);
    down = false;
    runner.mailboxRecovered(7);
    await until(() => rows().every((r) => r.state === 'done'));
    await runner.stop();
    expect(calls).toBe(4);
    store.close();
  });
});
