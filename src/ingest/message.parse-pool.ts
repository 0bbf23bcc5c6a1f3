import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseLimits, ParseOutcome } from './message.parse.js';

interface Task {
  raw: Buffer;
  limits: ParseLimits;
  resolve: (outcome: ParseOutcome) => void;
}

/** One parse thread (started on demand) and the message it is working on. */
interface Slot {
  worker?: Worker;
  /** Set once the thread has loaded mailparser and said so: the time limit covers parsing only. */
  ready?: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
  /**
   * When the running task's time is up. A result that arrives at or after it is a timeout even if
   * the timer has not fired yet: which of the two the event loop sees first is not the deadline.
   */
  deadline?: number;
  /** Ends an idle thread: its heap would otherwise stay resident between bursts of mail. */
  idle?: NodeJS.Timeout;
}

const MB = 1024 * 1024;
/** Kept after a backfill, the idle thread held ~35 MB of RSS (bench backfill-memory); a new one starts in ~0.1 s. */
const IDLE_END_MS = 10_000;

/**
 * Runs mailparser in worker threads, one message per thread at a time. On the main thread a
 * parse could not be interrupted: mailparser works synchronously between its stream events, so a
 * hostile message held the event loop and the timeout only fired afterwards. Here a parse over
 * its time is ended by terminating its thread (the next message gets a fresh one), and
 * mailparser's intermediate strings and buffers live in the thread's own, capped heap instead of
 * growing the main heap during a backfill. Raw mail is handed over in memory, never via disk.
 */
export class ParsePool {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];

  constructor(size = 1) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({}));
  }

  /** Parses `raw`, taking ownership of it (its memory may move to the thread). */
  parse(raw: Buffer, limits: ParseLimits): Promise<ParseOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ raw, limits, resolve });
      this.dispatch();
    });
  }

  /** Ends every thread; messages still queued or in progress are reported as timed out. */
  async close(): Promise<void> {
    for (const t of this.queue.splice(0)) t.resolve({ ok: false, reason: 'parse_timeout' });
    await Promise.all(this.slots.map((s) => this.end(s, { ok: false, reason: 'parse_timeout' })));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      if (!slot.worker) this.spawn(slot, this.queue[0]!.limits);
      else if (slot.ready) this.run(slot, slot.worker, this.queue.shift()!);
    }
  }

  private run(slot: Slot, worker: Worker, task: Task): void {
    clearTimeout(slot.idle);
    slot.task = task;
    // The clock starts when the thread gets the message, not while it waits in the queue.
    slot.deadline = performance.now() + task.limits.timeoutMs;
    slot.timer = setTimeout(() => {
      void this.end(slot, { ok: false, reason: 'parse_timeout' });
      this.dispatch();
    }, task.limits.timeoutMs);
    const bytes = movable(task.raw);
    task.raw = Buffer.alloc(0);
    worker.ref();
    worker.postMessage({ raw: bytes, limits: task.limits }, [bytes.buffer as ArrayBuffer]);
  }

  private spawn(slot: Slot, limits: ParseLimits): void {
    const worker = startParseThread(limits);
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (m: ParseOutcome | 'ready') => {
      if (slot.worker !== worker) return;
      if (m === 'ready') slot.ready = true;
      else {
        const late = performance.now() >= (slot.deadline ?? Number.POSITIVE_INFINITY);
        this.settle(slot, late ? { ok: false, reason: 'parse_timeout' } : m);
      }
      worker.unref();
      this.dispatch();
      clearTimeout(slot.idle);
      if (!slot.task) slot.idle = setTimeout(() => void this.end(slot), IDLE_END_MS).unref();
    });
    // A thread that crashed or ran out of its heap: that message is unparsable; start afresh.
    const lost = () => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      this.settle(slot, { ok: false, reason: 'parse_failed' });
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
  }

  private settle(slot: Slot, outcome: ParseOutcome): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    task?.resolve(outcome);
  }

  private async end(slot: Slot, outcome?: ParseOutcome): Promise<void> {
    const worker = slot.worker;
    slot.worker = undefined;
    clearTimeout(slot.idle);
    if (outcome) this.settle(slot, outcome);
    await worker?.terminate();
  }
}

/**
 * Bytes that can be transferred: the Buffer's own memory when it spans a whole ArrayBuffer;
 * otherwise a copy, since small Buffers share Node's allocation pool with unrelated data.
 */
function movable(raw: Buffer): Uint8Array {
  if (raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength && raw.buffer instanceof ArrayBuffer) {
    return new Uint8Array(raw.buffer, 0, raw.byteLength);
  }
  return new Uint8Array(raw);
}

/**
 * Built, the thread runs the compiled module next to this one. From source (tsx, the tests), it
 * registers the TypeScript loader first: Node 20 does not pass the parent's loader to threads.
 */
function startParseThread(limits: ParseLimits): Worker {
  // Parsing costs up to ~18 times the message in memory; a thread past its heap dies alone.
  const resourceLimits = { maxOldGenerationSizeMb: Math.max(128, Math.ceil((20 * limits.maxBytes) / MB)) };
  // None of the parent's flags: `node -e …` or `--input-type` passed on would stop the thread loading.
  const options = { resourceLimits, execArgv: [] };
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./message.parse.worker.js', here), options);
  const loader = createRequire(here).resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./message.parse.worker.ts', here));
  const boot = `require(${JSON.stringify(loader)}).register(); require(${JSON.stringify(entry)});`;
  return new Worker(boot, { ...options, eval: true });
}

let shared: ParsePool | undefined;

/** The appliance's parse threads, one by default: a parse is short next to FETCH and commit. */
export function sharedParsePool(): ParsePool {
  shared ??= new ParsePool(1);
  return shared;
}
