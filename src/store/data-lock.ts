import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppError } from '../shared/errors.js';
import { storeErrors } from './store.errors.js';

export const LOCK_FILE = 'veildraft.lock';

export type LockRole = 'start' | 'rekey' | 'settle' | 'restore';

export interface LockHolder {
  pid: number;
  role: LockRole;
  since: number;
  /** The holder's start time in clock ticks since boot (Linux), so a reused pid is not taken for it. */
  procStart?: string;
  token: string;
}

export interface DataLock {
  holder: LockHolder;
  release(): void;
}

/**
 * The data folder's lock: held by `start` for as long as the appliance runs, by `rekey`
 * while it rotates and by `restore` while it swaps the database. A file rather than SQLite's own locks, because a re-key replaces the
 * database file (SQLite's locks live on the old file) and must also cover the key-file swap.
 * A lock whose process is gone (SIGKILL, power loss) is stale and taken over.
 */
export function acquireDataLock(dataDir: string, role: LockRole, now: number): DataLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    role,
    since: now,
    procStart: procStartOf(process.pid),
    token: randomBytes(8).toString('hex'),
  };
  // Written aside and linked into place: link fails if the lock exists, and a reader never
  // sees a half-written file.
  const temp = `${file}.${holder.token}`;
  writeFileSync(temp, JSON.stringify(holder), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(temp, file);
        return { holder, release: () => releaseIfOurs(file, holder.token) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const other = liveHolder(dataDir);
      if (other) throw inUse(other, role);
      unlinkQuietly(file);
    }
    throw storeErrors.lockContended(file);
  } finally {
    unlinkQuietly(temp);
  }
}

/** The process holding the data folder's lock, if it is still alive (this process counts as not holding it). */
export function liveHolder(dataDir: string): LockHolder | undefined {
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
  if (holder.pid === process.pid) return undefined;
  if (!processAlive(holder.pid)) return undefined;
  const procStart = procStartOf(holder.pid);
  if (holder.procStart && procStart && procStart !== holder.procStart) return undefined;
  return holder;
}

export function inUse(holder: LockHolder, wanted: LockRole | 'open'): AppError {
  const what =
    holder.role === 'rekey'
      ? 'a key rotation (`veildraft rekey`)'
      : holder.role === 'restore'
        ? 'a restore (`veildraft restore`)'
        : 'the running appliance';
  const advice =
    holder.role === 'rekey' || holder.role === 'restore'
      ? 'Wait until it has finished.'
      : wanted === 'rekey' || wanted === 'restore'
        ? `Stop the appliance first (e.g. systemctl stop veildraft), then run \`veildraft ${wanted}\`.`
        : 'Stop it first; only one appliance may use a data folder.';
  return storeErrors.heldBy({ what, pid: holder.pid, since: holder.since, advice });
}

function releaseIfOurs(file: string, token: string): void {
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as LockHolder).token === token) unlinkSync(file);
  } catch {
    // already gone
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (start time); undefined where there is no /proc. */
function procStartOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // not there
  }
}

/**
 * Refuses to open the store while another process re-keys or restores it (its file would replace
 * our writes).
 */
export function refuseDuringRekey(dataDir: string, lock: DataLock | undefined): void {
  if (lock) return;
  const holder = liveHolder(dataDir);
  if (holder?.role === 'rekey' || holder?.role === 'restore') throw inUse(holder, 'open');
}

/**
 * Runs `settle` (finishing or undoing an interrupted key rotation) only under the lock: with the
 * caller's, or one taken for the moment. While another process holds it, that process settles.
 */
export function settleUnderLock<T>(
  dataDir: string,
  lock: DataLock | undefined,
  now: number,
  settle: () => T,
): T | undefined {
  if (lock) return settle();
  if (liveHolder(dataDir)) return undefined;
  let taken: DataLock;
  try {
    taken = acquireDataLock(dataDir, 'settle', now);
  } catch {
    return undefined;
  }
  try {
    return settle();
  } finally {
    taken.release();
  }
}
