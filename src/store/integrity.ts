import { existsSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppError } from '../shared/errors.js';
import { liveHolder } from './data-lock.js';
import { fileSize, headerPageCount, keyPragmas, PAGE_SIZE } from './database.js';
import { storeErrors } from './store.errors.js';

export type IntegrityMode = 'quick' | 'full';

export interface IntegrityReport {
  ok: boolean;
  /** SQLite's own lines (or the read error), at most `MAX_PROBLEMS`. */
  problems: string[];
  ms: number;
}

const MAX_PROBLEMS = 20;

/**
 * The check runs on its own read-only connection in a worker thread: a full check of a large
 * database takes minutes (quick_check of a 926 MB database took 48 s on a loaded 2-core
 * machine), SQLite cannot be interrupted from better-sqlite3, and start must not wait that long.
 * Plain JavaScript, evaluated, so the thread needs no TypeScript loader.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const started = Date.now();
let problems;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    for (const p of workerData.pragmas) db.pragma(p);
    problems = db.pragma(workerData.pragma, { simple: false }).map((r) => String(Object.values(r)[0]));
  } finally {
    db.close();
  }
} catch (e) {
  problems = [String(e && e.message)];
}
parentPort.postMessage({ ok: problems.length === 1 && problems[0] === 'ok', problems, ms: Date.now() - started });
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Checks the database file, read-only: nothing is written to it, not even the checkpoint of a
 * WAL left by a crash. Resolves with SQLite's verdict; `deadlineMs` bounds how long the caller
 * waits (`undefined` then, while the check goes on and `onLate` gets its verdict).
 */
export function checkIntegrity(args: {
  file: string;
  key: Buffer;
  mode: IntegrityMode;
  deadlineMs?: number;
  onLate?: (report: IntegrityReport) => void;
  /** Stops waiting (undefined, no `onLate`): shutdown must not wait for a long check. */
  signal?: AbortSignal;
}): Promise<IntegrityReport | undefined> {
  const shape = fileShapeProblem(args.file, args.key);
  if (shape) return Promise.resolve({ ok: false, problems: [shape], ms: 0 });
  const pragma = `${args.mode === 'quick' ? 'quick_check' : 'integrity_check'}(${MAX_PROBLEMS})`;
  const sidecars = [`${args.file}-wal`, `${args.file}-shm`];
  const createdSidecars = !sidecars.some((f) => existsSync(f));
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { driver, file: args.file, pragmas: keyPragmas(args.key), pragma },
  });
  return new Promise((resolve, reject) => {
    let late = false;
    const timer =
      args.deadlineMs === undefined
        ? undefined
        : setTimeout(() => {
            late = true;
            // The thread finishes on its own; it must not keep the process alive.
            worker.unref();
            resolve(undefined);
          }, args.deadlineMs);
    const abandon = () => {
      clearTimeout(timer);
      late = true;
      worker.removeAllListeners('message');
      worker.unref();
      resolve(undefined);
    };
    if (args.signal?.aborted) abandon();
    args.signal?.addEventListener('abort', abandon, { once: true });
    worker.once('message', (report: IntegrityReport) => {
      clearTimeout(timer);
      args.signal?.removeEventListener('abort', abandon);
      if (createdSidecars) removeOwnSidecars(args.file, sidecars);
      if (late) args.onLate?.(report);
      else resolve(report);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      if (!late) reject(e);
    });
  });
}

/**
 * A read-only connection to a WAL database creates an empty -wal and -shm; the check removes
 * them again (doctor changes no file) unless another process may have opened them meanwhile.
 */
function removeOwnSidecars(file: string, sidecars: string[]): void {
  if (liveHolder(path.dirname(file))) return;
  if (existsSync(sidecars[0]!) && statSync(sidecars[0]!).size > 0) return;
  for (const f of sidecars) rmSync(f, { force: true });
}

/**
 * A truncated file, told by its size: not a whole number of pages, or fewer pages than page 1's
 * header records. Only without a WAL: a checkpoint writes page 1 before it extends the file,
 * and a crash in between is repaired from the WAL at the next open.
 */
export function fileShapeProblem(file: string, key: Buffer): string | undefined {
  const size = fileSize(file);
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return undefined;
  if (size % PAGE_SIZE !== 0) return `the file ends inside a page (${size} bytes): it was truncated`;
  const recorded = headerPageCount(file, key);
  if (recorded !== undefined && size / PAGE_SIZE < recorded)
    return `the file holds ${size / PAGE_SIZE} of the ${recorded} pages its header records: it was truncated`;
  return undefined;
}

/** SQLite's first line that names the damage (its report starts with "*** in database main ***"). */
export function firstProblem(problems: string[]): string {
  return problems[0]?.split('\n').find((l) => l && !l.startsWith('***')) ?? 'unknown damage';
}

export function corruptError(file: string, problems: string[]): AppError {
  const first = firstProblem(problems);
  return storeErrors.corrupt({ file, damage: first });
}
