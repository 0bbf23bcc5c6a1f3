/**
 * Which failures mean the store cannot write right now, as opposed to a bug or bad data.
 * These clear on their own (space freed, the other writer done), so work that hit them waits
 * and retries instead of being counted as failed.
 */
export type StoreFaultCode = 'store.disk_full' | 'store.busy';

/** What keeps the store from writing: a passing fault, or damage that only a restore repairs. */
export type StoreProblemCode = StoreFaultCode | 'store.corrupt';

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED']);

/** Codes along an error's cause chain (drizzle wraps the driver's error). */
function* codes(e: unknown): Generator<string> {
  for (let cur = e, depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') yield code;
    cur = (cur as { cause?: unknown }).cause;
  }
}

export function storeFault(e: unknown): StoreFaultCode | null {
  for (const code of codes(e)) {
    if (code === 'store.disk_full' || DISK_FULL.has(code)) return 'store.disk_full';
    if (code === 'store.busy' || BUSY.has(code)) return 'store.busy';
  }
  return null;
}

/**
 * True when SQLite found the file damaged: SQLITE_CORRUPT and its extended codes
 * (SQLITE_CORRUPT_INDEX, …), SQLITE_NOTADB (a page the cipher cannot authenticate), or our own
 * `store.corrupt`. Retrying cannot help, and writing more could spread the damage.
 */
export function isCorruption(e: unknown): boolean {
  for (const code of codes(e)) {
    if (code === 'store.corrupt' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
      return true;
  }
  return false;
}

/** A write refused because the store was switched to read-only (after corruption was found). */
export function isReadOnlyRefusal(e: unknown): boolean {
  for (const code of codes(e)) if (code.startsWith('SQLITE_READONLY')) return true;
  return false;
}

export const storeFaultMessages: Record<StoreFaultCode, string> = {
  'store.disk_full':
    'The data folder is full: nothing new can be saved. Free space there; work resumes on its own.',
  'store.busy': 'The database is locked by another process; work resumes when it is released.',
};

/** What the operator reads when the database is damaged (dashboard, /readyz, log). */
export function corruptionMessage(detail: string): string {
  return `The database is damaged (${detail}). Veildraft is read-only now: mail is not synced and no job runs, so nothing more is written to the damaged file. Stop the appliance, run \`npx veildraft doctor\` to see the damage, and restore the database from your backup (see README, "Damaged database").`;
}
